import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiKey, signIn, testIp } from '../../../test/helpers/auth';
import { webhookReceiver } from '../../../test/helpers/webhook-receiver';
import { verifySignature } from '../../platform/webhooks/signature';
import { deliverDue } from '../../platform/webhooks/webhooks.service';
import { ingestEvents } from '../events/ingest.service';
import { ticketsKit, type TicketsKit } from '../tickets/tickets.test-kit';

let k: TicketsKit;
let owner: string;
let secret: string;
let receiver: Awaited<ReturnType<typeof webhookReceiver>>;
const hooks = () => receiver.received;

const pub = (body: object, ip = testIp()) => k.t.app.inject({ method: 'POST', url: '/api/v1/public/appeals', remoteAddress: ip, payload: body });
const genuine = {
  gameAccount: 'acc-owned',
  contactEmail: 'me-now@example.com',
  claimedPhone: '138 0013 8000',
  recentLogins: [{ at: '2026-05-30T20:00:00Z', region: 'Shanghai' }],
  lastRecharge: { orderId: 'ORD-9', amount: 68 },
  creationRegion: 'Shanghai',
  description: '账号被盗，绑定手机被改了',
};

beforeAll(async () => {
  k = await ticketsKit('2026-06-01T10:00:00Z');
  receiver = await webhookReceiver(() => 200);
  secret = (await k.api('POST', '/webhook-endpoints', { name: 'Game', url: receiver.url, events: ['appeal.approved'] })).json().secret;
  owner = (await k.api('POST', '/customers', { displayName: '号主', identities: [{ type: 'game_account', value: 'acc-owned' }, { type: 'phone', value: '13800138000' }] })).json().id;
  const customer = { gameAccount: { id: 'acc-owned' } };
  await ingestEvents(
    k.t.deps,
    [
      { id: 'l1', type: 'login', occurredAt: '2026-05-01T09:00:00Z', customer, data: { device: 'iPhone', region: 'Shanghai' } },
      { id: 'l2', type: 'login', occurredAt: '2026-05-30T21:00:00Z', customer, data: { device: 'iPhone', region: 'Shanghai' } },
      { id: 'r1', type: 'recharge', occurredAt: '2026-05-20T09:00:00Z', customer, data: { orderId: 'ORD-9', amount: '68.00', currency: 'CNY', channel: 'alipay', status: 'paid' } },
    ] as never,
    { source: 'test', createUnknownCustomers: false },
  );
});
afterAll(async () => {
  await k.t.close();
  await receiver.close();
});

describe('account appeals', () => {
  let ticketId: string;

  it('files the appeal and tells the appellant nothing about the account', async () => {
    const res = await pub(genuine);
    expect(res.statusCode, res.body).toBe(201);
    expect(Object.keys(res.json()).sort()).toEqual(['number', 'statusUrl', 'token']);
    const stranger = await pub({ ...genuine, gameAccount: 'acc-nobody', claimedPhone: '13900000000' });
    expect(stranger.statusCode).toBe(201);
    expect(Object.keys(stranger.json()).sort()).toEqual(['number', 'statusUrl', 'token']);
    ticketId = (await k.api('GET', `/tickets?number=${res.json().number}`, undefined, k.supervisor)).json().items[0].id;
  });

  it('shows the agent a checklist with the evidence score', async () => {
    const res = await k.api('GET', `/tickets/${ticketId}/appeal`, undefined, k.supervisor);
    expect(res.statusCode, res.body).toBe(200);
    const appeal = res.json();
    expect(appeal).toMatchObject({ gameAccount: 'acc-owned', accountCustomerId: owner, score: 100, status: 'open' });
    expect(Object.fromEntries(appeal.checks.map((c: { name: string; status: string }) => [c.name, c.status]))).toEqual({
      bound_phone: 'match',
      bound_email: 'no_claim',
      recent_logins: 'match',
      last_recharge: 'match',
      creation_region: 'match',
    });
    const ticket = (await k.api('GET', `/tickets/${ticketId}`, undefined, k.supervisor)).json();
    expect(ticket).toMatchObject({ priority: 'high', categoryId: '01930000-0000-7000-8000-0000000000c1', tags: ['appeal'] });
  });

  it('a wrong claim lowers the score', async () => {
    const res = await pub({ ...genuine, claimedPhone: '13900000000', lastRecharge: { orderId: 'ORD-1' } });
    const id = (await k.api('GET', `/tickets?number=${res.json().number}`, undefined, k.supervisor)).json().items[0].id;
    // Phone (30) and recharge (25) wrong, logins (15) and region (10) right: 25 of 80.
    expect((await k.api('GET', `/tickets/${id}/appeal`, undefined, k.supervisor)).json().score).toBe(31);
  });

  it('limits appeals per account to three a day', async () => {
    expect((await pub(genuine)).statusCode).toBe(201);
    const res = await pub(genuine);
    expect(res.statusCode).toBe(429);
    expect(res.json().code).toBe('appeal_rate_limited');
  });

  it('asks for more, then approves: the game hears the signed webhook, the appellant a plain answer', async () => {
    expect((await k.api('POST', `/tickets/${ticketId}/appeal/decision`, { decision: 'approve', reason: 'x' }, k.agentA)).statusCode).toBe(403);
    const more = await k.api('POST', `/tickets/${ticketId}/appeal/decision`, { decision: 'more_info', reason: '需要截图' }, k.supervisor);
    expect(more.json().status).toBe('more_info');
    expect((await k.api('GET', `/tickets/${ticketId}`, undefined, k.supervisor)).json().status).toBe('pending_customer');
    k.clock.advance(60_000);
    const approved = await k.api('POST', `/tickets/${ticketId}/appeal/decision`, { decision: 'approve', reason: '证据充分' }, k.supervisor);
    expect(approved.statusCode, approved.body).toBe(200);
    expect(approved.json()).toMatchObject({ status: 'approved', decisionReason: '证据充分', decidedBy: `user:${k.supervisor.user.id}` });
    expect((await k.api('POST', `/tickets/${ticketId}/appeal/decision`, { decision: 'reject', reason: 'late' }, k.supervisor)).json().code).toBe('appeal_decided');

    const replies = (await k.api('GET', `/tickets/${ticketId}/messages`, undefined, k.supervisor)).json().items.filter((m: { kind: string; authorType: string }) => m.kind === 'public_reply' && m.authorType === 'user');
    expect(replies).toHaveLength(2);
    expect(replies[1].body).toContain('appeal is approved');
    for (const r of replies) expect(r.body).not.toMatch(/138|ORD-9|Shanghai|100/);

    expect((await deliverDue(k.t.deps)).delivered).toBe(1);
    const hook = hooks()[0]!;
    expect(verifySignature(secret, hook.body, hook.headers['x-guildhall-signature'] as string, k.clock.now())).toEqual({ ok: true });
    expect(JSON.parse(hook.body).data).toMatchObject({ gameAccount: 'acc-owned', customerId: owner, action: 'reset_bindings', contactEmail: 'me-now@example.com' });
  });
});

