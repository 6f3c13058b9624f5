import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { APIRequestContext, Browser, BrowserContext, Page } from 'playwright-core';
import { createAdmin } from '../src/platform/auth/create-admin';
import { createApiKey } from '../test/helpers/auth';
import { screenshot, startTestServer, watchErrors, type TestServer, signedInBrowser } from './helpers/browser';

const admin = { email: 'root@guildhall.test', name: 'Root Admin', password: 'Correct-Horse-42' };
const agent = { email: 'agent.li@guildhall.test', name: 'Li Na', password: 'Agent-password-7' };

interface Customer {
  id: string;
  displayName: string;
  stats: { totalSpend: string; visitCount: number; rechargeCount: number };
}

const ago = (hours: number) => new Date(Date.now() - hours * 3600_000).toISOString();

// The customer screens against the real API: list, search, 360 page, timeline, notes, masking
// and reveal, the create form (with a validation error in Chinese), custom fields and views.
describe('customer screens in Chromium', () => {
  let server: TestServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let errors: string[];
  let csrf: string;
  let storeId: string;
  let ye: Customer; // 夜风, the customer with events

  const post = async <T>(request: APIRequestContext, path: string, data: unknown, headers: Record<string, string> = {}): Promise<T> => {
    const res = await request.post(`/api/v1${path}`, { data, headers: { 'x-csrf-token': csrf, ...headers } });
    expect(res.status(), `POST ${path}: ${await res.text()}`).toBeLessThan(300);
    return (await res.json()) as T;
  };
  const get = async <T>(path: string): Promise<T> => {
    const res = await page.request.get(`/api/v1${path}`);
    expect(res.status(), `GET ${path}`).toBe(200);
    return (await res.json()) as T;
  };

  beforeAll(async () => {
    server = await startTestServer();
    await createAdmin(server.app.deps, admin);
    ({ browser, context, page, errors, csrf } = await signedInBrowser(server, admin, { width: 1440, height: 900 }));
    const r = context.request;

    storeId = (await post<{ id: string }>(r, '/stores', { code: 'SH-001', name: '上海徐家汇店', city: '上海' })).id;
    await post(r, '/users', { email: agent.email, name: agent.name, role: 'agent', password: agent.password });
    await post(r, '/customer-fields', { key: 'vip_level', label: 'VIP level', type: 'enum', options: ['Gold', 'Silver'], sortOrder: 10 });

    ye = await post<Customer>(r, '/customers', {
      displayName: '夜风',
      realName: '张伟',
      gender: 'male',
      city: '上海',
      source: 'store',
      homeStoreId: storeId,
      tags: ['vip', 'night-owl'],
      interests: { games: ['王者荣耀'], modes: ['排位赛'] },
      custom: { vip_level: 'Gold' },
      consent: { marketingSms: { granted: true, source: 'store' } },
      identities: [
        { type: 'phone', value: '13812345678' },
        { type: 'email', value: 'zhang.wei@example.com' },
        { type: 'game_account', value: 'yf-1001', attrs: { server: 'S1', roleName: '夜风' } },
      ],
    });
    for (const [name, phone] of [
      ['Lina', '13900000001'],
      ['阿杰', '13900000002'],
      ['Pixel Pete', '13900000003'],
      ['小鹿', '13900000004'],
    ] as const) {
      await post(r, '/customers', { displayName: name, source: 'registration', identities: [{ type: 'phone', value: phone }] });
    }

    // Events arrive from integrations with an API key, like a POS or a game server would send them.
    const key = await createApiKey(server.app, ['events:write']);
    const customer = { phone: '+86 138 1234 5678' };
    const events = [
      { id: 'pay:1', type: 'recharge', occurredAt: ago(50), customer, data: { orderId: 'R-1001', amount: '68.00', currency: 'CNY', channel: 'wechat', status: 'paid' } },
      { id: 'pay:2', type: 'recharge', occurredAt: ago(30), customer, data: { orderId: 'R-1002', amount: 30, currency: 'CNY', channel: 'alipay', status: 'paid' } },
      { id: 'pos:1', type: 'purchase', occurredAt: ago(26), customer, storeId, data: { currency: 'CNY', lines: [{ product: '可乐', quantity: 2, amount: '12.00' }] } },
      { id: 'game:1', type: 'login', occurredAt: ago(25), customer, data: { device: 'iOS', region: '上海' } },
      { id: 'game:2', type: 'play_session', occurredAt: ago(24), customer, data: { game: '王者荣耀', mode: 'ranked', durationSeconds: 2700, result: 'win' } },
      { id: 'game:3', type: 'level_up', occurredAt: ago(23), customer, data: { level: 52, game: '王者荣耀' } },
      { id: 'pos:2', type: 'visit', occurredAt: ago(20), customer, storeId, data: {} },
    ];
    const res = await fetch(`${server.baseUrl}/api/v1/events`, {
      method: 'POST',
      headers: { ...key.headers, 'content-type': 'application/json' },
      body: JSON.stringify({ events }),
    });
    expect(await res.json()).toMatchObject({ accepted: events.length, rejected: 0 });
    ye = await get<Customer>(`/customers/${ye.id}`);
    expect(ye.stats.rechargeCount).toBe(2);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const nav = (name: string) => page.getByRole('navigation').getByRole('link', { name, exact: true });
  const timelineItems = () => page.getByTestId('timeline-items').locator('[data-type]');

  it('lists customers with masked contacts', async () => {
    await page.goto('/');
    await nav('Customers').click();
    await page.getByRole('heading', { name: 'Customers', level: 2 }).waitFor();
    const table = page.getByTestId('customers-table');
    await table.getByRole('row').filter({ hasText: '夜风' }).waitFor();
    expect(await table.getByRole('row').count()).toBe(6); // header + 5 customers
    const row = table.getByRole('row').filter({ hasText: '夜风' });
    // Contacts are hidden on screen for everyone until revealed on the profile.
    expect(await row.textContent()).toContain('+86 138****5678');
    expect(await row.textContent()).toContain('z***@example.com');
    expect(await row.textContent()).toContain('上海徐家汇店');
    await screenshot(page, 'customer-list-en');
  });

  it('filters by tag and saves the filters as a view', async () => {
    await page.getByRole('button', { name: 'Filters' }).click();
    const filters = page.getByTestId('customer-filters');
    await filters.getByLabel('Tag').fill('vip');
    await filters.getByLabel('Tag').press('Enter');
    const table = page.getByTestId('customers-table');
    await expect.poll(() => table.getByRole('row').count()).toBe(2);
    await page.getByTestId('active-filters').getByText('Tag: vip').waitFor();
    await screenshot(page, 'customer-filters-en');

    await page.getByRole('button', { name: 'Save as view' }).click();
    const dialog = page.getByRole('dialog', { name: 'Save as view' });
    await dialog.getByLabel('View name').fill('VIP players');
    await dialog.getByRole('switch', { name: 'Shared' }).check({ force: true });
    await dialog.getByRole('button', { name: 'Save view' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await expect.poll(async () => page.getByRole('combobox', { name: 'Saved view' }).inputValue()).toBe('VIP players');
    const views = await get<{ items: { name: string; shared: boolean; filters: unknown }[] }>('/customer-views');
    expect(views.items).toEqual([expect.objectContaining({ name: 'VIP players', shared: true, filters: { tag: 'vip' } })]);

    // Leaving the view's filters shows everyone again.
    await page.getByTestId('active-filters').getByRole('button', { name: /Remove filter/ }).click();
    await expect.poll(() => table.getByRole('row').count()).toBe(6);
  });

  it('finds a customer by a phone number typed with spaces', async () => {
    const search = page.getByTestId('customer-search');
    await search.fill('138 1234 5678');
    await search.press('Enter');
    const results = page.getByTestId('search-table');
    await results.getByRole('row').filter({ hasText: '夜风' }).waitFor();
    expect(await results.getByRole('row').count()).toBe(2);
    expect(await results.getByTestId('matched-by').textContent()).toBe('Phone');
    await results.getByRole('link', { name: '夜风' }).click();
    await page.waitForURL(`**/customers/${ye.id}`);
  });

  it('shows key facts and the timeline, filtered to recharges', async () => {
    const header = page.getByTestId('customer-header');
    await header.getByRole('heading', { name: '夜风' }).waitFor();
    const amount = Number(ye.stats.totalSpend).toFixed(2);
    await expect.poll(() => header.getByTestId('fact-total-spend').textContent()).toContain(amount);
    expect(await header.getByTestId('fact-recharges').textContent()).toContain('2');
    expect(await header.getByTestId('fact-visits').textContent()).toContain('1');
    expect(await header.getByTestId('fact-playtime').textContent()).toContain('0.8 h');
    expect(await header.textContent()).toContain('上海徐家汇店');
    await page.getByTestId('customer-stats').getByTestId('spend-chart').locator('svg').first().waitFor();

    await expect.poll(() => timelineItems().count()).toBeGreaterThanOrEqual(8); // 7 events + profile created
    await page.getByTestId('customer-timeline').getByText('Recharges', { exact: true }).click();
    await expect.poll(() => timelineItems().count()).toBe(2);
    expect(await timelineItems().evaluateAll((els) => els.map((e) => e.getAttribute('data-type')))).toEqual(['recharge', 'recharge']);
    await timelineItems().getByText('Recharge ¥68.00 (WeChat Pay, paid)').waitFor();
    await timelineItems().getByText('Recharge ¥30.00 (Alipay, paid)').waitFor();
  });

  it('adds a note with Ctrl+Enter', async () => {
    const note = page.getByRole('textbox', { name: 'New note' });
    await note.fill('Asked about the missing 68 yuan recharge; confirmed it arrived.');
    await note.press('Control+Enter');
    await page.getByTestId('notes-list').getByText('Asked about the missing 68 yuan recharge').waitFor();
    expect(await note.inputValue()).toBe('');
    // On the timeline too, once the recharge-only filter is cleared.
    await page.getByTestId('customer-timeline').getByRole('button', { name: 'Clear filters' }).click();
    await timelineItems().filter({ hasText: 'Note: Asked about the missing 68 yuan recharge' }).waitFor();
  });

  it('reveals contacts only on request, and audits it', async () => {
    const contacts = page.getByTestId('customer-contacts');
    expect(await contacts.getByTestId('identity-phone').textContent()).toContain('+86 138****5678');
    expect(await page.getByTestId('real-name').textContent()).toBe('张*');
    await contacts.getByRole('button', { name: 'Reveal' }).click();
    const dialog = page.getByRole('dialog', { name: 'Reveal full contact details?' });
    await dialog.getByText('recorded in the audit log').waitFor();
    await dialog.getByRole('button', { name: 'Reveal' }).click();
    await contacts.getByTestId('identity-phone').getByText('+86 138 1234 5678').waitFor();
    expect(await contacts.getByTestId('identity-email').textContent()).toContain('zhang.wei@example.com');
    expect(await page.getByTestId('real-name').textContent()).toBe('张伟');
    await contacts.getByTestId('revealed-notice').waitFor();
    await dialog.waitFor({ state: 'hidden' });
    await screenshot(page, 'customer-revealed-en');
    const audit = await get<{ items: { action: string; targetId: string }[] }>('/audit?action=customer.pii_revealed');
    expect(audit.items).toEqual([expect.objectContaining({ targetId: ye.id })]);
  });

  it('reads the profile in Chinese', async () => {
    await page.getByTestId('language-switcher').getByText('中文').click();
    await page.getByTestId('customer-timeline').getByRole('heading', { name: '时间线' }).waitFor();
    await timelineItems().getByText('充值 68.00 元（微信，已到账）').waitFor();
    await timelineItems().getByText('游戏 王者荣耀 · 排位赛（45 分钟，胜利）').waitFor();
    await timelineItems().getByText('到店：上海徐家汇店').waitFor();
    await page.getByTestId('customer-consent').getByText('营销短信').waitFor();
    await page.getByTestId('customer-custom-fields').getByText('Gold').waitFor();
    // A taller window for the screenshot, so the timeline is in it.
    await page.setViewportSize({ width: 1440, height: 1500 });
    await page.reload();
    await page.getByTestId('customer-header').getByRole('heading', { name: '夜风' }).waitFor();
    await page.getByTestId('spend-chart').locator('svg').first().waitFor();
    await timelineItems().first().waitFor();
    await screenshot(page, 'customer-360-zh-CN');
    await page.setViewportSize({ width: 1440, height: 900 });
  });

  it('edits the profile; the change shows on the timeline', async () => {
    await page.getByRole('button', { name: '编辑资料' }).click();
    const dialog = page.getByRole('dialog', { name: '编辑资料' });
    await dialog.getByRole('combobox', { name: 'VIP level' }).click();
    await page.getByRole('option', { name: 'Silver' }).click();
    await dialog.getByLabel('标签').fill('周末');
    await dialog.getByLabel('标签').press('Enter');
    await dialog.getByRole('button', { name: '保存' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByTestId('customer-tags').getByText('周末').waitFor();
    await page.getByTestId('customer-custom-fields').getByText('Silver').waitFor();
    await timelineItems().getByText('修改资料：VIP level，标签').waitFor();
    const saved = await get<{ tags: string[]; custom: Record<string, unknown>; realName: string }>(`/customers/${ye.id}`);
    expect(saved).toMatchObject({ tags: ['vip', 'night-owl', '周末'], custom: { vip_level: 'Silver' }, realName: '张*' });
    // The form never wrote the masked name back: the real one is intact.
    const revealed = await post<{ realName: string }>(page.request, `/customers/${ye.id}/reveal`, undefined);
    expect(revealed.realName).toBe('张伟');
  });

  it('creates a customer through the form, with errors in Chinese', async () => {
    await nav('客户').click();
    await page.getByRole('heading', { name: '客户', level: 2 }).waitFor();
    await page.getByRole('button', { name: '新建客户' }).first().click();
    const dialog = page.getByRole('dialog', { name: '新建客户' });
    await dialog.getByLabel('显示名').waitFor();

    // Nothing filled in: the required name is refused in Chinese.
    await dialog.getByRole('button', { name: '新建客户' }).click();
    await dialog.getByText('此项为必填项').waitFor();
    await dialog.getByLabel('显示名').fill('小雨');
    await dialog.getByLabel('邮箱').fill('not-an-email');
    await dialog.getByRole('button', { name: '新建客户' }).click();
    await dialog.getByText('请输入有效的邮箱地址').waitFor();
    await dialog.getByLabel('邮箱').fill('');

    // A phone that belongs to someone else: the 409 lands on the phone field.
    await dialog.getByLabel('手机号').fill('138 1234 5678');
    await dialog.getByLabel('标签').fill('新客');
    await dialog.getByLabel('标签').press('Enter');
    await dialog.getByRole('checkbox', { name: '营销短信' }).check();
    await dialog.getByRole('button', { name: '新建客户' }).click();
    await dialog.getByText('已被其他客户使用。').waitFor();
    await screenshot(page, 'customer-form-zh-CN');

    await dialog.getByLabel('手机号').fill('139 0000 1234');
    await dialog.getByRole('button', { name: '新建客户' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByTestId('customer-header').getByRole('heading', { name: '小雨' }).waitFor();
    const id = page.url().split('/').pop()!;
    const created = await get<{ tags: string[]; source: string; consent: Record<string, { granted: boolean }>; identities: { type: string; value: string }[] }>(
      `/customers/${id}`,
    );
    expect(created.identities).toEqual([expect.objectContaining({ type: 'phone', value: '+86 139****1234' })]);
    const revealed = await post<{ identities: { type: string; value: string }[] }>(page.request, `/customers/${id}/reveal`, undefined);
    expect(revealed.identities).toEqual([expect.objectContaining({ type: 'phone', value: '+8613900001234' })]);
    expect(created.tags).toEqual(['新客']);
    expect(created.consent.marketingSms?.granted).toBe(true);
  });

  it('manages custom fields', async () => {
    await nav('客户字段').click();
    await page.getByRole('heading', { name: '客户字段', level: 2 }).waitFor();
    await page.getByTestId('custom-fields-table').getByText('vip_level').waitFor();
    await page.getByRole('button', { name: '新建字段' }).first().click();
    const dialog = page.getByRole('dialog', { name: '新建自定义字段' });
    await dialog.getByLabel('键名').fill('Fav Seat');
    await dialog.getByLabel('名称').fill('常用机位');
    await dialog.getByRole('button', { name: '新建字段' }).click();
    await dialog.getByText('小写字母、数字和 _').waitFor();
    await dialog.getByLabel('键名').fill('fav_seat');
    await dialog.getByRole('button', { name: '新建字段' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByTestId('custom-fields-table').getByText('fav_seat').waitFor();
    const fields = await get<{ items: { key: string; type: string }[] }>('/customer-fields');
    expect(fields.items.map((f) => f.key).sort()).toEqual(['fav_seat', 'vip_level']);

    // No script errors on any screen (failed requests, such as the 409 above, are logged by design).
    expect(errors.filter((e) => !e.includes('Failed to load resource'))).toEqual([]);
  });

  it('shows an agent masked contacts and no Reveal button', async () => {
    const agentContext = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1440, height: 900 }, baseURL: server.baseUrl });
    try {
      const login = await agentContext.request.post('/api/v1/auth/login', { data: { email: agent.email, password: agent.password } });
      expect(login.status()).toBe(200);
      const agentPage = await agentContext.newPage();
      agentPage.setDefaultTimeout(10_000);
      const agentErrors = watchErrors(agentPage);
      await agentPage.goto(`/customers/${ye.id}`);
      const contacts = agentPage.getByTestId('customer-contacts');
      await contacts.getByTestId('identity-phone').waitFor();
      expect(await contacts.getByTestId('identity-phone').textContent()).toContain('+86 138****5678');
      expect(await contacts.getByTestId('identity-email').textContent()).toContain('z***@example.com');
      expect(await agentPage.getByTestId('real-name').textContent()).toBe('张*');
      expect(await contacts.locator('[data-masked="true"]').count()).toBe(2);
      expect(await agentPage.getByRole('button', { name: '查看完整信息' }).count()).toBe(0);
      await screenshot(agentPage, 'customer-360-agent-zh-CN');
      // The server masks for this role: the full number is nowhere in the page.
      expect(await agentPage.content()).not.toContain('13812345678');
      // No customer-fields admin for an agent.
      expect(await agentPage.getByRole('navigation').getByRole('link', { name: '客户字段' }).count()).toBe(0);
      expect(agentErrors.filter((e) => !e.includes('Failed to load resource'))).toEqual([]);
    } finally {
      await agentContext.close();
    }
  });
});
