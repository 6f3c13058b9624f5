import { sql } from 'drizzle-orm';
import { boolean, check, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from '../../platform/auth/auth.schema';
import { customers } from '../customers/customers.schema';
import { tickets } from '../tickets/tickets.schema';

/**
 * Phone call records (the phone channel): entered by agents or imported from a call centre by
 * API or CSV. `external_id` (the call centre's id) makes a re-sent record land once.
 */
export const callRecords = pgTable(
  'call_records',
  {
    id: uuid('id').primaryKey(),
    externalId: text('external_id').unique(),
    direction: text('direction').notNull(),
    phone: text('phone').notNull(),
    customerId: uuid('customer_id').references(() => customers.id),
    agentId: uuid('agent_id').references(() => users.id),
    startedAt: timestamp('started_at', { withTimezone: true }).notNull(),
    waitSeconds: integer('wait_seconds').notNull(),
    talkSeconds: integer('talk_seconds').notNull(),
    answered: boolean('answered').notNull(),
    recordingUrl: text('recording_url'),
    ticketId: uuid('ticket_id').references(() => tickets.id),
    createdBy: text('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    check('call_records_direction_check', sql`${t.direction} in ('inbound', 'outbound')`),
    check('call_records_seconds_check', sql`${t.waitSeconds} >= 0 and ${t.talkSeconds} >= 0`),
    index('call_records_started_idx').on(t.startedAt),
    index('call_records_customer_idx').on(t.customerId, t.startedAt),
  ],
);
