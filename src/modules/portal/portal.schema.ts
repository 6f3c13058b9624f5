import { sql } from 'drizzle-orm';
import { check, index, numeric, pgTable, primaryKey, smallint, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from '../../platform/auth/auth.schema';
import { customers } from '../customers/customers.schema';
import { tickets } from '../tickets/tickets.schema';

/**
 * "Recharge not received" claims from the public form: one per order id (a second claim for
 * the same order finds this row and its ticket). `ticket_id` is null only while the first
 * claim's ticket is being created.
 */
export const rechargeClaims = pgTable(
  'recharge_claims',
  {
    id: uuid('id').primaryKey(),
    orderId: text('order_id').notNull(),
    ticketId: uuid('ticket_id').references(() => tickets.id),
    customerId: uuid('customer_id')
      .notNull()
      .references(() => customers.id),
    contactEmail: text('contact_email').notNull(),
    amount: numeric('amount', { precision: 14, scale: 2 }).notNull(),
    paymentChannel: text('payment_channel').notNull(),
    paidAt: timestamp('paid_at', { withTimezone: true }).notNull(),
    /** credited | escalated | proof_needed | proof_received (the screenshot came, docs/service-portal.md) | refunded | failed */
    outcome: text('outcome').notNull(),
    reason: text('reason').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [uniqueIndex('recharge_claims_order_idx').on(t.orderId), index('recharge_claims_ticket_idx').on(t.ticketId)],
);

/** Tickets opened through the public portal, with the contact address given on the form (for the email + number lookup). */
export const portalTickets = pgTable('portal_tickets', {
  ticketId: uuid('ticket_id')
    .primaryKey()
    .references(() => tickets.id),
  contactEmail: text('contact_email').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
});

/** Satisfaction ratings: one per resolution of a ticket (`resolved_at` tells the resolutions apart). */
export const ticketCsat = pgTable(
  'ticket_csat',
  {
    id: uuid('id').primaryKey(),
    ticketId: uuid('ticket_id')
      .notNull()
      .references(() => tickets.id),
    resolvedAt: timestamp('resolved_at', { withTimezone: true }).notNull(),
    /** The assignee when the ticket was resolved: the agent the rating is for. */
    agentId: uuid('agent_id').references(() => users.id),
    rating: smallint('rating').notNull(),
    comment: text('comment').notNull().default(''),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex('ticket_csat_resolution_idx').on(t.ticketId, t.resolvedAt),
    index('ticket_csat_agent_idx').on(t.agentId, t.createdAt),
    check('ticket_csat_rating_check', sql`${t.rating} between 1 and 5`),
  ],
);

/** The survey invitation sent at each resolution: the row makes it once, whichever node hears the event. */
export const portalSurveyInvites = pgTable(
  'portal_survey_invites',
  {
    ticketId: uuid('ticket_id')
      .notNull()
      .references(() => tickets.id),
    resolvedAt: timestamp('resolved_at', { withTimezone: true }).notNull(),
    assigneeId: uuid('assignee_id').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.ticketId, t.resolvedAt] })],
);

/** The status-link signing key when `PORTAL_LINK_SECRET` is not set: made once, shared by every node. */
export const portalSecrets = pgTable('portal_secrets', {
  name: text('name').primaryKey(),
  secret: text('secret').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
});