describe('the appeals list', () => {
  type Row = { id: string; ticketId: string; ticketNumber: number; gameAccount: string; status: string; score: number };
  const list = async (query = '', as = k.supervisor) => {
    const res = await k.api('GET', `/appeals${query}`, undefined, as);
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as { items: Row[]; nextCursor: string | null };
  };

  it('lists every appeal with its ticket, oldest first, in one page or page by page', async () => {
    const all = (await list()).items;
    // Filed above: three for acc-owned (one approved), one for acc-nobody.
    expect(all.map((a) => a.gameAccount).sort()).toEqual(['acc-nobody', 'acc-owned', 'acc-owned', 'acc-owned']);
    const approved = all.find((a) => a.status === 'approved')!;
    const ticket = (await k.api('GET', `/tickets/${approved.ticketId}`, undefined, k.supervisor)).json();
    expect(approved).toMatchObject({ ticketNumber: ticket.number, ticketStatus: 'resolved', ticketPriority: 'high', score: 100, decidedAt: expect.any(String) });
    expect(Object.keys(approved)).not.toContain('claims');

    const first = await list('?limit=3');
    expect(first.items).toHaveLength(3);
    const second = await list(`?limit=3&cursor=${first.nextCursor}`);
    expect(second.nextCursor).toBeNull();
    expect([...first.items, ...second.items].map((a) => a.id)).toEqual(all.map((a) => a.id));
    expect((await list('?sort=-createdAt')).items.map((a) => a.id)).toEqual(all.map((a) => a.id).reverse());
  });

  it('filters by status, one or several', async () => {
    expect((await list('?status=approved')).items.map((a) => a.gameAccount)).toEqual(['acc-owned']);
    const waiting = (await list('?status=open&status=more_info')).items;
    expect(waiting).toHaveLength(3);
    expect(new Set(waiting.map((a) => a.status))).toEqual(new Set(['open']));
    expect((await list('?status=rejected')).items).toEqual([]);
  });

  it('shows only appeals on tickets the caller sees, and only to ticket readers', async () => {
    // The appeals' tickets are in no department: agents of department A see none of them.
    expect((await list('', k.agentA)).items).toEqual([]);
    const staff = await signIn(k.t, 'store_staff');
    expect((await k.api('GET', '/appeals', undefined, staff)).json()).toMatchObject({ status: 403, code: 'forbidden' });
    const key = await createApiKey(k.t, ['tickets:read', 'tickets:read_all']);
    expect((await k.api('GET', '/appeals?status=approved', undefined, key.headers)).json().items).toHaveLength(1);
  });

  it('refuses a bad status, sort or cursor with a stable code', async () => {
    expect((await k.api('GET', '/appeals?status=lost', undefined, k.supervisor)).json()).toMatchObject({ status: 400, code: 'validation_failed' });
    expect((await k.api('GET', '/appeals?sort=score', undefined, k.supervisor)).json()).toMatchObject({ status: 400, code: 'validation_failed' });
    expect((await k.api('GET', '/appeals?cursor=bm9wZQ', undefined, k.supervisor)).json()).toMatchObject({ status: 400, code: 'invalid_cursor' });
  });

  it('answers 404 for the appeal of a ticket that has none', async () => {
    const plain = await k.ticket();
    expect((await k.api('GET', `/tickets/${plain.id}/appeal`, undefined, k.supervisor)).json()).toMatchObject({ status: 404, code: 'appeal_not_found' });
  });
});
