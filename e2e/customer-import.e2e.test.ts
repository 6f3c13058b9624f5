import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { createAdmin } from '../src/platform/auth/create-admin';
import { screenshot, startTestServer, type TestServer, signedInBrowser } from './helpers/browser';

const admin = { email: 'root@guildhall.test', name: 'Root Admin', password: 'Correct-Horse-42' };

// 20 purchases by three members; line 9 (the 8th data row) has an amount that is not a number.
const BAD_LINE = 9;
const rows = Array.from({ length: 20 }, (_, i) => {
  const line = i + 2;
  const amount = line === BAD_LINE ? 'twelve' : (10 + i * 1.25).toFixed(2);
  const day = String(1 + i).padStart(2, '0');
  return [`T-${1000 + i}`, `2026-01-${day} 1${i % 10}:30`, `M-${(i % 3) + 1}`, amount, i % 2 ? '可乐' : 'Hot dog', String((i % 3) + 1)];
});
const csv = ['OrderNo,Date,Member,Amount,Product,Qty', ...rows.map((r) => r.join(','))].join('\n') + '\n';
const expectedTotal = rows.filter((_, i) => i + 2 !== BAD_LINE).reduce((sum, r) => sum + Number(r[3]), 0);

// The import wizard against the real API and job runner: upload, map, dry run, real run, error report.
describe('customer import wizard in Chromium', () => {
  let server: TestServer;
  let browser: Browser;
  let page: Page;
  let errors: string[];
  let uploadDir: string;
  let csrf: string;

  const createCustomer = async (displayName: string, phone: string): Promise<string> => {
    const res = await page.request.post('/api/v1/customers', {
      data: { displayName, source: 'store', identities: [{ type: 'phone', value: phone }] },
      headers: { 'x-csrf-token': csrf },
    });
    expect(res.status(), await res.text()).toBe(201);
    return ((await res.json()) as { id: string }).id;
  };

  beforeAll(async () => {
    uploadDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gh-e2e-imports-'));
    server = await startTestServer({ env: { JOBS_ENABLED: 'true' }, overrides: { uploadDir } });
    await createAdmin(server.app.deps, admin);
    ({ browser, page, errors, csrf } = await signedInBrowser(server, admin, { width: 1440, height: 1000, timeoutMs: 15_000, acceptDownloads: true }));
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (uploadDir) fs.rmSync(uploadDir, { recursive: true, force: true });
  });

  const nav = (name: string) => page.getByRole('navigation').getByRole('link', { name, exact: true });
  const pick = async (combobox: string, option: string) => {
    await page.getByRole('combobox', { name: combobox, exact: true }).click();
    await page.getByRole('option', { name: option, exact: true }).click();
  };
  const figure = (testId: string) => page.getByTestId(testId).locator('p').nth(1);

  it('opens the wizard from the customer list and uploads a CSV file', async () => {
    await page.goto('/customers');
    await page.getByRole('heading', { name: 'Customers', level: 2 }).waitFor();
    await page.getByTestId('language-switcher').getByText('中文').click();
    await page.getByRole('heading', { name: '客户', level: 2 }).waitFor();
    await page.getByRole('link', { name: '导入', exact: true }).click();
    await page.getByRole('heading', { name: '从 CSV 导入', level: 2 }).waitFor();
    expect(await nav('数据导入').count()).toBe(1);

    await page.getByTestId('import-file-input').setInputFiles({ name: 'pos-sales.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.getByTestId('import-dropzone').getByText('pos-sales.csv').waitFor();
    await page.getByRole('button', { name: '上传并预览' }).click();
    await page.getByTestId('import-preview').getByText('T-1000').waitFor();
    expect(page.url()).toMatch(/\/imports\/[0-9a-f-]{36}$/);
  });

  it('maps the columns (guessing most of them) and refuses an incomplete mapping', async () => {
    const mapping = page.getByTestId('import-mapping');
    // Guessed from the header: order number → id, Date → occurred at, Amount, Product, Qty.
    expect(await page.getByRole('combobox', { name: '事件 ID 的来源', exact: true }).inputValue()).toBe('OrderNo');
    expect(await page.getByRole('combobox', { name: '发生时间 的来源', exact: true }).inputValue()).toBe('Date');
    expect(await page.getByRole('combobox', { name: '金额 的来源', exact: true }).inputValue()).toBe('Amount');
    expect(await page.getByRole('combobox', { name: '数量 的来源', exact: true }).inputValue()).toBe('Qty');

    // No customer column yet: the wizard says what is missing.
    await page.getByRole('button', { name: '开始试运行' }).click();
    await page.getByTestId('mapping-problems').getByText('请至少选择一个客户身份列').waitFor();

    await pick('客户：外部编号 的来源', 'Member');
    await page.getByRole('textbox', { name: '外部系统名称' }).fill('pos-test');
    await page.getByRole('combobox', { name: '时区' }).fill('Shanghai');
    await page.getByRole('option', { name: /^Asia\/Shanghai/ }).click();
    // A constant: every row's currency is CNY.
    await pick('币种 的来源', '固定值…');
    await page.getByRole('textbox', { name: '币种 的固定值', exact: true }).fill('CNY');
    await mapping.locator('[data-target="customer.external"]').getByText('身份').waitFor();
    await page.setViewportSize({ width: 1440, height: 1500 });
    await page.evaluate('window.scrollTo(0, 0)');
    await screenshot(page, 'import-mapping-zh-CN');
    await page.setViewportSize({ width: 1440, height: 1000 });
  });

  it('dry-runs: one row fails, nothing is stored', async () => {
    await page.getByRole('button', { name: '开始试运行' }).click();
    await page.getByTestId('import-result').getByText('试运行完成').waitFor();
    expect(await figure('import-processed').textContent()).toBe('20');
    expect(await figure('import-ok').textContent()).toBe('19');
    expect(await figure('import-failed').textContent()).toBe('1');
    await page.getByText('未保存任何数据').waitFor();
    const list = await page.request.get('/api/v1/customers');
    expect(((await list.json()) as { items: unknown[] }).items).toEqual([]);
  });

  it('runs for real and shows the result in English', async () => {
    await page.getByTestId('language-switcher').getByText('English').click();
    await page.getByRole('button', { name: 'Run for real' }).click();
    await page.getByTestId('import-result').getByText('Import completed').waitFor();
    expect(await figure('import-ok').textContent()).toBe('19');
    expect(await figure('import-failed').textContent()).toBe('1');
    await page.getByTestId('import-summary').getByText('Events stored').waitFor();
    await page.getByTestId('import-result').getByText('20 rows read: 19 imported, 1 failed.').waitFor();
    await screenshot(page, 'import-result-en');
  });

  it('downloads the error report with the bad line and its reason', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download error report' }).click()]);
    const file = await download.path();
    const report = fs.readFileSync(file, 'utf8');
    expect(download.suggestedFilename()).toMatch(/\.csv$/);
    expect(report.split('\n')[0]).toBe('line,field,reason');
    expect(report).toContain(`${BAD_LINE},amount,`);
    expect(report).toContain('is not a decimal amount');
    expect(report.trim().split('\n')).toHaveLength(2);
  });

  it('stored the other rows: three customers with their purchases', async () => {
    const res = await page.request.get('/api/v1/customers?limit=200');
    const body = (await res.json()) as { items: { displayName: string; stats: { totalSpend: string } }[] };
    expect(body.items).toHaveLength(3);
    const total = body.items.reduce((sum, c) => sum + Number(c.stats.totalSpend), 0);
    expect(total).toBeCloseTo(expectedTotal, 2);
    const found = await page.request.get(`/api/v1/customers/search?q=${encodeURIComponent('pos-test:M-1')}`);
    const hits = ((await found.json()) as { items: { matchedBy: string; score: number }[] }).items;
    expect(hits[0]).toMatchObject({ matchedBy: 'identity', score: 1 });
  });

  it('lists past imports with their status', async () => {
    await nav('Imports').click();
    await page.getByRole('heading', { name: 'Imports', level: 2 }).waitFor();
    const table = page.getByTestId('imports-table');
    await table.getByText('pos-sales.csv').waitFor();
    expect(await table.getByTestId('import-status').getAttribute('data-status')).toBe('completed');
    expect(errors.filter((e) => !e.includes('Failed to load resource'))).toEqual([]);
  });

  it('merges a duplicate through the 360 page; the loser leads to the winner', async () => {
    const winner = await createCustomer('陈晓峰', '13700000001');
    const loser = await createCustomer('陈晓峰 (旧卡)', '13700000002');
    await page.goto(`/customers/${winner}`);
    await page.getByTestId('customer-header').getByRole('heading', { name: '陈晓峰' }).waitFor();
    await page.getByRole('button', { name: 'More' }).click();
    await page.getByRole('menuitem', { name: 'Merge duplicate…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Merge a duplicate of 陈晓峰' });
    await dialog.getByRole('textbox', { name: 'Search for the profile to merge' }).fill('137 0000 0002');
    await dialog.getByRole('textbox', { name: 'Search for the profile to merge' }).press('Enter');
    await dialog.getByTestId('merge-search-results').locator(`[data-customer-id="${loser}"]`).click();
    const comparison = dialog.getByTestId('merge-comparison');
    await comparison.getByText('+86 137****0002').waitFor();
    expect(await dialog.getByRole('radio', { name: 'Keep 陈晓峰', exact: true }).isChecked()).toBe(true);
    const submit = dialog.getByRole('button', { name: 'Merge profiles' });
    expect(await submit.isDisabled()).toBe(true);
    await dialog.getByTestId('merge-confirm').fill('陈晓峰 (旧卡)');
    await screenshot(page, 'customer-merge-en');
    await submit.click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByTestId('customer-timeline').getByText('Merged with another profile').waitFor();
    // The merged profile moved its phone to the winner.
    await page.getByTestId('customer-contacts').getByText('+86 137****0002').waitFor();

    await page.goto(`/customers/${loser}`);
    await page.getByTestId('merged-from-notice').waitFor();
    expect(page.url()).toContain(`/customers/${winner}`);
  });

  it('erases a customer: a reason and the typed name; the stub says so and search no longer finds it', async () => {
    const id = await createCustomer('Erin Example', '13700000009');
    await page.goto(`/customers/${id}`);
    await page.getByTestId('customer-header').getByRole('heading', { name: 'Erin Example' }).waitFor();
    await page.getByRole('button', { name: 'More' }).click();
    await page.getByRole('menuitem', { name: 'Erase personal data' }).click();
    const dialog = page.getByRole('dialog', { name: 'Erase personal data' });
    await dialog.getByRole('textbox', { name: 'Reason' }).fill('Customer request #4711');
    const submit = dialog.getByRole('button', { name: 'Erase personal data' });
    await dialog.getByRole('textbox', { name: 'Type "Erin Example" to confirm' }).fill('Erin');
    expect(await submit.isDisabled()).toBe(true);
    await dialog.getByRole('textbox', { name: 'Type "Erin Example" to confirm' }).fill('Erin Example');
    await submit.click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByTestId('erased-notice').waitFor();
    await screenshot(page, 'customer-erased-en');
    const found = await page.request.get(`/api/v1/customers/search?q=${encodeURIComponent('13700000009')}`);
    expect(((await found.json()) as { items: unknown[] }).items).toEqual([]);
    const byName = await page.request.get(`/api/v1/customers/search?q=${encodeURIComponent('Erin Example')}`);
    expect(((await byName.json()) as { items: { customer: { id: string } }[] }).items.map((i) => i.customer.id)).not.toContain(id);
    expect(errors.filter((e) => !e.includes('Failed to load resource'))).toEqual([]);
  });

  it('exports the list as CSV and one customer as JSON (both downloads)', async () => {
    await page.goto('/customers');
    await page.getByTestId('customers-table').getByText('陈晓峰').first().waitFor();
    const [csvDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Export CSV' }).click()]);
    const csvText = fs.readFileSync(await csvDownload.path(), 'utf8');
    expect(csvDownload.suggestedFilename()).toMatch(/\.csv$/);
    expect(csvText).toContain('陈晓峰');

    await page.getByTestId('customers-table').getByText('陈晓峰', { exact: true }).click();
    await page.getByTestId('customer-header').getByRole('heading', { name: '陈晓峰' }).waitFor();
    await page.getByRole('button', { name: 'More' }).click();
    await page.getByRole('menuitem', { name: 'Export data' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export customer data' });
    await dialog.getByText('recorded in the audit log').waitFor();
    const [jsonDownload] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('link', { name: 'Download JSON' }).click()]);
    const exported = fs.readFileSync(await jsonDownload.path(), 'utf8');
    expect(exported).toContain('+8613700000002'); // unmasked, the merged profile's phone among them
    await dialog.waitFor({ state: 'hidden' });
  });
});
