import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { logIn, signIn, testIp } from '../test/helpers/auth';
import { systemContext } from '../src/platform/audit/audit.service';
import { createUser } from '../src/platform/auth/users.service';
import { insertNotifications } from '../src/modules/sla/notifications.repository';
import { apiPoster, screenshot, signedInBrowser, startTestServer, type TestServer } from './helpers/browser';

const moderator = { email: 'moderator.casework@guildhall.test', name: 'Zhao Lei', password: 'Correct-Horse-42' };
const manager = { email: 'manager.casework@guildhall.test', name: 'Qian Mei', password: 'Correct-Horse-43' };
const COMPLAINT_CATEGORY = '01930000-0000-7000-8000-0000000000c6';
const DAY = 86_400_000;
// A refused step is a 409 the browser logs as a failed resource; that one is expected.
const unexpected = (errors: string[]) => errors.filter((e) => !/status of 409/.test(e));

// Service-desk casework in Chromium: the moderation queue (a 3-day ban, a revocation), an appeal
// decided from its checklist, a complaint walked step by step in the ticket view (a skipped step
// not offered, a stale one refused), and the bell announcing the major complaint to its manager.
describe('casework screens in Chromium', () => {
  let server: TestServer;
  let admin: Awaited<ReturnType<typeof signIn>>;
  let post: ReturnType<typeof apiPoster>;
  let cheaterId: string;
  let warningId: string;
  let appeal: { id: string; number: number };
  let complaint: { id: string; number: number };
  let managerId: string;
  const browsers: Browser[] = [];

  const get = async (url: string) => (await server.app.app.inject({ method: 'GET', url: `/api/v1${url}`, headers: admin.headers })).json();

  beforeAll(async () => {
    server = await startTestServer();
    admin = await signIn(server.app, 'admin');
    post = apiPoster(server.app, admin.headers);
    const violations = (await post('/departments', { code: 'violations', name: '游戏违规处理' })).id;
    await createUser(server.app.deps, { ...moderator, role: 'team_lead', departmentId: violations, locale: 'en' }, systemContext);
    managerId = (await createUser(server.app.deps, { ...manager, role: 'manager', locale: 'en' }, systemContext)).id;

    const player = async (displayName: string, identities: object[]) => (await post('/customers', { displayName, identities })).id as string;
    const reporterId = await player('正义玩家', [{ type: 'game_account', value: 'acc-reporter' }]);
    cheaterId = await player('挂哥', [{ type: 'game_account', value: 'acc-cheater' }]);
    await player('号主', [{ type: 'game_account', value: 'acc-owned' }, { type: 'phone', value: '13800138000' }, { type: 'email', value: 'owner@example.com' }]);
    // An earlier warning makes the cheater a repeat offender.
    warningId = (await post(`/customers/${cheaterId}/sanctions`, { kind: 'warning', reason: '辱骂其他玩家' })).id;
    await post('/player-reports', { reporterAccount: 'acc-reporter', reportedAccount: 'acc-cheater', type: 'cheating', description: '对局中透视自瞄', evidence: ['https://img.example.com/1.png'] });

    const filed = await server.app.app.inject({
      method: 'POST',
      url: '/api/v1/public/appeals',
      remoteAddress: testIp(),
      payload: { gameAccount: 'acc-owned', contactEmail: 'me-now@example.com', claimedPhone: '138 0013 8000', claimedEmail: 'wrong@example.com', description: '账号被盗，绑定手机被改了' },
    });
    expect(filed.statusCode, filed.body).toBe(201);
    appeal = (await get(`/tickets?number=${filed.json().number}`)).items[0];

    // Filed in the complaint category: the system receives it as a complaint by itself.
    complaint = await post('/tickets', { subject: '网吧多扣了上机费', channel: 'web', requesterId: reporterId, categoryId: COMPLAINT_CATEGORY });
    await vi.waitFor(async () => expect((await get(`/tickets/${complaint.id}/complaint`)).stage).toBe('received'));
  });

  afterAll(async () => {
    for (const b of browsers) await b.close();
    await server?.close();
  });

  async function browserFor(user: typeof moderator): Promise<{ page: Page; errors: string[] }> {
    const { browser, page, errors } = await signedInBrowser(server, user, { width: 1500, height: 950 });
    browsers.push(browser);
    return { page, errors };
  }

  it('a moderator bans a reported repeat offender for 3 days and revokes an old warning', async () => {
    const { page, errors } = await browserFor(moderator);
    await page.goto('/');
    await page.getByRole('navigation').getByRole('link', { name: 'Moderation' }).click();
    await page.getByRole('heading', { name: 'Moderation', level: 2 }).waitFor();
    const row = page.locator('[data-report="acc-cheater"]');
    await row.getByText('Cheating').waitFor();
    await expect(row.getByTitle('Repeat offender: 1 earlier sanction').textContent()).resolves.toBe('1');

    await row.getByRole('button', { name: 'Review the report on acc-cheater' }).click();
    const drawer = page.getByRole('dialog', { name: 'Report on acc-cheater' });
    // The open report is in the address, so the link can be shared.
    const [report] = (await get('/player-reports?status=open')).items;
    await expect.poll(() => new URL(page.url()).searchParams.get('report')).toBe(report.id);
    await drawer.getByRole('link', { name: 'https://img.example.com/1.png' }).waitFor();
    await drawer.getByText('对局中透视自瞄').waitFor();
    const form = drawer.getByRole('form', { name: 'Decision' });
    await form.getByText('Ban', { exact: true }).click();
    // The reason is required before anything is sent.
    await form.getByRole('button', { name: 'Ban for 7 days' }).click();
    await form.getByText('Give a reason').waitFor();
    await form.getByRole('textbox', { name: 'Ban for (days)' }).fill('3');
    await form.getByRole('textbox', { name: 'Reason' }).fill('使用透视外挂');
    await form.getByRole('button', { name: 'Ban for 3 days' }).click();

    await drawer.getByTestId('decision').getByText('Banned for 3 days').waitFor();
    const ban = drawer.locator('[data-testid="sanctions"] tr[data-state="inForce"]');
    await ban.getByText('使用透视外挂').waitFor();
    await ban.getByText('Ban', { exact: true }).waitFor();
    const sanctions = await get(`/customers/${cheaterId}/sanctions`);
    const applied = sanctions.items.find((s: { kind: string }) => s.kind === 'ban');
    expect(applied).toMatchObject({ reason: '使用透视外挂', inForce: true, revokedAt: null, gameAccount: 'acc-cheater' });
    expect(new Date(applied.endsAt).getTime() - new Date(applied.startsAt).getTime()).toBe(3 * DAY);
    expect((await get('/player-reports?status=actioned')).items).toMatchObject([{ reportedAccount: 'acc-cheater', sanctionId: applied.id, status: 'actioned' }]);
    await screenshot(page, 'casework-moderation');

    // The old warning is revoked with a reason; it stays listed, marked revoked.
    await drawer.locator(`tr[data-sanction="${warningId}"]`).getByRole('button', { name: 'Revoke' }).click();
    const revoke = page.getByRole('dialog', { name: 'Revoke sanction' });
    await revoke.getByRole('textbox', { name: 'Reason' }).fill('申诉成功，误判');
    await revoke.getByRole('button', { name: 'Revoke sanction' }).click();
    await expect.poll(() => drawer.locator(`tr[data-sanction="${warningId}"]`).getAttribute('data-state')).toBe('revoked');
    expect((await get(`/customers/${cheaterId}/sanctions`)).summary).toMatchObject({ warnings: 0, bans: 1, offences: 1 });

    await page.keyboard.press('Escape');
    await page.getByRole('tab', { name: 'Open' }).waitFor();
    await page.getByText('No open reports').waitFor();
    expect(new URL(page.url()).searchParams.get('report')).toBeNull();

    // A shared link opens the decided report directly.
    await page.goto(`/moderation?report=${report.id}`);
    await page.getByRole('dialog', { name: 'Report on acc-cheater' }).getByTestId('decision').getByText('Banned for 3 days').waitFor();
    await page.keyboard.press('Escape');

    // Every sanction, in its own tab: the ban is the only one in force.
    await page.getByRole('tab', { name: 'Sanctions' }).click();
    const all = page.getByTestId('sanctions');
    await all.locator(`tr[data-sanction="${warningId}"][data-state="revoked"]`).waitFor();
    await page.getByLabel('In force only').check();
    await all.locator(`tr[data-sanction="${applied.id}"]`).getByText('acc-cheater').waitFor();
    await expect.poll(() => all.locator(`tr[data-sanction="${warningId}"]`).count()).toBe(0);
    await screenshot(page, 'casework-sanctions');
    await page.getByRole('textbox', { name: 'Filter by game account' }).fill('acc-nobody');
    await all.getByText('No sanctions match these filters.').waitFor();
    await page.getByTestId('language-switcher').getByText('中文').click();
    await page.getByRole('heading', { name: '举报处理', level: 2 }).waitFor();
    expect(errors).toEqual([]);
  });

  let managerPage: { page: Page; errors: string[] };

  it('an agent decides an appeal from its checklist', async () => {
    managerPage = await browserFor(manager);
    const { page, errors } = managerPage;
    await page.goto('/');
    await page.getByRole('navigation').getByRole('link', { name: 'Account appeals' }).click();
    const row = page.locator(`[data-appeal="${appeal.number}"]`);
    await row.getByText('acc-owned').waitFor();
    // Phone matches (30), email does not (20): 30 of 50.
    await row.getByText('60', { exact: true }).waitFor();
    await row.getByRole('button', { name: 'Review the appeal for acc-owned' }).click();

    const drawer = page.getByRole('dialog', { name: 'Appeal for acc-owned' });
    const checklist = drawer.getByTestId('appeal-checklist');
    await expect.poll(() => checklist.locator('[data-check="bound_phone"]').getAttribute('data-result')).toBe('match');
    await expect(checklist.locator('[data-check="bound_email"]').getAttribute('data-result')).resolves.toBe('mismatch');
    await expect(checklist.locator('[data-check="last_recharge"]').getAttribute('data-result')).resolves.toBe('no_claim');
    await checklist.locator('[data-check="bound_email"]').getByText('wrong@example.com').waitFor();
    await drawer.getByTestId('appeal-score').getByText('60').waitFor();
    await drawer.getByText('30 of 50 points matched', { exact: false }).waitFor();

    const form = drawer.getByRole('form', { name: 'Decision' });
    await form.getByRole('button', { name: 'Approve appeal' }).click();
    await form.getByText('Give a reason').waitFor();
    await form.getByRole('textbox', { name: 'Reason' }).fill('绑定手机一致，登录记录可信');
    await form.getByRole('button', { name: 'Approve appeal' }).click();
    await drawer.getByTestId('appeal-status').getByText('Approved').waitFor();
    await drawer.getByTestId('appeal-decision').getByText('绑定手机一致，登录记录可信').waitFor();
    await expect(form.count()).resolves.toBe(0);
    expect(await get(`/tickets/${appeal.id}/appeal`)).toMatchObject({ status: 'approved', decisionReason: '绑定手机一致，登录记录可信' });
    expect((await get(`/tickets/${appeal.id}`)).status).toBe('resolved');
    await screenshot(page, 'casework-appeal');

    await page.keyboard.press('Escape');
    await page.getByRole('tab', { name: 'Decided' }).click();
    await page.locator(`[data-appeal="${appeal.number}"]`).getByText('Approved').waitFor();
    expect(errors).toEqual([]);
  });

  it('walks a complaint through classify and investigation; a skipped step is not offered and a stale one is refused', async () => {
    const { page, errors } = managerPage;
    await page.goto(`/tickets/${complaint.id}`);
    const panel = page.getByTestId('complaint-panel');
    await panel.locator('[data-step="receive"]').getByText('System ·', { exact: false }).waitFor();
    // Only the next step is offered: classification, nothing further along.
    const next = panel.getByTestId('complaint-next');
    await next.getByRole('form', { name: 'Classify' }).waitFor();
    await expect(next.getByRole('radio', { name: 'Responsibility' }).count()).resolves.toBe(0);
    await expect(next.getByRole('form').count()).resolves.toBe(1);

    const classify = next.getByRole('form', { name: 'Classify' });
    await classify.getByText('Major', { exact: true }).click();
    await classify.getByLabel('Cause').fill('billing');
    await classify.getByLabel('Cause').press('Escape');
    await classify.getByRole('button', { name: 'Classify' }).click();
    const classified = panel.locator('[data-step="classify"]');
    await classified.getByText('Major').waitFor();
    await classified.getByText('Cause: billing').waitFor();
    await classified.getByText(manager.name, { exact: false }).waitFor();
    await expect.poll(() => panel.getAttribute('data-stage')).toBe('classified');
    // A major complaint makes the ticket urgent.
    await expect.poll(() => page.getByRole('combobox', { name: 'Priority' }).inputValue()).toBe('Urgent');

    const note = next.getByRole('form', { name: 'Investigation note' });
    await note.getByRole('button', { name: 'Add note' }).click();
    await note.getByText('This field is required').waitFor();
    await note.getByRole('textbox', { name: 'Note' }).fill('核对了收银记录：多扣 10 元');
    await note.getByRole('button', { name: 'Add note' }).click();
    await panel.locator('[data-step="investigate"]').getByText('核对了收银记录：多扣 10 元', { exact: false }).waitFor();
    await expect.poll(() => panel.getAttribute('data-stage')).toBe('investigating');
    await next.getByRole('radio', { name: 'Responsibility' }).waitFor({ state: 'attached' });

    // Meanwhile someone else sets the responsibility: the note typed here is now out of order.
    await note.getByRole('textbox', { name: 'Note' }).fill('再次询问了当班网管');
    await post(`/tickets/${complaint.id}/complaint/steps`, { action: 'responsibility', party: 'company', reason: '收银系统计费错误' });
    await note.getByRole('button', { name: 'Add note' }).click();
    await panel.getByTestId('complaint-refused').getByText('This step is not the next one in the complaint process. Allowed now: Plan.').waitFor();
    await next.getByRole('form', { name: 'Plan' }).waitFor();
    const steps = (await get(`/tickets/${complaint.id}/complaint`)).steps.map((s: { action: string }) => s.action);
    expect(steps).toEqual(['receive', 'classify', 'investigate', 'responsibility']);
    await screenshot(page, 'casework-complaint');
    expect(unexpected(errors)).toEqual([]);
  });

  it('the bell shows the major complaint to the manager and opens its ticket', async () => {
    const { page, errors } = managerPage;
    const mine = async () => (await server.app.app.inject({ method: 'GET', url: '/api/v1/notifications', headers: (await logIn(server.app, manager.email, manager.password)).headers })).json();
    await expect.poll(async () => (await mine()).unread).toBe(1);

    await page.goto('/');
    const bell = page.getByRole('button', { name: 'Notifications: 1 unread' });
    await bell.click();
    const item = page.getByTestId('notifications').locator('[data-notification="complaint.major"]');
    await item.getByText(`Major complaint #${complaint.number}`).waitFor();
    await item.getByText('Major complaint ·', { exact: false }).waitFor();
    await screenshot(page, 'casework-bell');
    await item.click();
    await expect.poll(() => page.url()).toContain(`/tickets/${complaint.id}`);
    await page.getByTestId('complaint-panel').waitFor();
    await page.getByRole('button', { name: 'Notifications: 0 unread' }).waitFor();
    const after = await mine();
    expect(after.unread).toBe(0);
    expect(after.items[0]).toMatchObject({ kind: 'complaint.major', ticketId: complaint.id });
    expect(after.items[0].readAt).not.toBeNull();

    // Two more arrive (written straight to the table); "Mark all read" clears them together.
    await server.app.deps.database.db.transaction((tx) =>
      insertNotifications(
        tx,
        [1, 2].map((n) => ({ id: server.app.deps.ids.uuid(), userId: managerId, kind: 'sla.warning', ticketId: complaint.id, title: `SLA warning ${n}`, body: 'Due soon', dedupeKey: `e2e:${n}`, emailStatus: 'skipped', createdAt: new Date() })),
      ),
    );
    await page.reload();
    await page.getByRole('button', { name: 'Notifications: 2 unread' }).click();
    await page.getByTestId('notifications').locator('[data-unread="true"]').first().waitFor();
    await screenshot(page, 'casework-bell-read-all');
    await page.getByTestId('notifications-read-all').getByText('Mark all read').click();
    await page.getByRole('button', { name: 'Notifications: 0 unread' }).waitFor();
    await expect.poll(() => page.getByTestId('notifications').locator('[data-unread="true"]').count()).toBe(0);
    expect((await mine()).unread).toBe(0);
    expect(unexpected(errors)).toEqual([]);
  });
});
