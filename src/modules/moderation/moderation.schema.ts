import { sql } from 'drizzle-orm';
import { check, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { customers } from '../customers/customers.schema';
import { stores } from '../organisation/organisation.schema';
import { tickets } from '../tickets/tickets.schema';

/**
 * Player reports (举报): one per reporting ticket, queued for the violations department. The
 * reported player is known by game account; `reported_customer_id` when a profile has it.
 */
export const playerReports = pgTable(
  'player_reports',
  {
    id: uuid('id').primaryKey(),
    ticketId: uuid('ticket_id').notNull().unique().references(() => tickets.id),
    reporterId: uuid('reporter_id').notNull().references(() => customers.id),
    reportedAccount: text('reported_account').notNull(),
    reportedCustomerId: uuid('reported_customer_id').references(() => customers.id),
    type: text('type').notNull(),
    description: text('description').notNull(),
    evidence: jsonb('evidence').notNull().$type<string[]>(),
    status: text('status').notNull(),
    decision: jsonb('decision').$type<Record<string, unknown>>(),
    sanctionId: uuid('sanction_id'),
    decidedBy: text('decided_by'),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    check('player_reports_status_check', sql`${t.status} in ('open', 'dismissed', 'actioned')`),
    index('player_reports_queue_idx').on(t.status, t.createdAt),
    index('player_reports_account_idx').on(t.reportedAccount),
  ],
);

/**
 * Sanctions on a player or cafe user: warning, mute or ban, from a report decision or set by
 * staff (a cafe's warning for breaking house rules, with its store). `ends_at` null: a ban
 * without end (warnings have none). Revoked ones stay, marked.
 */
export const sanctions = pgTable(
  'sanctions',
  {
    id: uuid('id').primaryKey(),
    customerId: uuid('customer_id').references(() => customers.id),
    gameAccount: text('game_account'),
    kind: text('kind').notNull(),
    storeId: uuid('store_id').references(() => stores.id),
    reason: text('reason').notNull(),
    reportId: uuid('report_id'),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }),
    createdBy: text('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    revokedBy: text('revoked_by'),
    revokeReason: text('revoke_reason'),
  },
  (t) => [
    check('sanctions_kind_check', sql`${t.kind} in ('warning', 'mute', 'ban')`),
    check('sanctions_subject_check', sql`${t.customerId} is not null or ${t.gameAccount} is not null`),
    index('sanctions_customer_idx').on(t.customerId, t.createdAt),
    index('sanctions_account_idx').on(t.gameAccount, t.createdAt),
  ],
);
