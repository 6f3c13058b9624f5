import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { signIn } from '../test/helpers/auth';
import { apiPoster, screenshot, signedInBrowser, startTestServer, type TestServer } from './helpers/browser';

const staff = { email: 'desk.wang@guildhall.test', password: 'Desk-password-42' };
const boss = { email: 'boss.zhao@guildhall.test', password: 'Boss-password-42' };
const CARD = '6200001234';

// The front desk in Chinese: a store_staff user finds a member by card number, tops up 100 by
// WeChat Pay with the 100 → +20 promotion, sees both balances change, then sells a time package.
describe('front desk in Chromium (zh-CN)', () => {
  let server: TestServer;
  let browser: Browser;
  let page: Page;
  let errors: string[];
  let customerId: string;

  beforeAll(async () => {
    server = await startTestServer();
    const t = server.app;
    const admin = (await signIn(t, 'admin')).headers;
    const post = apiPoster(t, admin);
    const store = await post('/stores', { code: 'SH-002', name: '星际网咖 徐汇店', timezone: 'Asia/Shanghai' });
    customerId = (await post('/customers', { displayName: '夜猫子', realName: '王磊', homeStoreId: store.id, identities: [{ type: 'phone', value: '13900001111' }] })).id;
    await post(`/members/${customerId}/cards`, { kind: 'physical', number: CARD });
    await post('/topup-promotions', { name: '充100送20', minAmountCents: 10000, bonusCents: 2000 });
    await post('/time-package-products', { name: '3 小时', minutes: 180, priceCents: 1500, validDays: 30 });
    await signIn(t, 'store_staff', { ...staff, name: '王前台', storeId: store.id, locale: 'zh-CN' });
    ({ browser, page, errors } = await signedInBrowser(server, staff, { width: 1366, height: 900 }));
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('finds the member by card number from the focused lookup field', async () => {
    await page.goto('/front-desk');
    await page.getByRole('heading', { name: '前台', level: 2 }).waitFor();
    await expect.poll(() => page.evaluate('document.activeElement?.getAttribute("aria-label")')).toBe('卡号、手机号、邮箱或二维码');
    await page.keyboard.type(CARD);
    await page.keyboard.press('Enter');
    const card = page.getByTestId('member-card');
    await card.getByText('夜猫子').waitFor();
    expect(await card.textContent()).toContain('王*');
    expect(await card.textContent()).toContain(`${CARD} · 正常`);
    expect(await page.getByTestId('wallet-cash').textContent()).toBe('0.00 元');
  });

  it('tops up 100 by WeChat Pay with the promotion bonus previewed, and both balances update', async () => {
    await page.keyboard.press('F2');
    const dialog = page.getByRole('dialog');
    await dialog.getByText('充值 · 夜猫子').waitFor();
    await dialog.getByRole('button', { name: '100.00 元', exact: true }).click();
    await dialog.getByText('微信支付').click();
    await dialog.getByTestId('topup-bonus-preview').getByText('赠送 20.00 元').waitFor();
    await screenshot(page, 'front-desk-top-up-zh-CN');
    await dialog.getByRole('button', { name: '充值 100.00 元' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await expect.poll(() => page.getByTestId('wallet-cash').textContent()).toBe('100.00 元');
    expect(await page.getByTestId('wallet-bonus').textContent()).toBe('20.00 元');
    const wallet = await server.app.app.inject({ method: 'GET', url: `/api/v1/members/${customerId}/wallet`, headers: (await signIn(server.app, 'admin')).headers });
    expect(wallet.json()).toMatchObject({ cashCents: 10000, bonusCents: 2000 });
  });

  it('sells a 3-hour package paid from the wallet', async () => {
    await page.getByRole('button', { name: /售卖套餐/ }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('radio', { name: /3 小时/ }).check();
    await dialog.getByRole('button', { name: '售卖', exact: true }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByTestId('member-packages').getByText('3 小时').first().waitFor();
    await expect.poll(() => page.getByTestId('wallet-cash').textContent()).toBe('85.00 元');
    await screenshot(page, 'front-desk-member-zh-CN');
  });

  it('shows the wallet and its ledger on the customer profile', async () => {
    await page.getByRole('link', { name: '查看档案' }).click();
    const panel = page.getByTestId('customer-wallet-panel');
    await panel.getByText('85.00 元').first().waitFor();
    const rows = panel.getByTestId('wallet-entries').locator('tbody tr');
    await expect.poll(() => rows.count()).toBe(4); // top-up, its bonus, the package paid from cash, its minutes
    expect(await rows.first().textContent()).toMatch(/购买套餐/);
    expect(errors).toEqual([]);
  });

  it('gives the chain manager the cash-up of the day with the WeChat Pay money', async () => {
    const t = server.app;
    await signIn(t, 'manager', { ...boss, name: '赵经理', locale: 'zh-CN' });
    const second = await signedInBrowser(server, boss, { width: 1366, height: 900 });
    try {
      await second.page.goto('/ledgers');
      const figures = second.page.getByTestId('cash-up-figures');
      await figures.getByText('100.00 元').first().waitFor();
      const wechat = second.page.getByTestId('cash-up-methods').getByRole('row').filter({ hasText: '微信支付' });
      expect(await wechat.textContent()).toContain('100.00 元 (1)');
      await second.page.getByTestId('spend-chart').locator('svg').waitFor();
      // The loyalty module's section speaks Chinese too.
      expect(await second.page.getByTestId('cash-up-section-points').textContent()).toMatch(/^积分发放: 0兑换: 0$/);
      await screenshot(second.page, 'cash-up-zh-CN');

      // The products the desk sells are configured on the wallet products page.
      await second.page.goto('/admin/wallet-products');
      await second.page.getByText('充100送20').waitFor();
      await second.page.getByRole('row').filter({ hasText: '3 小时' }).getByRole('button', { name: '停用' }).click();
      await second.page.getByRole('row').filter({ hasText: '3 小时' }).getByRole('button', { name: '启用' }).waitFor();
      const products = await server.app.app.inject({ method: 'GET', url: '/api/v1/time-package-products?active=true', headers: (await signIn(t, 'admin')).headers });
      expect(products.json().items).toEqual([]);
      expect(second.errors).toEqual([]);
    } finally {
      await second.browser.close();
    }
  });

  it("shows a card's QR to print, and a scanner typing that QR into the lookup finds the member", async () => {
    await page.goto('/front-desk');
    await page.getByLabel('卡号、手机号、邮箱或二维码').fill('13900001111');
    await page.keyboard.press('Enter');
    await page.getByTestId('member-card').getByText('夜猫子').waitFor();
    await page.keyboard.press('F4');
    await page.getByRole('row').filter({ hasText: CARD }).getByRole('button', { name: '二维码' }).click();
    const qr = page.getByRole('dialog', { name: `会员二维码 · ${CARD}` });
    const svg = qr.getByRole('img', { name: `会员卡 ${CARD} 的二维码` });
    await svg.waitFor();
    expect(await svg.evaluate((e) => e.tagName.toLowerCase())).toBe('svg');
    expect(await svg.getAttribute('data-payload')).toBe(`GH1:card:${CARD}`);
    expect(await qr.getByText(CARD, { exact: true }).isVisible()).toBe(true);
    await screenshot(page, 'front-desk-card-qr-zh-CN');

    // Printing shows only the QR, its number and hint: not the page behind, not the buttons.
    await page.evaluate('window.print = () => { window.printed = (window.printed ?? 0) + 1; }');
    await qr.getByRole('button', { name: '打印' }).click();
    expect(await page.evaluate('window.printed')).toBe(1);
    await page.emulateMedia({ media: 'print' });
    const printed = page.getByTestId('card-qr'); // by test id: the dialog around it is hidden, so roles do not reach it
    expect([await printed.locator('svg[role=img]').isVisible(), await printed.getByText(CARD, { exact: true }).isVisible()]).toEqual([true, true]);
    expect([await page.getByTestId('member-card').isVisible(), await printed.locator('button').first().isVisible()]).toEqual([false, false]);
    await page.emulateMedia({ media: 'screen' });

    await qr.getByRole('button', { name: '返回会员卡' }).click();
    const cards = page.getByRole('dialog', { name: '会员卡 · 夜猫子' });
    await cards.waitFor();
    await page.keyboard.press('Escape');
    await cards.waitFor({ state: 'hidden' });

    // A fresh desk; the scanner "types" the QR text into the focused lookup field and presses Enter.
    await page.goto('/front-desk');
    await page.getByText('尚未找到会员').waitFor();
    await expect.poll(() => page.evaluate('document.activeElement?.getAttribute("aria-label")')).toBe('卡号、手机号、邮箱或二维码');
    await page.keyboard.type(`GH1:card:${CARD}`);
    await page.keyboard.press('Enter');
    const card = page.getByTestId('member-card');
    await card.getByText('夜猫子').waitFor();
    expect(await card.textContent()).toContain(`${CARD} · 正常`);
    expect(errors).toEqual([]);
  });
});
