import { bigint, date, index, integer, jsonb, numeric, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * Customer events (recharges, purchases, logins, play sessions, visits, custom…). On both
 * drivers the table is range-partitioned by month on occurred_at (hand-edited in the
 * migration: drizzle-kit cannot express partitioning); a scheduled job creates partitions
 * ahead and a default partition catches anything outside them.
 */
export const events = pgTable(
  'events',
  {
    id: uuid('id').notNull(),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull(),
    /** The sender's id for the event; unique across all events (see event_keys). */
    externalId: text('external_id').notNull(),
    customerId: uuid('customer_id').notNull(),
    type: text('type').notNull(),
    receivedAt: timestamp('received_at', { withTimezone: true }).notNull(),
    storeId: uuid('store_id'),
    amount: numeric('amount', { precision: 14, scale: 2 }),
    currency: text('currency'),
    /** Who sent it: `apikey:<id>`, `import:<job>`, `user:<id>`. */
    source: text('source').notNull().default(''),
    properties: jsonb('properties').$type<Record<string, unknown>>().notNull().default({}),
  },
  // No (type, occurred_at) index: nothing reads events by type across customers (the timeline
  // filters one customer's events), and every index costs each ingested row.
  (t) => [
    primaryKey({ columns: [t.id, t.occurredAt] }),
    index('events_customer_time_idx').on(t.customerId, t.occurredAt.desc(), t.id.desc()),
  ],
);

/** Idempotency: one row per external event id ever accepted, so a re-sent batch is stored once. */
export const eventKeys = pgTable('event_keys', {
  externalId: text('external_id').primaryKey(),
  eventId: uuid('event_id').notNull(),
  occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull(),
});

/** Per-customer aggregates, maintained on ingest in the same transaction; rebuildable from events. */
export const customerStats = pgTable('customer_stats', {
  customerId: uuid('customer_id').primaryKey(),
  firstSeenAt: timestamp('first_seen_at', { withTimezone: true }),
  lastSeenAt: timestamp('last_seen_at', { withTimezone: true }),
  lastLoginAt: timestamp('last_login_at', { withTimezone: true }),
  totalSpend: numeric('total_spend', { precision: 14, scale: 2 }).notNull().default('0'),
  rechargeCount: integer('recharge_count').notNull().default(0),
  rechargeTotal: numeric('recharge_total', { precision: 14, scale: 2 }).notNull().default('0'),
  lastRechargeAt: timestamp('last_recharge_at', { withTimezone: true }),
  purchaseCount: integer('purchase_count').notNull().default(0),
  visitCount: integer('visit_count').notNull().default(0),
  lastVisitAt: timestamp('last_visit_at', { withTimezone: true }),
  playtimeSeconds: bigint('playtime_seconds', { mode: 'number' }).notNull().default(0),
  eventCount: bigint('event_count', { mode: 'number' }).notNull().default(0),
});

/** Spend per customer and calendar month (UTC): 12-month spend is summed from it at read time. */
export const customerMonthlySpend = pgTable(
  'customer_monthly_spend',
  {
    customerId: uuid('customer_id').notNull(),
    month: date('month').notNull(),
    amount: numeric('amount', { precision: 14, scale: 2 }).notNull().default('0'),
  },
  (t) => [primaryKey({ columns: [t.customerId, t.month] })],
);
