import type { Tx } from '../../../platform/db/database';
import { getCustomer } from '../../customers/customers.service';
import { findMessage } from '../../tickets/ticket-messages.repository';
import { findTicket } from '../../tickets/tickets.repository';
import type { EmailDeps } from '../email.context';
import * as repo from '../email.repository';
import { ackBody, replyBody } from '../rules/compose';
import { newMessageId, ticketSubject } from '../rules/message-ids';
import type { InboundMail } from '../inbound/parse-mail';

const LEASE_MS = 2 * 60_000;
export const MAX_SEND_ATTEMPTS = 10;

/**
 * Queues the acknowledgement of a new ticket in the inbound transaction: a reply to the
 * customer's mail (threaded under it) naming the ticket number. Null when outbound is off.
 */
export async function queueAck(tx: Tx, deps: EmailDeps, ticket: { id: string; number: number; subject: string }, mail: InboundMail): Promise<string | null> {
  if (!deps.mailer) return null;
  const from = deps.config.email.outbound.from;
  const id = deps.ids.uuid();
  const row = await repo.insertOutbound(tx, {
    id,
    messageId: newMessageId(id, from),
    ticketId: ticket.id,
    direction: 'out',
    kind: 'ack',
    fromAddress: from,
    toAddress: mail.from.address,
    subject: ticketSubject(ticket.number, mail.subject || ticket.subject),
    inReplyTo: mail.messageId,
    references: [...mail.references, mail.messageId].slice(-20),
    body: ackBody(ticket.number),
    at: deps.clock.now(),
  });
  return row?.id ?? null;
}

/** Where a ticket's mail goes: the address the customer last wrote from, else the requester's email. */
async function recipientOf(deps: EmailDeps, ticket: { requesterId: string }, thread: { direction: string; fromAddress: string }[]): Promise<string | null> {
  const lastIn = thread.filter((m) => m.direction === 'in').at(-1);
  if (lastIn) return lastIn.fromAddress;
  const customer = await getCustomer(deps, { pii: true }, ticket.requesterId).catch(() => null);
  return customer?.identities.find((i) => i.type === 'email')?.value ?? null;
}

/**
 * Queues a staff public reply on an email ticket as a mail to the customer, threaded under
 * the ticket's mails. Once per reply (the row is keyed by the conversation message), so a
 * re-delivered event or a second node queues nothing. Answers the outbox row id, or null.
 */
export async function queueReply(deps: EmailDeps, ticketId: string, ticketMessageId: string): Promise<string | null> {
  if (!deps.mailer) return null;
  const db = deps.database.db;
  const [ticket, reply] = await Promise.all([findTicket(db, ticketId), findMessage(db, ticketMessageId)]);
  if (!ticket || ticket.channel !== 'email' || !reply || reply.kind !== 'public_reply' || reply.authorType === 'customer') return null;
  const thread = await repo.threadOf(db, ticketId);
  const to = await recipientOf(deps, ticket, thread);
  if (!to) {
    deps.logger.warn({ ticketId }, 'email reply not sent: the requester has no email address');
    return null;
  }
  const from = deps.config.email.outbound.from;
  const id = deps.ids.uuid();
  const lastIn = thread.filter((m) => m.direction === 'in').at(-1);
  const row = await repo.insertOutbound(db, {
    id,
    messageId: newMessageId(id, from),
    ticketId,
    ticketMessageId,
    direction: 'out',
    kind: 'reply',
    fromAddress: from,
    toAddress: to,
    subject: ticketSubject(ticket.number, ticket.subject),
    inReplyTo: (lastIn ?? thread.at(-1))?.messageId ?? null,
    references: thread.map((m) => m.messageId),
    body: replyBody(reply.body, ticket.number),
    at: deps.clock.now(),
  });
  return row?.id ?? null;
}

/**
 * Sends the outbound mails that are due (or only `onlyIds`): each is claimed first, so two
 * senders never send one mail, and stamped `sent_at` once the server took it. A refusal waits
 * 1, 2, 4 … 60 minutes; after 10 attempts it stays unsent with its last error.
 */
export async function deliverDue(deps: EmailDeps, onlyIds?: string[]): Promise<{ sent: number; failed: number }> {
  const { mailer } = deps;
  if (!mailer) return { sent: 0, failed: 0 };
  const db = deps.database.db;
  const now = deps.clock.now();
  const rows = await repo.claimDue(db, now, new Date(now.getTime() + LEASE_MS), 50, MAX_SEND_ATTEMPTS, onlyIds);
  let sent = 0;
  let failed = 0;
  for (const row of rows) {
    try {
      await mailer.send({
        from: row.fromAddress,
        to: row.toAddress,
        subject: row.subject,
        text: row.body,
        messageId: row.messageId,
        inReplyTo: row.inReplyTo,
        references: row.references,
        // RFC 3834: an acknowledgement is automatic, so auto-responders leave it alone; X-Loop marks all our mail.
        headers: { 'X-Loop': row.fromAddress, ...(row.kind === 'ack' ? { 'Auto-Submitted': 'auto-replied' } : {}) },
      });
      await repo.markSent(db, row.id, deps.clock.now());
      sent++;
    } catch (err) {
      failed++;
      const waitMs = Math.min(60, 2 ** (row.attempts - 1)) * 60_000;
      await repo.markFailed(db, row.id, err instanceof Error ? err.message : String(err), new Date(deps.clock.now().getTime() + waitMs));
      deps.logger.warn({ emailId: row.id, ticketId: row.ticketId, attempts: row.attempts, err: err instanceof Error ? err.message : String(err) }, 'email send failed');
    }
  }
  return { sent, failed };
}

/** How far back the sweep looks for replies whose event was lost. */
const MISSED_REPLY_WINDOW_MS = 24 * 3_600_000;

/**
 * The periodic sweep: queues replies whose event never reached a subscriber (a crash right
 * after the commit), then sends everything due. Safe to run anywhere, any number of times.
 */
export async function sweepOutbox(deps: EmailDeps): Promise<{ queued: number; sent: number; failed: number }> {
  if (!deps.mailer) return { queued: 0, sent: 0, failed: 0 };
  const missed = await repo.unqueuedReplies(deps.database.db, new Date(deps.clock.now().getTime() - MISSED_REPLY_WINDOW_MS), 100);
  let queued = 0;
  for (const r of missed) if (await queueReply(deps, r.ticketId, r.messageId)) queued++;
  return { queued, ...(await deliverDue(deps)) };
}
