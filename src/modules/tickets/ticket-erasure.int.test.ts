import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { auditLog } from '../../platform/audit/audit.schema';
import { inTransaction } from '../../platform/db/unit-of-work';
import { localDiskStorage } from '../../platform/storage/local-disk-storage';
import type { FileStorage } from '../../platform/storage/storage';
import { listAttachments } from '../email/attachments.repository';
import { emailMessages, ticketAttachments } from '../email/email.schema';
import { addCustomerMessage } from './customer-message';
import { customerMergeContext } from './ticket-customer-merge.service';
import { scrubErasedCustomerTickets } from './ticket-erasure.service';
import { lockTicket } from './tickets.repository';
import { ticketsKit, type TicketsKit } from './tickets.test-kit';

// Subscribers run after the customers' commit; give them time on a busy machine.
const eventually = { timeout: 10_000, interval: 50 };

let k: TicketsKit;
let dataDir: string;
let storage: FileStorage;
beforeAll(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'gh-ticket-erasure-'));
  k = await ticketsKit('2026-06-01T10:00:00Z', { DATA_DIR: dataDir });
  storage = localDiskStorage(k.t.deps.config.email.attachments.dir);
});
afterAll(async () => {
  await k.t.close();
  await rm(dataDir, { recursive: true, force: true });
});

const db = () => k.t.deps.database.db;
const read = async (id: string) => (await k.api('GET', `/tickets/${id}`)).json();
const messagesOf = async (id: string) => (await k.api('GET', `/tickets/${id}/messages?limit=100`)).json().items as any[];
const found = async (q: string) => (await k.api('GET', `/tickets/search?q=${encodeURIComponent(q)}&limit=100`)).json().items.map((t: any) => t.id) as string[];
const audits = (customerId: string) => db().select().from(auditLog).where(and(eq(auditLog.action, 'tickets.customer_erased'), eq(auditLog.targetId, customerId)));

/** The customer writes on the ticket (as a mail would); answers the message id. */
const customerSays = (ticketId: string, customerId: string, body: string) =>
  inTransaction(k.t.deps, async (tx, outbox) =>
    addCustomerMessage(tx, { ids: k.t.deps.ids, now: k.clock.now() }, customerMergeContext, outbox, (await lockTicket(tx, ticketId))!, { customerId, authorLabel: '张伟 <zw@example.com>', body }),
  );

const attach = (ticketId: string, messageId: string | null, bytes: string) =>
  inTransaction(k.t.deps, async (tx) => {
    const stored = await storage.put(Buffer.from(bytes));
    await tx.insert(ticketAttachments).values({ id: k.t.deps.ids.uuid(), ticketId, messageId, filename: 'scan.png', contentType: 'image/png', size: stored.size, storageKey: stored.key, sha256: stored.sha256, createdAt: k.clock.now() });
    return stored.key;
  });

const mail = (ticketId: string, direction: 'in' | 'out', sent: boolean) =>
  db().insert(emailMessages).values({
    id: k.t.deps.ids.uuid(),
    messageId: `${k.t.deps.ids.uuid()}@mail.example`,
    ticketId,
    direction,
    kind: direction === 'in' ? 'new_ticket' : 'reply',
    fromAddress: direction === 'in' ? 'zw@example.com' : 'support@game.example',
    toAddress: direction === 'in' ? 'support@game.example' : 'zw@example.com',
    subject: '我的账号被盗了怎么办',
    body: direction === 'out' ? '张伟您好' : '',
    at: k.clock.now(),
    sentAt: sent ? k.clock.now() : null,
  });

