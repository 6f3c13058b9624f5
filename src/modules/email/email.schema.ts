import { sql } from 'drizzle-orm';
import { bigint, check, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { ticketMessages, tickets } from '../tickets/tickets.schema';

/**
 * Every mail of the email channel, both ways: the thread index (Message-ID → ticket) and, for
 * outbound mail, the outbox. An outbound row is sent once: a sender claims it
 * (`claimed_until`), delivers it and stamps `sent_at`; a claim that lapsed (crash) is retried.
 * An inbound row with no ticket yet is a delivery being processed.
 */
export const emailMessages = pgTable(
  'email_messages',
  {
    id: uuid('id').primaryKey(),
    /** Without the angle brackets, lower-cased. */
    messageId: text('message_id').notNull(),
    ticketId: uuid('ticket_id').references(() => tickets.id),
    /** The conversation row this mail is (a customer message in, a public reply out); null for acknowledgements and opening mails. */
    ticketMessageId: uuid('ticket_message_id').references(() => ticketMessages.id),
    /** in | out */
    direction: text('direction').notNull(),
    /** in: new_ticket | reply | follow_up; out: ack | reply */
    kind: text('kind').notNull(),
    fromAddress: text('from_address').notNull(),
    toAddress: text('to_address').notNull(),
    subject: text('subject').notNull(),
    inReplyTo: text('in_reply_to'),
    references: text('references').array().notNull().default(sql`'{}'::text[]`),
    /** Outbound text body (what is sent); empty for inbound (the ticket holds the text). */
    body: text('body').notNull().default(''),
    at: timestamp('at', { withTimezone: true }).notNull(),
    sentAt: timestamp('sent_at', { withTimezone: true }),
    claimedUntil: timestamp('claimed_until', { withTimezone: true }),
    attempts: integer('attempts').notNull().default(0),
    lastError: text('last_error'),
  },
  (t) => [
    uniqueIndex('email_messages_message_id_idx').on(t.messageId),
    uniqueIndex('email_messages_ticket_message_idx').on(t.ticketMessageId).where(sql`${t.ticketMessageId} is not null`),
    index('email_messages_ticket_idx').on(t.ticketId, t.at),
    index('email_messages_from_idx').on(t.fromAddress, t.at),
    index('email_messages_unsent_idx').on(t.at).where(sql`${t.direction} = 'out' and ${t.sentAt} is null`),
    check('email_messages_direction_check', sql`${t.direction} in ('in', 'out')`),
  ],
);

/** Files that arrived with a ticket's mails; the bytes live in storage under `storage_key`. */
export const ticketAttachments = pgTable(
  'ticket_attachments',
  {
    id: uuid('id').primaryKey(),
    ticketId: uuid('ticket_id')
      .notNull()
      .references(() => tickets.id),
    /** The customer message it came with; null when it came with the mail that opened the ticket. */
    messageId: uuid('message_id').references(() => ticketMessages.id),
    filename: text('filename').notNull(),
    contentType: text('content_type').notNull(),
    size: bigint('size', { mode: 'number' }).notNull(),
    storageKey: text('storage_key').notNull(),
    sha256: text('sha256').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('ticket_attachments_ticket_idx').on(t.ticketId, t.createdAt, t.id)],
);
