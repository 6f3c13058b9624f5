import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { signIn } from '../test/helpers/auth';
import { systemContext } from '../src/platform/audit/audit.service';
import { createUser } from '../src/platform/auth/users.service';
import type { FakeClock } from '../src/platform/clock';
import { apiPoster, screenshot, signedInBrowser, startTestServer, type TestServer } from './helpers/browser';

const agent = { email: 'agent.console@guildhall.test', name: 'Li Na', password: 'Correct-Horse-42' };
const PHONE = '13812345678';

// The agent console in Chromium: views with counts, j/k, the masked customer sidebar, a note and
// a reply sent with Ctrl+Enter, resolving, and a ticket created meanwhile arriving live.
describe('agent console in Chromium', () => {
  let server: TestServer;
  let browser: Browser;
  let page: Page;
  let errors: string[];
  let post: ReturnType<typeof apiPoster>;
  let deptId: string;
  let customerId: string;
  let first: { id: string; number: number };

  beforeAll(async () => {
    server = await startTestServer();
    const admin = await signIn(server.app, 'admin');
    post = apiPoster(server.app, admin.headers);
    deptId = (await post('/departments', { code: 'support_e2e', name: '客服一部' })).id;
    customerId = (await post('/customers', { displayName: '夜雨', realName: '张伟', identities: [{ type: 'phone', value: PHONE }] })).id;
    first = await post('/tickets', { subject: '充值未到账', description: '昨晚充值 68 元没有到账', channel: 'in_game', requesterId: customerId, departmentId: deptId, priority: 'high' });
    await createUser(server.app.deps, { ...agent, role: 'agent', departmentId: deptId }, systemContext);
    ({ browser, page, errors } = await signedInBrowser(server, agent, { width: 1600, height: 1000 }));
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const row = (n: number) => page.locator(`[data-ticket="${n}"]`);
  const composer = () => page.getByTestId('composer');
  const blur = () => page.evaluate('document.activeElement && document.activeElement.blur()');
  const ticketStatus = async (id: string) => {
    const res = await server.app.app.inject({ method: 'GET', url: `/api/v1/tickets/${id}`, headers: (await signIn(server.app, 'admin')).headers });
    return res.json().status as string;
  };

  it('works a ticket from the unassigned view with the keyboard and sees new tickets arrive live', async () => {
    await page.goto('/');
    await page.getByRole('navigation').getByRole('link', { name: 'Tickets' }).click();
    await page.getByRole('heading', { name: 'Tickets', level: 2 }).waitFor();
    await page.getByTestId('live-status').filter({ hasText: 'Live' }).waitFor();

    await page.locator('[data-view="unassigned"]').click();
    await expect.poll(() => page.locator('[data-view="unassigned"]').getAttribute('data-active')).toBe('true');
    await expect.poll(() => page.getByTestId('view-count-unassigned').textContent()).toBe('1');
    await row(first.number).waitFor();
    await expect(row(first.number).getByTestId('row-requester').textContent()).resolves.not.toContain(PHONE);

    // j opens the first ticket of the list.
    await page.keyboard.press('j');
    await expect.poll(() => page.url()).toContain(`/tickets/${first.id}?view=unassigned`);
    const sidebar = page.getByTestId('customer-sidebar');
    await sidebar.getByText('夜雨').waitFor();
    await sidebar.getByText('张*').waitFor();
    const phone = await sidebar.getByTestId('sidebar-phone').textContent();
    expect(phone).toMatch(/\*{4}/);
    expect(phone).not.toContain(PHONE);
    await sidebar.getByText('Personal data masked').waitFor();

    // n: an internal note, sent with Ctrl+Enter.
    await page.keyboard.press('n');
    await expect.poll(() => composer().getAttribute('data-mode')).toBe('internal_note');
    await expect.poll(() => page.evaluate('document.activeElement && document.activeElement.dataset.testid')).toBe('composer');
    await page.keyboard.type('Checked the payment log: order found.');
    await page.keyboard.press('Control+Enter');
    const note = page.locator('[data-kind="internal_note"]').filter({ hasText: 'Checked the payment log' });
    await note.waitFor();
    await note.getByText('Internal note').waitFor();

    (server.app.clock as FakeClock).advance(60_000);
    // r: a public reply with a canned reply's variables filled in.
    await blur();
    await page.keyboard.press('r');
    await expect.poll(() => composer().getAttribute('data-mode')).toBe('public_reply');
    await page.getByRole('combobox', { name: 'Canned reply' }).click();
    await page.getByRole('option', { name: 'Greeting' }).click();
    await expect.poll(() => composer().inputValue()).toContain(`Hello 夜雨, thank you for contacting us about ticket #${first.number}`);
    await expect(composer().inputValue()).resolves.toContain('Li Na');
    await composer().press('Control+Enter');
    await page.locator('[data-kind="public_reply"]').filter({ hasText: `ticket #${first.number}` }).waitFor();
    await expect.poll(() => ticketStatus(first.id)).toBe('open');
    await screenshot(page, 'agent-console-en');

    // Resolve from the header.
    await page.getByRole('combobox', { name: 'Status' }).click();
    await page.getByRole('option', { name: 'Resolved' }).click();
    await expect.poll(() => ticketStatus(first.id)).toBe('resolved');
    await expect.poll(() => page.getByRole('combobox', { name: 'Status' }).inputValue()).toBe('Resolved');
    // Resolved tickets leave the unassigned view.
    await expect.poll(() => page.getByTestId('view-count-unassigned').textContent()).toBe('0');

    // Created through the API meanwhile: it shows up without a reload.
    const second = await post('/tickets', { subject: '账号被盗', channel: 'web', requesterId: customerId, departmentId: deptId });
    await row(second.number).waitFor();
    // Lists and counts refresh at most once a second on live events.
    await expect.poll(() => page.getByTestId('view-count-unassigned').textContent(), { timeout: 5_000 }).toBe('1');
    await row(second.number).getByText('账号被盗').waitFor();

    // ? shows the shortcuts.
    await blur();
    await page.keyboard.press('?');
    await page.getByRole('dialog', { name: 'Keyboard shortcuts' }).getByText('Write an internal note').waitFor();
    await page.keyboard.press('Escape');
    expect(errors).toEqual([]);
  });

  it('creates a ticket from the dialog and assigns it with a bulk action', async () => {
    await page.goto('/tickets?view=open');
    await page.getByRole('button', { name: 'New ticket' }).click();
    const dialog = page.getByRole('dialog', { name: 'New ticket' });
    await dialog.getByRole('combobox', { name: 'Requester' }).fill('夜雨');
    await page.getByRole('option', { name: /夜雨/ }).click();
    await dialog.getByRole('textbox', { name: 'Subject' }).fill('游戏闪退');
    await dialog.getByRole('button', { name: 'Create ticket' }).click();
    await expect.poll(() => page.url()).toMatch(/\/tickets\/[0-9a-f-]{36}\?view=open/);
    const created = page.locator('[data-ticket]').filter({ hasText: '游戏闪退' });
    await created.waitFor();

    await created.getByRole('checkbox').check();
    await page.getByTestId('bulk-bar').getByRole('button', { name: 'Assign to me' }).click();
    await page.locator('[data-view="mine"]').click();
    await page.locator('[data-ticket]').filter({ hasText: '游戏闪退' }).waitFor();
    await expect.poll(() => page.getByTestId('view-count-mine').textContent()).toBe('1');

    // The console in Chinese.
    await page.getByTestId('language-switcher').getByText('中文').click();
    await page.getByRole('heading', { name: '工单', level: 2 }).waitFor();
    await page.locator('[data-view="unassigned"]').getByText('未分配').waitFor();
    await page.getByTestId('customer-sidebar').getByText('个人信息已脱敏').waitFor();
    await screenshot(page, 'agent-console-zh');
    expect(errors).toEqual([]);
  });
});
