import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { signIn } from '../test/helpers/auth';
import { systemContext } from '../src/platform/audit/audit.service';
import { createUser } from '../src/platform/auth/users.service';
import type { FakeClock } from '../src/platform/clock';
import { apiPoster, screenshot, signedInBrowser, startTestServer, type TestServer } from './helpers/browser';

const agent = { email: 'agent.extras@guildhall.test', name: 'Wang Fang', password: 'Correct-Horse-42' };

// The console's macros (a personal macro made in the dialog, picked, its variables filled and its
// status applied on send), the agent's presence switch, and SLA badges turning red on a breach.
describe('agent console extras in Chromium', () => {
  let server: TestServer;
  let browser: Browser;
  let page: Page;
  let errors: string[];
  let post: ReturnType<typeof apiPoster>;
  let web: { id: string; number: number };
  let chat: { id: string; number: number };

  beforeAll(async () => {
    server = await startTestServer();
    const admin = await signIn(server.app, 'admin');
    post = apiPoster(server.app, admin.headers);
    const deptId = (await post('/departments', { code: 'support_extras', name: '客服二部' })).id;
    const customerId = (await post('/customers', { displayName: '小明', identities: [{ type: 'phone', value: '13900001111' }] })).id;
    web = await post('/tickets', { subject: '无法登录', channel: 'web', requesterId: customerId, departmentId: deptId });
    // Chat: 30 s to the first response, around the clock.
    chat = await post('/tickets', { subject: '聊天咨询', channel: 'chat', requesterId: customerId, departmentId: deptId });
    await createUser(server.app.deps, { ...agent, role: 'agent', departmentId: deptId }, systemContext);
    ({ browser, page, errors } = await signedInBrowser(server, agent, { width: 1600, height: 1000 }));
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const row = (n: number) => page.locator(`[data-ticket="${n}"]`);
  const composer = () => page.getByTestId('composer');
  const asAgent = async (url: string) => (await page.request.get(`/api/v1${url}`)).json();

  it('switches the presence to away and back to online', async () => {
    await page.goto('/tickets?view=open');
    const presence = page.getByRole('combobox', { name: 'Availability' });
    await expect.poll(() => presence.inputValue()).toBe('Offline');
    await presence.click();
    await page.getByRole('option', { name: 'Away' }).click();
    await expect.poll(async () => (await asAgent('/agents/me/presence')).status).toBe('away');
    await expect.poll(() => presence.inputValue()).toBe('Away');
    await presence.click();
    await page.getByRole('option', { name: 'Online' }).click();
    await expect.poll(async () => (await asAgent('/agents/me/presence')).status).toBe('online');
    await expect.poll(() => page.getByTestId('presence-select').getAttribute('data-status')).toBe('online');
    expect(errors).toEqual([]);
  });

  it('makes a personal macro, picks it in the composer with its variables filled, and applies its status on send', async () => {
    await page.goto(`/tickets/${web.id}?view=open`);
    await page.getByRole('button', { name: 'Macros (canned replies)' }).click();
    const dialog = page.getByRole('dialog', { name: 'Macros' });
    await dialog.locator('[data-macro="Greeting"]').getByText('Shared').waitFor();
    // Shared macros are not the agent's to edit.
    await expect(dialog.getByRole('button', { name: 'Edit Greeting' }).count()).resolves.toBe(0);
    await dialog.getByRole('button', { name: 'New macro' }).click();
    const form = page.getByRole('dialog', { name: 'New macro' });
    await form.getByRole('textbox', { name: 'Name (English)' }).fill('Login help');
    await form.getByRole('textbox', { name: 'Name (Chinese)' }).fill('登录帮助');
    await form.getByRole('textbox', { name: 'Text (English)' }).fill('Hi {{requester.name}}, about "{{ticket.subject}}" (#{{ticket.number}}): please reset your password. {{agent.name}}');
    await form.getByRole('textbox', { name: 'Text (Chinese)' }).fill('{{requester.name}}您好，请重置密码。');
    await form.getByRole('textbox', { name: 'Text (English)' }).press('Tab');
    // An unknown variable is refused by the server, on the field.
    await form.getByRole('textbox', { name: 'Text (Chinese)' }).fill('{{order.id}}');
    await form.getByRole('button', { name: 'Create macro' }).click();
    await form.getByText('The text uses a variable the console cannot fill', { exact: false }).waitFor();
    // The browser logs the refused request; that one is expected.
    expect(errors.splice(0)).toEqual([expect.stringContaining('400 (Bad Request)')]);
    await form.getByRole('textbox', { name: 'Text (Chinese)' }).fill('{{requester.name}}您好，请重置密码。');
    await form.getByRole('combobox', { name: 'Set status on send' }).click();
    await page.getByRole('option', { name: 'Waiting on customer' }).click();
    await form.getByRole('button', { name: 'Create macro' }).click();
    await page.getByRole('dialog', { name: 'Macros' }).locator('[data-macro="Login help"]').getByText('Personal').waitFor();
    await screenshot(page, 'agent-console-macros-dialog');
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached' });

    await page.keyboard.press('r');
    await expect.poll(() => composer().getAttribute('data-mode')).toBe('public_reply');
    await page.getByRole('combobox', { name: 'Canned reply' }).click();
    await page.getByRole('option', { name: 'Login help' }).click();
    await expect.poll(() => composer().inputValue()).toBe(`Hi 小明, about "无法登录" (#${web.number}): please reset your password. Wang Fang`);
    await page.getByTestId('macro-actions').getByText('status → Waiting on customer', { exact: false }).waitFor();
    await screenshot(page, 'agent-console-macro');
    await composer().press('Control+Enter');
    await page.locator('[data-kind="public_reply"]').filter({ hasText: 'please reset your password' }).waitFor();
    await expect.poll(async () => (await asAgent(`/tickets/${web.id}`)).status).toBe('pending_customer');
    expect(errors).toEqual([]);
  });

  it('shows a grey SLA badge while the clock runs and a red one once breached, in the list and the header', async () => {
    await page.goto(`/tickets/${chat.id}?view=open`);
    const badge = row(chat.number).getByTestId('sla-badge');
    await expect.poll(() => badge.getAttribute('data-sla-state')).toBe('running');
    await expect(badge.getAttribute('style')).resolves.toContain('gray');

    (server.app.clock as FakeClock).advance(2 * 60_000);
    await page.reload();
    await expect.poll(() => badge.getAttribute('data-sla-state')).toBe('breached');
    await expect(badge.getAttribute('style')).resolves.toContain('red');
    await expect(badge.textContent()).resolves.toBe('Overdue');
    const header = page.getByTestId('ticket-detail').getByTestId('sla-badge');
    await expect.poll(() => header.getAttribute('data-sla-state')).toBe('breached');
    await expect(header.textContent()).resolves.toBe('First response overdue');
    await screenshot(page, 'agent-console-sla-badges');

    // In Chinese.
    await page.getByTestId('language-switcher').getByText('中文').click();
    await expect.poll(() => badge.textContent()).toBe('已超时');
    await expect.poll(() => header.textContent()).toBe('首次响应已超时');
    await expect.poll(() => page.getByRole('combobox', { name: '在岗情况' }).inputValue()).toBe('在线');
    await page.getByRole('combobox', { name: '快捷回复' }).click();
    await page.getByRole('option', { name: '问候' }).click();
    await expect.poll(() => composer().inputValue()).toContain(`小明您好，感谢您就工单 #${chat.number} 联系我们`);
    await page.getByTestId('language-switcher').getByText('English').click();
    expect(errors).toEqual([]);
  });
});
