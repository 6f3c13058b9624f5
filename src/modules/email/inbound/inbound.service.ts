import { inTransaction } from '../../../platform/db/unit-of-work';
import { resolveCustomers } from '../../customers/customer-resolver';
import { maskEmail } from '../../customers/rules/mask';
import { createTicket } from '../../tickets/ticket-create.service';
import { upsertLink } from '../../tickets/ticket-messages.repository';
import { listTicketRows } from '../../tickets/ticket-list.repository';
import { findTicket, lockTicket, type TicketRow } from '../../tickets/tickets.repository';
import { insertAttachments } from '../attachments.repository';
import { storeAttachments, type StoredAttachment } from '../attachments.service';
import { emailTicketContext, ourAddresses, type EmailDeps } from '../email.context';
import * as repo from '../email.repository';
import { deliverDue, queueAck } from '../outbound/outbound.service';
import { autoReplyReason, senderCapReached } from '../rules/auto-reply';
import { extractReplyText } from '../rules/reply-text';
import { matchThread, threadCandidates } from '../rules/thread-match';
import { ticketNumberInSubject } from '../rules/message-ids';
import { addCustomerMessage } from '../../tickets/customer-message';
import type { InboundMail } from './parse-mail';

export type InboundOutcome =
  | { action: 'created' | 'follow_up'; ticketId: string; number: number; attachments: number }
  | { action: 'replied'; ticketId: string; attachments: number }
  | { action: 'duplicate' }
  | { action: 'dropped'; reason: string };

/** A claim older than this never got its ticket (the process died): a re-delivery takes it over. */
const STALE_CLAIM_MS = 10 * 60_000;
const MAX_MERGE_HOPS = 5;

/** The customer writing: found by the email identity, or created (source `email`) for an unknown sender. */
async function senderCustomer(deps: EmailDeps, mail: InboundMail): Promise<string | null> {
  const now = deps.clock.now();
  const result = await inTransaction(deps, async (tx, outbox) => {
    const [r] = await resolveCustomers(tx, [{ identities: [{ type: 'email', value: mail.from.address }] }], {
      createUnknown: true,
      source: 'email',
      now,
      newId: () => deps.ids.uuid(),
      displayName: () => (mail.from.name || maskEmail(mail.from.address)).slice(0, 200),
    });
    if (r?.ok && r.created) outbox.add('customer.created', { customerId: r.customerId, source: 'email' });
    return r;
  });
  return result?.ok ? result.customerId : null;
}

/** The ticket the mail continues, followed through merges; null for a new conversation. */
async function threadTicket(deps: EmailDeps, mail: InboundMail, customerId: string): Promise<TicketRow | null> {
  const db = deps.database.db;
  const candidates = threadCandidates(mail);
  const number = ticketNumberInSubject(mail.subject);
  const [known, byNumber] = await Promise.all([
    repo.ticketsOfMessageIds(db, candidates),
    number ? listTicketRows(db, { all: true }, { number, archived: false }, { sort: '-createdAt', limit: 1 }) : Promise.resolve([]),
  ]);
  const match = matchThread({ candidates, known, subjectTicket: byNumber[0] ?? null, senderCustomerId: customerId });
  let ticket = match ? await findTicket(db, match.ticketId) : undefined;
  for (let hop = 0; ticket?.mergedIntoId && hop < MAX_MERGE_HOPS; hop++) ticket = await findTicket(db, ticket.mergedIntoId);
  return ticket ?? null;
}

/**
 * Takes one inbound mail: auto-replies, loops and over-eager senders are dropped; a Message-ID
 * seen before is a duplicate; a reply (by thread headers, or its `[#number]` from the
 * ticket's requester) becomes a customer message on the open ticket; anything else opens a
 * ticket (channel `email`) and is acknowledged with its number. A reply to a closed ticket
 * opens a follow-up linked to it. Attachments are kept. Throws on a failure, releasing the
 * Message-ID so the sender's retry is processed again.
 */
