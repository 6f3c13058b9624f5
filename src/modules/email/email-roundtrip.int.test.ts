import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn } from '../../../test/helpers/auth';
import { emailKit, header, SUPPORT, until, type EmailKit } from './email.test-kit';

// The round trip with real sockets: nodemailer → our SMTP listener → ticket (+ acknowledgement
// received) → agent reply → our nodemailer → the customer's mailbox → customer's reply → same ticket.

const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489', 'hex');
const LINA = 'lina@player.example';

describe('email channel round trip', () => {
  let k: EmailKit;
  let ticket: { id: string; number: number };
  const firstId = '<first-0001@player.example>';

  beforeAll(async () => {
    k = await emailKit();
  });
  afterAll(() => k.close());

  const emailTickets = async () => (await k.api('GET', '/tickets?channel=email&limit=50')).json().items as any[];
  const messagesOf = async (id: string) => (await k.api('GET', `/tickets/${id}/messages`)).json().items as any[];

  it('opens a ticket for a new mail, keeps its attachment and acknowledges it with the number', async () => {
    await k.send({
      from: `李娜 <${LINA}>`,
      subject: '充值未到账',
      text: '我昨天充值了 68 元，但是钻石没有到账。',
      messageId: firstId,
      attachments: [{ filename: '截图.png', content: PNG, contentType: 'image/png' }],
    });
    const [created] = await until(async () => {
      const items = await emailTickets();
      return items.length > 0 && items;
    }, 'the ticket');
    ticket = created;
    expect(created).toMatchObject({ subject: '充值未到账', channel: 'email', status: 'new' });
    const full = (await k.api('GET', `/tickets/${created.id}`)).json();
    expect(full.description).toBe('我昨天充值了 68 元，但是钻石没有到账。');

    const customer = (await k.api('GET', `/customers/${created.requesterId}`)).json();
    expect(customer.displayName).toBe('李娜');
    expect(customer.identities.map((i: any) => i.type)).toEqual(['email']);

    const ack = await until(() => k.mailbox.mails.find((m) => m.subject?.includes(`[#${created.number}]`)), 'the acknowledgement');
    expect(ack.subject).toBe(`[#${created.number}] 充值未到账`);
    expect(ack.to && 'value' in ack.to ? ack.to.value[0]!.address : '').toBe(LINA);
    expect(ack.inReplyTo).toBe(firstId);
    expect(header(ack, 'auto-submitted')).toBe('auto-replied');
    expect(ack.text).toContain(`#${created.number}`);

    const attachments = (await k.api('GET', `/tickets/${created.id}/attachments`)).json().items;
    expect(attachments).toEqual([expect.objectContaining({ filename: '截图.png', contentType: 'image/png', size: PNG.length, messageId: null })]);
    const download = await k.api('GET', `/tickets/${created.id}/attachments/${attachments[0].id}`);
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-type']).toBe('image/png');
    expect(String(download.headers['content-disposition'])).toContain(`filename*=UTF-8''${encodeURIComponent('截图.png')}`);
    expect(Buffer.compare(download.rawPayload, PNG)).toBe(0);
  });

  it('mails an agent reply threaded under the customer mail, and threads the customer answer back', async () => {
    const before = k.mailbox.mails.length;
    k.clock.advance(60_000);
    const res = await k.api('POST', `/tickets/${ticket.id}/messages`, { kind: 'public_reply', body: '您好，请提供订单号。', status: 'pending_customer' });
    expect(res.statusCode, res.body).toBe(201);
    const reply = await until(() => k.mailbox.mails.slice(before).find((m) => m.text?.includes('请提供订单号')), 'the reply mail');
    expect(reply.subject).toBe(`[#${ticket.number}] 充值未到账`);
    expect(reply.inReplyTo).toBe(firstId);
    expect(reply.references).toEqual(expect.arrayContaining([firstId]));
    expect(header(reply, 'auto-submitted')).toBe('');
    const replyId = reply.messageId!;
    expect(replyId).toMatch(/@game\.example>$/);

    // The customer answers that mail: quoted history below "在 … 写道：" is left out.
    await k.send({
      from: LINA,
      subject: `Re: ${reply.subject}`,
      text: `订单号是 GH-20260601-77。\n\n在 2026年6月1日 10:00，${SUPPORT} 写道：\n> 您好，请提供订单号。`,
      messageId: '<second-0002@player.example>',
      inReplyTo: replyId,
      references: [firstId, replyId],
    });
    const answer = await until(async () => (await messagesOf(ticket.id)).find((m) => m.kind === 'customer_message'), 'the customer message');
    expect(answer).toMatchObject({ authorType: 'customer', body: '订单号是 GH-20260601-77。', channel: 'email' });
    const after = (await k.api('GET', `/tickets/${ticket.id}`)).json();
    expect(after.status).toBe('open'); // the customer writing back reopens a pending ticket
    expect(await emailTickets()).toHaveLength(1);

    // The mail log: both ways, delivery status, customer addresses masked.
    const log = (await k.api('GET', `/tickets/${ticket.id}/emails`)).json().items;
    expect(log.map((m: any) => [m.direction, m.kind, m.status])).toEqual([
      ['in', 'new_ticket', 'received'],
      ['out', 'ack', 'sent'],
      ['out', 'reply', 'sent'],
      ['in', 'reply', 'received'],
    ]);
    expect(log[0]).toMatchObject({ from: 'l***@player.example', to: SUPPORT, messageId: 'first-0001@player.example' });
    expect(log[2]).toMatchObject({ from: SUPPORT, to: 'l***@player.example', messageId: replyId.slice(1, -1), ticketMessageId: res.json().id });
  });

  it('stores a re-delivered mail once', async () => {
    const again = { from: LINA, subject: 'Re: again', text: '补充：是安卓手机。', messageId: '<third-0003@player.example>', inReplyTo: firstId };
    await k.send(again);
    await until(async () => (await messagesOf(ticket.id)).filter((m) => m.kind === 'customer_message').length === 2, 'the second customer message');
    await k.send(again);
    await k.send({ ...again, from: LINA }); // a third copy through a new connection
    const customer = (await messagesOf(ticket.id)).filter((m) => m.kind === 'customer_message');
    expect(customer.map((m) => m.body)).toEqual(['订单号是 GH-20260601-77。', '补充：是安卓手机。']);
  });

  it('drops auto-replies and loops: no message, no ticket, no acknowledgement', async () => {
    const mailsBefore = k.mailbox.mails.length;
    await k.send({ from: LINA, subject: '自动回复: 充值未到账', text: '我正在休假。', inReplyTo: firstId, headers: { 'Auto-Submitted': 'auto-replied' } });
    await k.send({ from: 'MAILER-DAEMON@mx.player.example', subject: 'Undelivered Mail', text: 'bounce' });
    await k.send({ from: LINA, subject: 'Out of office', text: 'away', headers: { 'X-Loop': SUPPORT } });
    await k.send({ from: SUPPORT, subject: 'our own mail', text: 'loop' });
    expect((await messagesOf(ticket.id)).filter((m) => m.kind === 'customer_message')).toHaveLength(2);
    expect(await emailTickets()).toHaveLength(1);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(k.mailbox.mails.length).toBe(mailsBefore);
  });

  it('threads by the [#number] in the subject only for the ticket’s own requester', async () => {
    await k.send({ from: LINA, subject: `Re: [#${ticket.number}] 充值未到账`, text: '还没到账吗？', messageId: '<fourth-0004@player.example>' });
    await until(async () => (await messagesOf(ticket.id)).some((m) => m.body === '还没到账吗？'), 'the subject-threaded message');

    await k.send({ from: 'other@player.example', subject: `[#${ticket.number}] 我也没到账`, text: '同样的问题', messageId: '<other-0001@player.example>' });
    const tickets = await until(async () => {
      const items = await emailTickets();
      return items.length === 2 && items;
    }, 'a second ticket');
    const other = tickets.find((x) => x.subject === `[#${ticket.number}] 我也没到账`);
    expect(other).toBeDefined();
    await until(() => k.mailbox.mails.find((m) => m.subject === `[#${other.number}] 我也没到账`), 'its own acknowledgement');
    expect((await messagesOf(ticket.id)).some((m) => m.body === '同样的问题')).toBe(false);
  });

  it('opens a linked follow-up when the customer writes to a closed ticket', async () => {
    for (const status of ['resolved', 'closed']) expect((await k.api('PATCH', `/tickets/${ticket.id}`, { status })).statusCode).toBe(200);
    await k.send({ from: LINA, subject: 'Re: 充值未到账', text: '又出现同样的问题了。', messageId: '<fifth-0005@player.example>', inReplyTo: firstId, references: [firstId] });
    const followUp = await until(async () => (await emailTickets()).find((x) => x.tags.includes('follow_up')), 'the follow-up ticket');
    expect(followUp.requesterId).toBe((await k.api('GET', `/tickets/${ticket.id}`)).json().requesterId);
    const full = (await k.api('GET', `/tickets/${followUp.id}`)).json();
    expect(full.links).toEqual([expect.objectContaining({ ticketId: ticket.id, kind: 'related' })]);
    await until(() => k.mailbox.mails.find((m) => m.subject?.startsWith(`[#${followUp.number}]`)), 'the follow-up acknowledgement');
  });

  it('threads an answer to the acknowledgement, and reads HTML-only mail as text', async () => {
    await k.send({ from: 'zhao@player.example', subject: '闪退', html: '<p>游戏一打开就<b>闪退</b>。</p>', messageId: '<html-0001@player.example>' });
    const ticket2 = await until(async () => (await emailTickets()).find((x) => x.subject === '闪退'), 'the HTML ticket');
    expect((await k.api('GET', `/tickets/${ticket2.id}`)).json().description).toBe('游戏一打开就闪退。');
    const ack = await until(() => k.mailbox.mails.find((m) => m.subject === `[#${ticket2.number}] 闪退`), 'its acknowledgement');
    const acks = k.mailbox.mails.length;
    await k.send({ from: 'zhao@player.example', subject: `Re: ${ack.subject}`, text: '是华为手机。', inReplyTo: ack.messageId!, references: [ack.messageId!] });
    const messages = (await messagesOf(ticket2.id)).filter((m) => m.kind !== 'system'); // routing may note what it did
    expect(messages.map((m) => [m.kind, m.body])).toEqual([['customer_message', '是华为手机。']]);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(k.mailbox.mails.length).toBe(acks); // a reply is not acknowledged again
  });

  it('refuses mail for addresses that are not ours (no open relay)', async () => {
    await expect(k.send({ from: LINA, to: 'someone@elsewhere.example', subject: 'relay?', text: 'x' })).rejects.toThrow(/550|No such mailbox/);
  });

  it('answers attachments only inside the caller’s scope, with a stable 404 otherwise', async () => {
    const agent = await signIn(k.t, 'agent');
    const list = await k.api('GET', `/tickets/${ticket.id}/attachments`, undefined, agent);
    expect(list.statusCode).toBe(404);
    expect(list.json().code).toBe('ticket_not_found');
    const mails = await k.api('GET', `/tickets/${ticket.id}/emails`, undefined, agent);
    expect(mails.statusCode).toBe(404);
    expect(mails.json().code).toBe('ticket_not_found');
    const missing = await k.api('GET', `/tickets/${ticket.id}/attachments/01930000-0000-7000-8000-000000000000`);
    expect(missing.statusCode).toBe(404);
    expect(missing.json().code).toBe('attachment_not_found');
    expect((await k.api('GET', `/tickets/${ticket.id}/attachments/not-a-uuid`)).statusCode).toBe(400);
  });
});
