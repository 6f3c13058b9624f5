import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { signIn, type SignedIn } from '../../../test/helpers/auth';
import { createTestApp, type TestApp } from '../../../test/helpers/test-app';
import { FakeClock } from '../../platform/clock';
import { startEmailJobs, type EmailChannel } from './email.jobs';
import { emailMessages } from './email.schema';
import { until } from './email.test-kit';
import type { Mailer, OutboundMail } from './outbound/mailer';
import { deliverDue, queueReply } from './outbound/outbound.service';

// The outbox: a reply is queued once, sent once, retried after a failure and after a restart.

class FakeMailer implements Mailer {
  sent: OutboundMail[] = [];
  failNext = 0;
  delayMs = 0;
  async send(mail: OutboundMail) {
    if (this.delayMs) await new Promise((resolve) => setTimeout(resolve, this.delayMs));
    if (this.failNext > 0) {
      this.failNext--;
      throw new Error('421 try again later');
    }
    this.sent.push(mail);
  }
  close() {}
}

describe('email outbox', () => {
  let t: TestApp;
  let clock: FakeClock;
  let admin: SignedIn;
  let dataDir: string;
  let customerId: string;
  const channels: EmailChannel[] = [];

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'gh-outbox-'));
    clock = new FakeClock('2026-06-01T10:00:00Z');
    // No SMTP_HOST: the runtime's own channel sends nothing; each test starts one with a fake mailer.
    t = await createTestApp({ clock, env: { DATA_DIR: dataDir, EMAIL_FROM: 'support@game.example' } });
    admin = await signIn(t, 'admin');
    const res = await api('POST', '/customers', { displayName: '夜雨', identities: [{ type: 'email', value: 'yeyu@player.example' }] });
    customerId = res.json().id;
  });
  // One channel at a time: each test's subscriber alone reacts to its replies.
  beforeEach(async () => {
    for (const c of channels.splice(0)) await c.stop();
  });
  afterAll(async () => {
    for (const c of channels) await c.stop();
    await t.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  function api(method: 'GET' | 'POST', url: string, body?: unknown) {
    return t.app.inject({ method, url: `/api/v1${url}`, headers: admin.headers, ...(body === undefined ? {} : { payload: body as object }) });
  }
  async function start(mailer: Mailer) {
    const channel = await startEmailJobs(t.deps, { mailer });
    channels.push(channel);
    return channel;
  }
  async function reply(channel: string, body: string) {
    const ticket = (await api('POST', '/tickets', { subject: '登录失败', channel, requesterId: customerId })).json();
    const message = (await api('POST', `/tickets/${ticket.id}/messages`, { kind: 'public_reply', body })).json();
    return { ticket, message };
  }
  const rowOf = async (ticketMessageId: string) =>
    (await t.deps.database.db.select().from(emailMessages).where(eq(emailMessages.ticketMessageId, ticketMessageId)))[0];

  it('retries a refused mail after its back-off and after a restart, and sends it once', async () => {
    const first = new FakeMailer();
    first.failNext = 1;
    const channel = await start(first);
    const { ticket, message } = await reply('email', '请重置密码后再试。');
    const failed = await until(async () => {
      const row = await rowOf(message.id);
      return row?.lastError ? row : undefined;
    }, 'the failed attempt');
    expect(failed).toMatchObject({ sentAt: null, attempts: 1, lastError: '421 try again later', toAddress: 'yeyu@player.example' });
    expect(first.sent).toHaveLength(0);
    const log = (await api('GET', `/tickets/${ticket.id}/emails`)).json().items;
    expect(log).toEqual([expect.objectContaining({ direction: 'out', kind: 'reply', status: 'retrying', attempts: 1, lastError: '421 try again later', to: 'y***@player.example' })]);

    // A restart: the old channel is gone; the new one sweeps at start but the back-off holds.
    await channel.stop();
    const second = new FakeMailer();
    const restarted = await start(second);
    await restarted.startup;
    expect(await deliverDue(restarted.deps)).toEqual({ sent: 0, failed: 0 });
    clock.advance(61_000);
    expect(await deliverDue(restarted.deps)).toEqual({ sent: 1, failed: 0 });
    expect(await deliverDue(restarted.deps)).toEqual({ sent: 0, failed: 0 });
    expect(second.sent).toHaveLength(1);
    expect(second.sent[0]).toMatchObject({ to: 'yeyu@player.example', subject: `[#${ticket.number}] 登录失败`, inReplyTo: null, headers: { 'X-Loop': 'support@game.example' } });
    expect(second.sent[0]!.text).toContain('请重置密码后再试。');
    expect((await rowOf(message.id))?.sentAt).not.toBeNull();

    // The same event again (another node, a re-delivery) queues nothing.
    expect(await queueReply(restarted.deps, ticket.id, message.id)).toBeNull();
    await t.deps.bus.publish('ticket.message_added', { ticketId: ticket.id, messageId: message.id, kind: 'public_reply', authorType: 'user', mentions: [] });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(second.sent).toHaveLength(1);
  });

  it('sends, at the next start, a reply whose event no subscriber saw (a crash after the commit)', async () => {
    const { ticket, message } = await reply('email', '进程重启前写的回复'); // no channel is running
    expect(await rowOf(message.id)).toBeUndefined();
    const mailer = new FakeMailer();
    const channel = await start(mailer);
    await channel.startup;
    expect(mailer.sent.map((m) => m.subject)).toEqual([`[#${ticket.number}] 登录失败`]);
    expect((await rowOf(message.id))?.sentAt).not.toBeNull();
  });

  it('never lets two senders send the same mail', async () => {
    const mailer = new FakeMailer();
    const channel = await start(mailer);
    await channel.startup;
    await channel.stop(); // queue by hand, then race two sweeps
    const { ticket, message } = await reply('email', '两个节点同时发送');
    const id = await queueReply(channel.deps, ticket.id, message.id);
    expect(id).not.toBeNull();
    mailer.delayMs = 50;
    const results = await Promise.all([deliverDue(channel.deps), deliverDue(channel.deps)]);
    expect(results.reduce((n, r) => n + r.sent, 0)).toBe(1);
    expect(mailer.sent.filter((m) => m.text.includes('两个节点同时发送'))).toHaveLength(1);
  });

  it('mails replies of email tickets only, never internal notes', async () => {
    const mailer = new FakeMailer();
    await start(mailer);
    const { message } = await reply('web', 'web ticket reply');
    const emailTicket = (await api('POST', '/tickets', { subject: '内部', channel: 'email', requesterId: customerId })).json();
    const note = (await api('POST', `/tickets/${emailTicket.id}/messages`, { kind: 'internal_note', body: 'internal only' })).json();
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(await rowOf(message.id)).toBeUndefined();
    expect(await rowOf(note.id)).toBeUndefined();
    expect(mailer.sent.map((m) => m.text).join()).not.toMatch(/web ticket reply|internal only/);
  });
});
