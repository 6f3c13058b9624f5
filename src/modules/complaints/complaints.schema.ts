import { sql } from 'drizzle-orm';
import { bigint, boolean, check, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { tickets } from '../tickets/tickets.schema';

/**
 * The complaint process of one ticket (seed 003 7.2-7.3): its stage, severity and what each step
 * decided. `cause` and `party` are what reports count.
 */
export const complaints = pgTable(
  'complaints',
  {
    ticketId: uuid('ticket_id').primaryKey().references(() => tickets.id),
    stage: text('stage').notNull(),
    severity: text('severity'),
    cause: text('cause'),
    party: text('party'),
    partyReason: text('party_reason'),
    plan: text('plan'),
    planRejected: boolean('plan_rejected').notNull().default(false),
    planApprovedBy: text('plan_approved_by'),
    planApprovedAt: timestamp('plan_approved_at', { withTimezone: true }),
    receivedBy: text('received_by').notNull(),
    receivedAt: timestamp('received_at', { withTimezone: true }).notNull(),
    resultSentAt: timestamp('result_sent_at', { withTimezone: true }),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    check('complaints_severity_check', sql`${t.severity} is null or ${t.severity} in ('ordinary', 'major')`),
    check('complaints_party_check', sql`${t.party} is null or ${t.party} in ('company', 'customer', 'third_party')`),
    index('complaints_received_at_idx').on(t.receivedAt),
  ],
);

/** Every step of a complaint: who did what, when, with what it said. */
export const complaintSteps = pgTable(
  'complaint_steps',
  {
    id: uuid('id').primaryKey(),
    /** Order of the steps (two steps may share a millisecond). */
    seq: bigint('seq', { mode: 'number' }).notNull().generatedAlwaysAsIdentity(),
    ticketId: uuid('ticket_id').notNull().references(() => complaints.ticketId),
    action: text('action').notNull(),
    stageAfter: text('stage_after').notNull(),
    details: jsonb('details').notNull().$type<Record<string, unknown>>(),
    actor: text('actor').notNull(),
    actorLabel: text('actor_label').notNull().default(''),
    at: timestamp('at', { withTimezone: true }).notNull(),
  },
  (t) => [index('complaint_steps_ticket_idx').on(t.ticketId, t.seq)],
);
