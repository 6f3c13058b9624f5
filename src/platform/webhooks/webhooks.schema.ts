import { sql } from 'drizzle-orm';
import { boolean, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * Where Guildhall tells other systems what happened (e.g. the game server applying a ban).
 * `events` lists the event names sent there; `secret` signs every delivery (never logged,
 * shown once when the endpoint is created).
 */
export const webhookEndpoints = pgTable('webhook_endpoints', {
  id: uuid('id').primaryKey(),
  name: text('name').notNull(),
  url: text('url').notNull(),
  events: text('events').array().notNull(),
  secret: text('secret').notNull(),
  active: boolean('active').notNull().default(true),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
});

/**
 * The outbox of webhook deliveries: written in the transaction of the change it reports, sent
 * afterwards and retried with back-off until the receiver answers 2xx (`delivered_at`) or the
 * attempts run out (`failed_at`). The id travels as `X-Guildhall-Delivery` so receivers dedupe.
 */
export const webhookDeliveries = pgTable(
  'webhook_deliveries',
  {
    id: uuid('id').primaryKey(),
    endpointId: uuid('endpoint_id').notNull().references(() => webhookEndpoints.id),
    event: text('event').notNull(),
    payload: jsonb('payload').notNull().$type<Record<string, unknown>>(),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }).notNull(),
    lastStatus: integer('last_status'),
    lastError: text('last_error'),
    deliveredAt: timestamp('delivered_at', { withTimezone: true }),
    failedAt: timestamp('failed_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('webhook_deliveries_due_idx').on(t.nextAttemptAt).where(sql`delivered_at is null and failed_at is null`), index('webhook_deliveries_endpoint_idx').on(t.endpointId, t.createdAt)],
);
