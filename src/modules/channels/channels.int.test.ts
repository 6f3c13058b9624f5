import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testIp } from '../../../test/helpers/auth';
import { webhookReceiver } from '../../../test/helpers/webhook-receiver';
import { signPayload, verifySignature } from '../../platform/webhooks/signature';
import { deliverDue } from '../../platform/webhooks/webhooks.service';
import { ticketsKit, type TicketsKit } from '../tickets/tickets.test-kit';

let k: TicketsKit;
let receiver: Awaited<ReturnType<typeof webhookReceiver>>;
let integration: { id: string; secret: string };
let outSecret: string;

beforeAll(async () => {
  k = await ticketsKit('2026-06-01T10:00:00Z');
  receiver = await webhookReceiver();
  outSecret = (await k.api('POST', '/webhook-endpoints', { name: 'Forum bot', url: receiver.url, events: ['ticket.reply'] })).json().secret;
  const res = await k.api('POST', '/channel-integrations', { channel: 'forum', name: '官方论坛' });
  expect(res.statusCode, res.body).toBe(201);
  integration = res.json();
});
afterAll(async () => {
  await k.t.close();
  await receiver.close();
});

const post = (body: object, secret = integration.secret, at = k.clock.now()) => {
  const raw = JSON.stringify(body);
  return k.t.app.inject({ method: 'POST', url: `/api/v1/inbound/${integration.id}`, remoteAddress: testIp(), headers: { 'content-type': 'application/json', 'x-guildhall-signature': signPayload(secret, raw, at) }, payload: raw });
};
const first = { threadId: 't-1', messageId: 'm-1', author: { gameAccount: 'acc-forum', name: '论坛玩家' }, subject: '排位匹配太慢', text: '晚上排位要等十分钟' };

describe('forum, official account and in-game channels', () => {
  let ticketId: string;

  it('refuses a wrong or old signature and stores nothing', async () => {
    expect((await post(first, 'whsec_wrong')).json().code).toBe('invalid_webhook_signature');
    expect((await post(first, integration.secret, new Date(k.clock.now().getTime() - 600_000))).statusCode).toBe(401);
    expect((await k.api('GET', '/tickets?channel=forum', undefined, k.supervisor)).json().items).toEqual([]);
  });

  it('opens a ticket on the first post of a thread; later posts join it once', async () => {
    const res = await post(first);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ created: true, duplicate: false });
    ticketId = res.json().ticketId;
    expect((await k.api('GET', `/tickets/${ticketId}`, undefined, k.supervisor)).json()).toMatchObject({ channel: 'forum', subject: '排位匹配太慢', tags: ['forum'] });
    const again = { ...first, messageId: 'm-2', text: '今天还是很慢' };
    expect((await post(again)).json()).toMatchObject({ ticketId, created: false, duplicate: false });
    expect((await post(again)).json()).toMatchObject({ ticketId, duplicate: true });
    const messages = (await k.api('GET', `/tickets/${ticketId}/messages`, undefined, k.supervisor)).json().items;
    expect(messages.filter((m: { kind: string }) => m.kind === 'customer_message').map((m: { body: string; channel: string }) => [m.body, m.channel])).toEqual([['今天还是很慢', 'forum']]);
  });

  it("sends an agent's reply back to the forum, signed, with the thread", async () => {
    const reply = await k.api('POST', `/tickets/${ticketId}/messages`, { kind: 'public_reply', body: '您好，我们已反馈给匹配团队。' }, k.supervisor);
    expect(reply.statusCode, reply.body).toBe(201);
    await k.api('POST', `/tickets/${ticketId}/messages`, { kind: 'internal_note', body: '不要外发' }, k.supervisor);
    let delivered = 0;
    for (let i = 0; i < 50 && delivered === 0; i++) {
      await new Promise((r) => setTimeout(r, 20));
      delivered = (await deliverDue(k.t.deps)).delivered;
    }
    expect(receiver.received).toHaveLength(1);
    const hook = receiver.received[0]!;
    expect(verifySignature(outSecret, hook.body, hook.headers['x-guildhall-signature'] as string, k.clock.now())).toEqual({ ok: true });
    expect(JSON.parse(hook.body)).toMatchObject({ event: 'ticket.reply', data: { integrationId: integration.id, channel: 'forum', threadId: 't-1', ticketId, text: '您好，我们已反馈给匹配团队。' } });
  });

  it('only admins connect channels', async () => {
    expect((await k.api('POST', '/channel-integrations', { channel: 'social', name: 'x' }, k.agentA)).statusCode).toBe(403);
    expect((await k.api('POST', '/channel-integrations', { channel: 'fax', name: 'x' })).statusCode).toBe(400);
  });
});
