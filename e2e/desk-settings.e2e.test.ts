import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { signIn } from '../test/helpers/auth';
import { apiPoster, screenshot, signedInBrowser, startTestServer, type TestServer } from './helpers/browser';

const admin = { email: 'desk.admin@guildhall.test', name: 'Zhou Admin', password: 'Desk-admin-42' };

// Service-desk settings in Chromium: an admin adds a category, a keyword routing rule that a new
// ticket then follows, edits an SLA target, and marks a known issue fixed, which tells its reporter.
describe('service desk settings in Chromium', () => {
  let server: TestServer;
  let browser: Browser;
  let page: Page;
  let errors: string[];
  let headers: Record<string, string>;
  let post: ReturnType<typeof apiPoster>;
  let paymentsId: string;
  let customerId: string;

  beforeAll(async () => {
    server = await startTestServer();
    headers = (await signIn(server.app, 'admin')).headers;
    post = apiPoster(server.app, headers);
    paymentsId = (await post('/departments', { code: 'payments', name: 'Payments' })).id;
    customerId = (await post('/customers', { displayName: '夜雨' })).id;
    await signIn(server.app, 'admin', admin);
    ({ browser, page, errors } = await signedInBrowser(server, admin, { width: 1440, height: 1000, timeoutMs: 15_000 }));
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const get = async (url: string) => (await server.app.app.inject({ method: 'GET', url: `/api/v1${url}`, headers })).json();

  it('adds a sub-category, refusing an empty form first', async () => {
    await page.goto('/');
    await page.getByRole('navigation').getByRole('link', { name: 'Service desk settings' }).click();
    await page.getByRole('heading', { name: 'Service desk settings', level: 2 }).waitFor();
    await page.locator('[data-category="recharge_payment"]').waitFor();

    await page.getByRole('button', { name: 'New category' }).click();
    const dialog = page.getByRole('dialog', { name: 'New category' });
    await dialog.getByRole('button', { name: 'Create category' }).click();
    await dialog.getByText('Use lower-case letters, digits and _, starting with a letter (at most 40)').waitFor();
    expect(await dialog.getByText('This field is required').count()).toBe(2);

    await dialog.getByLabel('Code').fill('recharge_delay');
    await dialog.getByLabel('Chinese name').fill('充值延迟');
    await dialog.getByLabel('English name').fill('Recharge delay');
    await dialog.getByRole('combobox', { name: 'Parent category' }).click();
    await page.getByRole('option', { name: 'Recharge & payment' }).click();
    await dialog.getByRole('button', { name: 'Create category' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.locator('[data-category="recharge_delay"]').getByText('Recharge delay').waitFor();

    const created = (await get('/ticket-categories')).items.find((c: { code: string }) => c.code === 'recharge_delay');
    expect(created).toMatchObject({ nameZh: '充值延迟', parentId: '01930000-0000-7000-8000-0000000000c2', depth: 1, active: true });
  });

  it('creates a keyword routing rule that places a new ticket, and disables it', async () => {
    await page.getByRole('tab', { name: 'Routing rules' }).click();
    await page.getByText('No routing rules yet').waitFor();
    await page.getByRole('button', { name: 'New rule' }).click();
    const dialog = page.getByRole('dialog', { name: 'New routing rule' });
    await dialog.getByRole('button', { name: 'Create rule' }).click();
    await dialog.getByText('This field is required').waitFor();
    await dialog.getByText('Choose at least one action: a department, a team, a priority or tags.').waitFor();

    await dialog.getByLabel('Rule name').fill('充值问题');
    const keywords = dialog.getByRole('combobox', { name: 'Keywords' });
    await keywords.fill('充值');
    await keywords.press('Enter');
    await dialog.getByRole('combobox', { name: 'Department' }).click();
    await page.getByRole('option', { name: 'Payments' }).click();
    await dialog.getByRole('combobox', { name: 'Set priority' }).click();
    await page.getByRole('option', { name: 'High' }).click();
    await dialog.getByRole('button', { name: 'Create rule' }).click();
    await dialog.waitFor({ state: 'hidden' });
    const row = page.locator('[data-rule="充值问题"]');
    await row.getByText('“充值”').waitFor();
    await row.getByText('Payments').waitFor();
    await screenshot(page, 'desk-settings-routing-en');

    const routed = await post('/tickets', { subject: '充值没到账', channel: 'in_game', requesterId: customerId });
    expect(routed).toMatchObject({ departmentId: paymentsId, priority: 'high' });
    const other = await post('/tickets', { subject: '账号被盗', channel: 'in_game', requesterId: customerId });
    expect(other).toMatchObject({ departmentId: null, priority: 'normal' });

    // Disabled, the rule no longer applies.
    await row.getByRole('switch', { name: '充值问题 active' }).click({ force: true });
    await expect.poll(async () => (await get('/ticket-routing-rules')).items[0].active).toBe(false);
    const unrouted = await post('/tickets', { subject: '充值失败', channel: 'in_game', requesterId: customerId });
    expect(unrouted).toMatchObject({ departmentId: null, priority: 'normal' });
  });

  it('edits an SLA target in human units and lists it', async () => {
    await page.getByRole('tab', { name: 'SLA' }).click();
    const row = page.locator('[data-policy="email:normal"]');
    await expect.poll(() => row.locator('[data-metric="firstResponseS"]').textContent()).toBe('24 h');
    await expect(page.locator('[data-policy="chat:normal"] [data-metric="firstResponseS"]').textContent()).resolves.toBe('30 s');

    await row.getByRole('button', { name: 'Edit Email · Normal' }).click();
    const dialog = page.getByRole('dialog', { name: 'Edit SLA targets' });
    await dialog.getByRole('textbox', { name: 'First response' }).fill('0');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.getByText('Enter a target above zero, or leave it empty').waitFor();
    await dialog.getByRole('textbox', { name: 'First response' }).fill('30');
    await dialog.getByRole('combobox', { name: 'Unit of First response' }).selectOption('min');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await expect.poll(() => row.locator('[data-metric="firstResponseS"]').textContent()).toBe('30 min');

    const policy = (await get('/sla/policies')).items.find((p: { channel: string; priority: string; tierCode: string | null }) => p.channel === 'email' && p.priority === 'normal' && !p.tierCode);
    expect(policy).toMatchObject({ firstResponseS: 1800, nextResponseS: 86_400, resolutionS: 259_200 });
    await page.locator('[data-calendar="7×24"]').getByText('Always open').waitFor();
    await screenshot(page, 'desk-settings-sla-en');
  });

  it('records a known issue and marks it fixed, telling the linked reporter', async () => {
    await page.getByRole('navigation').getByRole('link', { name: 'Known issues' }).click();
    await page.getByRole('heading', { name: 'Known issues', level: 2 }).waitFor();
    await page.getByText('No known issues', { exact: true }).waitFor();
    await page.getByRole('button', { name: 'New known issue' }).click();
    const dialog = page.getByRole('dialog', { name: 'New known issue' });
    await dialog.getByLabel('Title').fill('登录后闪退');
    await dialog.getByRole('button', { name: 'Record issue' }).click();
    await dialog.waitFor({ state: 'hidden' });
    const row = page.locator('[data-issue="登录后闪退"]');
    await row.waitFor();

    const issueId = (await get('/known-issues')).items[0].id as string;
    const report = await post('/bug-reports', { subject: '登录后闪退', device: 'iPhone 15', os: 'iOS 18', gameVersion: '1.0.0', steps: '打开游戏，登录', requesterId: customerId });
    const link = await server.app.app.inject({ method: 'PUT', url: `/api/v1/tickets/${report.ticketId}/bug/known-issue`, headers, payload: { knownIssueId: issueId } });
    expect(link.statusCode).toBe(200);
    await page.reload();
    await expect.poll(() => row.getByTestId('linked-reports').textContent()).toBe('1');

    await row.getByRole('button', { name: 'Mark 登录后闪退 fixed' }).click();
    const fix = page.getByRole('dialog', { name: 'Mark fixed: 登录后闪退' });
    await fix.getByText('1 linked report will get a public reply').waitFor();
    await fix.getByLabel('Fixed in version').fill('1.0.1');
    await fix.getByRole('button', { name: 'Mark fixed' }).click();
    await page.getByText('登录后闪退 marked fixed; 1 reporter told').waitFor();
    await page.getByText('Fixed (1)', { exact: true }).click();
    await row.getByText('Fixed in 1.0.1').waitFor();
    expect((await get(`/tickets/${report.ticketId}`)).status).toBe('resolved');

    // The page in Chinese.
    await page.getByTestId('language-switcher').getByText('中文').click();
    await page.getByRole('heading', { name: '已知问题', level: 2 }).waitFor();
    await row.getByText('已在 1.0.1 修复').waitFor();
    expect(errors).toEqual([]);
  });
});
