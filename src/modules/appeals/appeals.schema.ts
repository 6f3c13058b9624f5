import { sql } from 'drizzle-orm';
import { check, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { customers } from '../customers/customers.schema';
import { tickets } from '../tickets/tickets.schema';

/**
 * Account-recovery and stolen-account appeals (000 FAQ 1): what the appellant claims, the
 * checklist against what is on file and its evidence score (for agents only), and the decision.
 */
export const appeals = pgTable(
  'appeals',
  {
    id: uuid('id').primaryKey(),
    ticketId: uuid('ticket_id').notNull().unique().references(() => tickets.id),
    gameAccount: text('game_account').notNull(),
    accountCustomerId: uuid('account_customer_id').references(() => customers.id),
    requesterId: uuid('requester_id').notNull().references(() => customers.id),
    contactEmail: text('contact_email').notNull(),
    claims: jsonb('claims').notNull().$type<Record<string, unknown>>(),
    checks: jsonb('checks').notNull().$type<unknown[]>(),
    score: integer('score').notNull(),
    status: text('status').notNull(),
    decisionReason: text('decision_reason'),
    decidedBy: text('decided_by'),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [check('appeals_status_check', sql`${t.status} in ('open', 'more_info', 'approved', 'rejected')`), index('appeals_account_idx').on(t.gameAccount, t.createdAt)],
);
