import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testIp } from '../../../test/helpers/auth';
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
