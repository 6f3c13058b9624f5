import { sql } from 'drizzle-orm';
import { boolean, check, index, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { tickets } from '../tickets/tickets.schema';

/**
 * A forum, official social account or in-game support box connected by signed webhooks: posts
 * come in signed with `secret`, agent replies go out as the `ticket.reply` webhook.
 */
export const channelIntegrations = pgTable(
  'channel_integrations',
  {
    id: uuid('id').primaryKey(),
    channel: text('channel').notNull(),
    name: text('name').notNull(),
    secret: text('secret').notNull(),
    active: boolean('active').notNull().default(true),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [check('channel_integrations_channel_check', sql`${t.channel} in ('forum', 'social', 'in_game')`)],
);

/** Which ticket a thread of an integration became: later posts in the thread join it. */
export const channelThreads = pgTable(
  'channel_threads',
  {
    integrationId: uuid('integration_id').notNull().references(() => channelIntegrations.id),
    threadId: text('thread_id').notNull(),
    ticketId: uuid('ticket_id').notNull().references(() => tickets.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.integrationId, t.threadId] }), index('channel_threads_ticket_idx').on(t.ticketId)],
);
