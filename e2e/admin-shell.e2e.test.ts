import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { createAdmin } from '../src/platform/auth/create-admin';
import { focusedField, launchBrowser, screenshot, startTestServer, watchErrors, type TestServer } from './helpers/browser';

const admin = { email: 'ada@guildhall.test', name: 'Ada Admin', password: 'Correct-Horse-42' };

describe('admin shell in Chromium', () => {
  let server: TestServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    server = await startTestServer();
    await createAdmin(server.app.deps, admin);
    browser = await launchBrowser();
    // A Chinese browser: the app must start in zh-CN without being told.
    context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1366, height: 860 }, baseURL: server.baseUrl });
    page = await context.newPage();
    page.setDefaultTimeout(10_000);
    errors = watchErrors(page);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const api = async <T>(path: string): Promise<T> => {
    const res = await page.request.get(`/api/v1${path}`);
    expect(res.status(), `GET ${path}`).toBe(200);
    return (await res.json()) as T;
  };
  const nav = (name: string) => page.getByRole('navigation').getByRole('link', { name, exact: true });

  it('signs in from the login page it is sent to', async () => {
    await page.goto('/');
    await page.waitForURL('**/login');
    await page.getByRole('button', { name: '登录' }).waitFor();

    // Wrong password: the problem code is shown as a sentence in the page's language.
    await page.getByLabel('邮箱').fill(admin.email);
    await page.getByRole('textbox', { name: '密码', exact: true }).fill('Wrong-password-1');
    await page.getByRole('textbox', { name: '密码', exact: true }).press('Enter');
    await page.getByRole('alert').filter({ hasText: '邮箱或密码错误' }).waitFor();
    await screenshot(page, 'login-zh-CN');

    await page.getByRole('textbox', { name: '密码', exact: true }).fill(admin.password);
    await page.getByRole('textbox', { name: '密码', exact: true }).press('Enter');
    await page.waitForURL((url) => url.pathname === '/');
    await page.getByRole('heading', { name: `欢迎，${admin.name}` }).waitFor();
    await nav('门店').waitFor();
  });

  it('switches the language both ways and saves the choice to the profile', async () => {
    await page.getByTestId('summary-stores').getByText('0').waitFor();
    await screenshot(page, 'shell-zh-CN');

    await page.getByTestId('language-switcher').getByText('English').click();
    await nav('Stores').waitFor();
    expect(await nav('门店').count()).toBe(0);
    await page.getByRole('heading', { name: `Welcome, ${admin.name}` }).waitFor();
    await expect.poll(async () => (await api<{ user: { locale: string } }>('/auth/me')).user.locale).toBe('en');
    expect(await page.evaluate("localStorage.getItem('guildhall.locale')")).toBe('en');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await screenshot(page, 'shell-en');

    await page.getByTestId('language-switcher').getByText('中文').click();
    await nav('门店').waitFor();
    expect(await nav('Stores').count()).toBe(0);
    await expect.poll(async () => (await api<{ user: { locale: string } }>('/auth/me')).user.locale).toBe('zh-CN');

    // Back to English for the rest of the run.
    await page.getByTestId('language-switcher').getByText('English').click();
    await nav('Stores').waitFor();
  });

  it('creates a store through the UI', async () => {
    await nav('Stores').click();
    await page.getByRole('heading', { name: 'Stores', level: 2 }).waitFor();
    await page.getByText('No stores yet').waitFor();
    await page.getByRole('button', { name: 'New store' }).first().click();

    const dialog = page.getByRole('dialog', { name: 'New store' });
    await dialog.waitFor();
    // The first field has focus, so typing starts at once.
    await expect.poll(() => focusedField(page)).toBe('code');
    await page.keyboard.type('SH-001');
    await dialog.getByLabel('Name').fill('Shanghai Xujiahui');
    await dialog.getByLabel('City').fill('Shanghai');
    await dialog.getByLabel('Phone').fill('021-6400 0000');
    await dialog.getByLabel('Monday').check({ force: true });
    await dialog.getByLabel('Monday opens at').fill('10:00');
    await dialog.getByLabel('Monday closes at').fill('02:00');
    await dialog.getByRole('button', { name: 'Copy Monday to all days' }).click();
    await dialog.getByText('next day').first().waitFor();
    await screenshot(page, 'store-form-en');
    await dialog.getByRole('button', { name: 'New store' }).click();
    await dialog.waitFor({ state: 'hidden' });

    const row = page.getByTestId('stores-table').getByRole('row').filter({ hasText: 'Shanghai Xujiahui' });
    await row.waitFor();
    expect(await row.textContent()).toContain('Daily 10:00–02:00');

    const stores = await api<{ items: { code: string; name: string; city: string; openingHours: unknown[] }[] }>('/stores');
    expect(stores.items).toEqual([
      expect.objectContaining({ code: 'SH-001', name: 'Shanghai Xujiahui', city: 'Shanghai' }),
    ]);
    expect(stores.items[0]!.openingHours).toHaveLength(7);
  });

  it('creates a user through the UI', async () => {
    await nav('Users').click();
    await page.getByRole('heading', { name: 'Users', level: 2 }).waitFor();
    await page.getByTestId('users-table').getByText(admin.email).waitFor();
    await page.getByRole('button', { name: 'New user' }).click();

    const dialog = page.getByRole('dialog', { name: 'New user' });
    await dialog.waitFor();
    await dialog.getByLabel('Email').fill('mei@guildhall.test');
    await dialog.getByLabel('Name').fill('Li Mei');
    await dialog.getByRole('combobox', { name: 'Role' }).click();
    await page.getByRole('option', { name: 'Store manager' }).click();

    // A weak password is refused in the form, in English.
    await dialog.getByLabel('Initial password').fill('short');
    await dialog.getByRole('button', { name: 'New user' }).click();
    await dialog.getByText('At least 10 characters').first().waitFor();

    await dialog.getByLabel('Initial password').fill('Store-Manager-2026');
    await dialog.getByRole('combobox', { name: 'Store' }).click();
    await page.getByRole('option', { name: 'Shanghai Xujiahui (SH-001)' }).click();
    await dialog.getByLabel('Initial password').press('Enter');
    await dialog.waitFor({ state: 'hidden' });

    const row = page.getByTestId('users-table').getByRole('row').filter({ hasText: 'mei@guildhall.test' });
    await row.waitFor();
    expect(await row.textContent()).toContain('Store manager');
    expect(await row.textContent()).toContain('Shanghai Xujiahui');
    await screenshot(page, 'users-en');

    const stores = await api<{ items: { id: string }[] }>('/stores');
    const users = await api<{ items: { email: string; role: string; storeId: string | null }[] }>('/users?q=mei');
    expect(users.items).toEqual([expect.objectContaining({ email: 'mei@guildhall.test', role: 'store_manager', storeId: stores.items[0]!.id })]);
  });

  it('signs out back to the login page', async () => {
    await page.getByTestId('user-menu').click();
    await page.getByRole('menuitem', { name: 'Sign out' }).click();
    await page.waitForURL('**/login');
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
    expect((await page.request.get('/api/v1/auth/me')).status()).toBe(401);

    // The signed-in pages now send the reader back to sign in.
    await page.goto('/admin/users');
    await page.waitForURL('**/login');

    const unexpected = errors.filter((e) => !e.includes('Failed to load resource'));
    expect(unexpected).toEqual([]);
  });
});
