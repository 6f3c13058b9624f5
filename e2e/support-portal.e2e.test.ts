import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { signIn, type SignedIn } from '../test/helpers/auth';
import { ingestEvents } from '../src/modules/events/ingest.service';
import { ensureDefaultStructure } from '../src/modules/organisation/default-structure';
import { launchBrowser, screenshot, startTestServer, watchErrors, type TestServer } from './helpers/browser';

// The player side of the service desk in Chromium: "recharge not received" on the public form
// is matched to a paid and credited order, an agent answers (through the API; the console has
// its own e2e), and the player reads the answer on the status page and rates it.
describe('support portal in Chromium', () => {
  let server: TestServer;
  let browser: Browser;
  let page: Page;
  let errors: string[];
  let agent: SignedIn;

  beforeAll(async () => {
    server = await startTestServer();
    const deps = server.app.deps;
    await ensureDefaultStructure(deps);
    agent = await signIn(server.app, 'supervisor', { name: 'Li Na' });
    const paidAt = new Date(deps.clock.now().getTime() - 3600_000).toISOString();
    const customer = { gameAccount: { id: 'e2e-hero' } };
    await ingestEvents(
      deps,
      [
        { id: 'e2e-pay-1', type: 'recharge', occurredAt: paidAt, customer, data: { orderId: 'E2E-1001', amount: '68.00', currency: 'CNY', channel: 'wechat', status: 'paid' } },
        { id: 'e2e-credit-1', type: 'custom', occurredAt: paidAt, customer, data: { name: 'recharge_credited', properties: { orderId: 'E2E-1001' } } },
      ],
      { source: 'e2e', createUnknownCustomers: true },
    );
    browser = await launchBrowser();
    const context = await browser.newContext({ locale: 'en-GB', viewport: { width: 1024, height: 900 }, baseURL: server.baseUrl });
    page = await context.newPage();
    page.setDefaultTimeout(15_000);
    errors = watchErrors(page);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('submits a recharge claim that is matched, shows the agent’s answer on the status page and takes a rating', async () => {
    await page.goto('/support');
    await page.getByRole('heading', { name: 'How can we help?' }).waitFor();
    await page.getByTestId('form-recharge-not-received').click();
    await page.getByRole('heading', { name: 'Recharge not received' }).waitFor();

    // Validation first: nothing identifies the player, no amount.
    await page.getByRole('button', { name: 'Check my order' }).click();
    await page.getByText('Give your game account, phone or email so we can find your recharge').waitFor();
    await page.getByText('Enter the amount, e.g. 68 or 68.00').waitFor();

    const paidAtLocal = await page.evaluate(() => {
      const d = new Date(Date.now() - 3600_000);
      d.setMinutes(d.getMinutes() - d.getTimezoneOffset());
      return d.toISOString().slice(0, 16);
    });
    await page.getByLabel('Game account').fill('e2e-hero');
    await page.getByLabel('Order id').fill('E2E-1001');
    await page.getByLabel('Amount paid').fill('68.00');
    await page.getByLabel('Time of payment').fill(paidAtLocal);
    await page.getByLabel('Your email').fill('hero@example.com');
    await page.getByRole('button', { name: 'Check my order' }).click();

    const result = page.getByTestId('submitted-result');
    await result.waitFor();
    expect(await result.getByRole('status').getAttribute('data-outcome')).toBe('credited');
    await result.getByText('We found your payment and it was credited to your account').waitFor();
    const title = await result.getByRole('heading', { level: 2 }).textContent();
    const number = Number(title!.replace(/\D/g, ''));
    await screenshot(page, 'support-recharge-matched-en');

    // The agent answers and resolves the ticket.
    const inject = server.app.app.inject.bind(server.app.app);
    const found = (await inject({ method: 'GET', url: `/api/v1/tickets?number=${number}`, headers: agent.headers })).json();
    const ticketId = found.items[0].id as string;
    const replied = await inject({
      method: 'POST',
      url: `/api/v1/tickets/${ticketId}/messages`,
      headers: agent.headers,
      payload: { kind: 'public_reply', body: 'The 680 gems are in your bag now. Enjoy!', status: 'resolved' },
    });
    expect(replied.statusCode, replied.body).toBe(201);

    await result.getByRole('link', { name: 'Open the status page' }).click();
    await page.getByTestId('status-badge').waitFor();
    await expect.poll(async () => {
      await page.reload();
      await page.getByTestId('status-badge').waitFor();
      return page.getByTestId('status-badge').getAttribute('data-status');
    }).toBe('resolved');
    await page.getByText('The 680 gems are in your bag now. Enjoy!').waitFor();
    await page.getByText('Li Na (support)').first().waitFor();
    // The automatic answer with the record is there too; the internal evidence note is not.
    await page.getByText(/We found your order E2E-1001/).waitFor();
    expect(await page.getByText('Recharge claim:').count()).toBe(0);

    await page.getByRole('heading', { name: 'How did we do?' }).waitFor();
    await page.getByRole('button', { name: '4 of 5 stars' }).focus();
    await page.keyboard.press('Enter');
    await page.getByLabel('Comment (optional)').fill('Quick and friendly');
    await page.getByRole('button', { name: 'Send rating' }).click();
    await page.getByTestId('csat-given').getByText('You rated this answer 4 of 5').waitFor();
    await screenshot(page, 'support-status-rated-en');

    const ratings = (await inject({ method: 'GET', url: `/api/v1/tickets/${ticketId}/csat`, headers: agent.headers })).json();
    expect(ratings.items).toEqual([expect.objectContaining({ rating: 4, comment: 'Quick and friendly', agentId: null })]);
    expect(errors).toEqual([]);
  });

  it('finds a ticket by email and number, in Chinese', async () => {
    const res = await server.app.app.inject({
      method: 'POST',
      url: '/api/v1/public/tickets',
      payload: { email: 'zh@example.com', subject: '无法登录', description: '提示密码错误', category: 'account_security' },
    });
    const { number } = res.json();
    await page.goto('/support');
    await page.getByTestId('portal-language').getByText('中文').click();
    await page.getByRole('heading', { name: '查询工单' }).waitFor();
    await page.getByLabel('邮箱').fill('zh@example.com');
    await page.getByLabel('工单号').fill(String(number));
    await page.getByRole('button', { name: '查询', exact: true }).click();
    await page.getByRole('heading', { name: `工单 #${number}` }).waitFor();
    expect(await page.getByTestId('status-badge').textContent()).toBe('已受理');
    await page.getByText('暂无答复，我们会尽快在这里回复您。').waitFor();
    await screenshot(page, 'support-status-zh');
    expect(errors).toEqual([]);
  });
});
