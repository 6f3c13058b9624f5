import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn, testIp, type SignedIn } from '../../../test/helpers/auth';
import { portalKit, type PortalKit } from './portal.test-kit';

let k: PortalKit;
let agent: SignedIn;
beforeAll(async () => {
  k = await portalKit();
  agent = await signIn(k.t, 'supervisor', { name: 'Li Na' });
});
afterAll(async () => k.t.close());

async function generic(over: Record<string, unknown> = {}) {
  const res = await k.pub('POST', '/public/tickets', { email: 'Player@Example.com', subject: '无法登录', description: '登录时提示密码错误', category: 'account_security', ...over });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { number: number; token: string; statusUrl: string };
}
const idOf = async (number: number) => (await k.staff('GET', `/tickets?number=${number}`)).json().items[0].id as string;

describe('public forms', () => {
  it('lists the recharge form and the general form with the active top-level categories', async () => {
    const res = await k.pub('GET', '/public/forms');
    expect(res.statusCode).toBe(200);
    const items = res.json().items;
    expect(items.map((f: any) => f.code)).toEqual(['recharge-not-received', 'general']);
    expect(items[0].categories).toEqual([{ code: 'recharge_payment', nameZh: '充值与支付', nameEn: expect.any(String) }]);
    expect(items[1].categories.map((c: any) => c.code)).toEqual(expect.arrayContaining(['account_security', 'technical', 'other']));
  });

  it('files a general ticket on the web channel and refuses unknown categories', async () => {
    const { number, token } = await generic();
    const ticket = (await k.staff('GET', `/tickets/${await idOf(number)}`)).json();
    expect(ticket).toMatchObject({ channel: 'web', subject: '无法登录', status: 'new' });
    expect(token).toMatch(/^[0-9a-f]{32}\./);
    const bad = await k.pub('POST', '/public/tickets', { email: 'a@example.com', subject: 'x', description: 'y', category: 'no_such' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().code).toBe('portal_category_unavailable');
  });
});

describe('status page', () => {
  it('shows the public conversation only, staff by display name', async () => {
    const { number, token } = await generic();
    const id = await idOf(number);
    await k.staff('POST', `/tickets/${id}/messages`, { kind: 'internal_note', body: 'SECRET internal: check the IP 10.0.0.1' }, agent);
    await k.staff('POST', `/tickets/${id}/messages`, { kind: 'public_reply', body: '请重置密码后再试' }, agent);
    const res = await k.pub('GET', `/public/tickets/${token}`);
    expect(res.statusCode).toBe(200);
    const view = res.json();
    expect(view).toMatchObject({ number, subject: '无法登录', status: 'open', csat: { open: false, given: null } });
    expect(view.messages).toEqual([expect.objectContaining({ from: 'agent', authorName: 'Li Na', body: '请重置密码后再试' })]);
    expect(res.body).not.toContain('SECRET');
    expect(res.body).not.toContain(agent.user.email);
  });

  it('answers 404 for a tampered, malformed or foreign token', async () => {
    const { token } = await generic();
    const flipped = token.slice(0, -1) + (token.endsWith('A') ? 'B' : 'A');
    const otherId = token.replace(/^./, (c) => (c === '0' ? '1' : '0'));
    for (const bad of [flipped, otherId, 'nonsense', `${token}.x`]) {
      const res = await k.pub('GET', `/public/tickets/${encodeURIComponent(bad)}`);
      expect(res.statusCode, bad).toBe(404);
      expect(res.json().code).toBe('portal_ticket_not_found');
      expect((await k.pub('POST', `/public/tickets/${encodeURIComponent(bad)}/messages`, { body: 'hi' })).statusCode).toBe(404);
    }
  });

  it('finds the link by email and ticket number, and nothing with another email', async () => {
    const { number, token } = await generic();
    const ok = await k.pub('POST', '/public/tickets/lookup', { email: 'player@example.COM', number });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ number, token });
    for (const body of [{ email: 'other@example.com', number }, { email: 'player@example.com', number: 99_999_999 }]) {
      const res = await k.pub('POST', '/public/tickets/lookup', body);
      expect(res.statusCode).toBe(404);
      expect(res.json().code).toBe('portal_ticket_not_found');
    }
  });

  it('lets the player write back, which reopens a ticket waiting on them', async () => {
    const { number, token } = await generic();
    const id = await idOf(number);
    await k.staff('POST', `/tickets/${id}/messages`, { kind: 'public_reply', body: 'Which server?', status: 'pending_customer' }, agent);
    k.clock.advance(1000);
    const res = await k.pub('POST', `/public/tickets/${token}/messages`, { body: '电信一区' });
    expect(res.statusCode, res.body).toBe(201);
    const staffView = (await k.staff('GET', `/tickets/${id}`)).json();
    expect(staffView.status).toBe('open');
    const last = (await k.staff('GET', `/tickets/${id}/messages`)).json().items.at(-1);
    expect(last).toMatchObject({ kind: 'customer_message', authorType: 'customer', authorCustomerId: staffView.requesterId, body: '电信一区' });
    const view = (await k.pub('GET', `/public/tickets/${token}`)).json();
    expect(view.messages.at(-1)).toMatchObject({ from: 'player', body: '电信一区', authorName: null });
  });

  it('refuses messages on a closed ticket and empty bodies', async () => {
    const { number, token } = await generic();
    const id = await idOf(number);
    expect((await k.pub('POST', `/public/tickets/${token}/messages`, { body: '   ' })).statusCode).toBe(400);
    await k.staff('PATCH', `/tickets/${id}`, { status: 'resolved' }, agent);
    await k.staff('PATCH', `/tickets/${id}`, { status: 'closed' }, agent);
    const res = await k.pub('POST', `/public/tickets/${token}/messages`, { body: 'still there?' });
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('ticket_closed');
  });
});

describe('rate limit', () => {
  it('answers 429 rate_limited past the per-minute limit of one address', async () => {
    const ip = testIp();
    const codes: number[] = [];
    for (let i = 0; i < 21; i++) codes.push((await k.pub('GET', '/public/forms', undefined, ip)).statusCode);
    expect(codes.slice(0, 20).every((c) => c === 200)).toBe(true);
    expect(codes[20]).toBe(429);
    const limited = await k.pub('GET', '/public/forms', undefined, ip);
    expect(limited.headers['content-type']).toContain('application/problem+json');
    expect(limited.json().code).toBe('rate_limited');
    expect((await k.pub('GET', '/public/forms', undefined, testIp())).statusCode).toBe(200);
  });
});