export async function handleInbound(deps: EmailDeps, mail: InboundMail): Promise<InboundOutcome> {
  const { config } = deps;
  const db = deps.database.db;
  const now = deps.clock.now();
  const machine = autoReplyReason({ from: mail.from.address, headers: mail.headers, ourAddresses: ourAddresses(config) });
  if (machine) return { action: 'dropped', reason: machine };
  const recent = await repo.countInboundSince(db, mail.from.address, new Date(now.getTime() - 3_600_000));
  if (senderCapReached(recent, config.email.senderHourlyCap)) return { action: 'dropped', reason: 'sender_cap' };

  const claimId = deps.ids.uuid();
  const claimed = await repo.claimInbound(
    db,
    { id: claimId, messageId: mail.messageId, direction: 'in', kind: 'pending', fromAddress: mail.from.address, toAddress: mail.to.join(', ').slice(0, 1000), subject: mail.subject.slice(0, 1000), inReplyTo: mail.inReplyTo[0] ?? null, references: mail.references.slice(-20), at: now },
    new Date(now.getTime() - STALE_CLAIM_MS),
  );
  if (!claimed) return { action: 'duplicate' };
  try {
    const customerId = await senderCustomer(deps, mail);
    if (!customerId) {
      await repo.releaseClaim(db, claimId);
      return { action: 'dropped', reason: 'sender_not_a_customer' };
    }
    const thread = await threadTicket(deps, mail, customerId);
    const { kept, refused } = await storeAttachments(deps.storage, mail.attachments, config.email.attachments.maxBytes);
    if (refused.length > 0) deps.logger.info({ messageId: mail.messageId, refused }, 'email attachments refused');
    const outcome =
      thread && thread.status !== 'closed'
        ? await addReply(deps, mail, claimId, customerId, thread.id, kept)
        : await openTicket(deps, mail, claimId, customerId, thread, kept);
    return outcome;
  } catch (err) {
    await repo.releaseClaim(db, claimId).catch(() => {});
    throw err;
  }
}

const rowsOf = (deps: EmailDeps, ticketId: string, messageId: string | null, kept: StoredAttachment[]) =>
  kept.map((a) => ({ ...a, id: deps.ids.uuid(), ticketId, messageId, createdAt: deps.clock.now() }));

async function addReply(deps: EmailDeps, mail: InboundMail, claimId: string, customerId: string, ticketId: string, kept: StoredAttachment[]): Promise<InboundOutcome> {
  const body = (extractReplyText(mail.text) || '(empty message)').slice(0, 20_000);
  const added = await inTransaction(deps, async (tx, outbox) => {
    const before = await lockTicket(tx, ticketId);
    // Closed between the lookup and the lock: the caller's follow-up path takes it next time.
    if (!before || before.status === 'closed') return null;
    const authorLabel = mail.from.name || maskEmail(mail.from.address);
    const messageId = await addCustomerMessage(tx, { ids: deps.ids, now: deps.clock.now() }, emailTicketContext, outbox, before, { customerId, authorLabel, body, externalRef: mail.messageId });
    await repo.attachInbound(tx, claimId, ticketId, messageId, 'reply');
    await insertAttachments(tx, rowsOf(deps, ticketId, messageId, kept));
    return messageId;
  });
  if (!added) return openTicket(deps, mail, claimId, customerId, await findTicket(deps.database.db, ticketId) ?? null, kept);
  return { action: 'replied', ticketId, attachments: kept.length };
}

async function openTicket(deps: EmailDeps, mail: InboundMail, claimId: string, customerId: string, closed: TicketRow | null, kept: StoredAttachment[]): Promise<InboundOutcome> {
  const ticket = await createTicket(deps, emailTicketContext, {
    subject: (mail.subject.trim() || mail.text.trim().split('\n')[0]!.trim() || '(no subject)').slice(0, 200),
    channel: 'email',
    requesterId: customerId,
    description: (closed ? extractReplyText(mail.text) : mail.text).slice(0, 20_000),
    ...(closed ? { tags: ['follow_up'] } : {}),
  });
  const ackId = await inTransaction(deps, async (tx) => {
    await repo.attachInbound(tx, claimId, ticket.id, null, closed ? 'follow_up' : 'new_ticket');
    await insertAttachments(tx, rowsOf(deps, ticket.id, null, kept));
    if (closed) await upsertLink(tx, closed.id, ticket.id, 'related', 'system', deps.clock.now());
    return queueAck(tx, deps, ticket, mail);
  });
  if (ackId) void deliverDue(deps, [ackId]).catch((err: unknown) => deps.logger.error({ err }, 'email acknowledgement failed'));
  return { action: closed ? 'follow_up' : 'created', ticketId: ticket.id, number: ticket.number, attachments: kept.length };
}