describe('an erased customer’s tickets', () => {
  it('keep numbers, status, times and category but lose the customer’s text, files, addresses and words', async () => {
    const customer = await k.customer('张伟');
    const other = await k.customer('路人');
    const category = (await k.api('GET', '/ticket-categories')).json().items[0].id;
    const ticket = await k.ticket({ requesterId: customer, subject: '我的账号被盗了怎么办', description: '登录地点在深圳', categoryId: category });
    expect((await k.api('PATCH', `/tickets/${ticket.id}`, { subject: '账号被盗 深圳' })).statusCode).toBe(200);
    const said = await customerSays(ticket.id, customer, '我的手机号是一三八');
    expect((await k.api('POST', `/tickets/${ticket.id}/messages`, { kind: 'public_reply', body: '请提供充值凭证' })).statusCode).toBe(201);
    expect((await k.api('POST', `/tickets/${ticket.id}/messages`, { kind: 'internal_note', body: '核对登录记录' })).statusCode).toBe(201);
    const secretKey = await attach(ticket.id, said, 'the customer’s id card scan');
    const sharedKey = await attach(ticket.id, null, 'a common game screenshot');
    const othersTicket = await k.ticket({ requesterId: other, subject: '游戏卡顿' });
    await attach(othersTicket.id, null, 'a common game screenshot');
    await mail(ticket.id, 'in', true);
    await mail(ticket.id, 'out', false);
    // A second ticket of the customer merged into someone else's: the merge note quotes it.
    const merged = await k.ticket({ requesterId: customer, subject: '月卡礼包没有发放' });
    expect((await k.api('POST', `/tickets/${merged.id}/merge`, { intoId: othersTicket.id })).statusCode).toBe(200);
    const before = await read(ticket.id);

    expect(await found('被盗')).toContain(ticket.id);
    expect(await found('手机号')).toContain(ticket.id);
    expect(await found('礼包')).toContain(othersTicket.id);

    k.clock.advance(60_000);
    expect((await k.api('POST', `/customers/${customer}/erase`, { reason: 'PIPL request' })).statusCode).toBe(200);
    await vi.waitFor(async () => expect((await read(ticket.id)).subject).toBe('[erased]'), eventually);

    const after = await read(ticket.id);
    expect(after).toMatchObject({ number: before.number, status: before.status, categoryId: category, createdAt: before.createdAt, description: '', requesterId: customer });
    const messages = await messagesOf(ticket.id);
    expect(messages.find((m) => m.id === said)).toMatchObject({ body: '[erased]', authorLabel: '' });
    expect(messages.map((m) => m.body)).toEqual(expect.arrayContaining(['请提供充值凭证', '核对登录记录']));
    const textChanges = (await k.api('GET', `/tickets/${ticket.id}/changes`)).json().items.filter((c: any) => c.field === 'subject');
    expect(textChanges.map((c: any) => [c.from, c.to])).toEqual([['[erased]', '[erased]']]);

    expect(await listAttachments(db(), ticket.id)).toEqual([]);
    expect(await storage.get(secretKey)).toBeNull();
    expect(await storage.get(sharedKey)).not.toBeNull();
    expect(await listAttachments(db(), othersTicket.id)).toHaveLength(1);

    const mails = await db().select().from(emailMessages).where(eq(emailMessages.ticketId, ticket.id));
    expect(mails.map((m) => [m.fromAddress, m.toAddress, m.subject, m.body])).toEqual([
      ['', '', '[erased]', ''],
      ['', '', '[erased]', ''],
    ]);
    expect(mails.find((m) => m.direction === 'out')).toMatchObject({ sentAt: null, lastError: 'recipient erased' });
    expect(mails.find((m) => m.direction === 'out')!.attempts).toBeGreaterThanOrEqual(1000);

    expect(await found('被盗')).not.toContain(ticket.id);
    expect(await found('深圳')).not.toContain(ticket.id);
    expect(await found('手机号')).not.toContain(ticket.id);
    expect(await found('充值凭证')).toContain(ticket.id);
    expect(await found('礼包')).not.toContain(othersTicket.id);
    expect(await found('游戏')).toContain(othersTicket.id);
    expect((await messagesOf(othersTicket.id)).find((m) => m.kind === 'system' && m.body.startsWith(`#${merged.number}`)).body).toBe(
      `#${merged.number} merged into this ticket: [erased]`,
    );
    expect((await read(othersTicket.id)).subject).toBe('游戏卡顿');

    const [audit, ...more] = await audits(customer);
    expect(more).toEqual([]);
    expect(audit).toMatchObject({ actorType: 'system', actorLabel: 'customer erasure', targetType: 'customer' });
    expect(audit!.details).toMatchObject({ tickets: 2, messages: 1, mergeNotes: 1, attachments: 2, files: 1, mails: 2 });
    await vi.waitFor(() =>
      expect(k.published).toContainEqual(expect.objectContaining({ name: 'ticket.updated', payload: expect.objectContaining({ ticketId: ticket.id, changes: ['subject', 'description'] }) })),
      eventually,
    );

    // Delivered again: nothing left to scrub, nothing audited.
    const again = await scrubErasedCustomerTickets({ ...k.t.deps, storage }, customer);
    expect(Object.values(again).every((n) => n === 0)).toBe(true);
    await k.t.deps.bus.publish('customer.erased', { customerId: customer });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(await audits(customer)).toHaveLength(1);
    expect(await storage.get(sharedKey)).not.toBeNull();
  });
});
