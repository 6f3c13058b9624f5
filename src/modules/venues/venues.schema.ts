import { sql } from 'drizzle-orm';
import { bigint, boolean, check, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { stores } from '../organisation/organisation.schema';
import { customers } from '../customers/customers.schema';
import { users } from '../../platform/auth/auth.schema';

/** Areas of a store with their own rates (hall, esports zone, VIP room). */
export const zones = pgTable(
  'zones',
  {
    id: uuid('id').primaryKey(),
    storeId: uuid('store_id').notNull().references(() => stores.id),
    code: text('code').notNull(),
    name: text('name').notNull(),
    sort: integer('sort').notNull().default(0),
    /** The rate wherever no window of zone_rates matches. */
    baseCentsPerHour: integer('base_cents_per_hour').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [uniqueIndex('zones_store_code_uq').on(t.storeId, t.code), check('zones_rate_ck', sql`${t.baseCentsPerHour} >= 0`)],
);

/** Seats / PCs with their place on the floor map. */
export const seats = pgTable(
  'seats',
  {
    id: uuid('id').primaryKey(),
    storeId: uuid('store_id').notNull().references(() => stores.id),
    zoneId: uuid('zone_id').notNull().references(() => zones.id),
    label: text('label').notNull(),
    x: integer('x').notNull().default(0),
    y: integer('y').notNull().default(0),
    maintenance: boolean('maintenance').notNull().default(false),
    /** sha256 of the seat client's bearer token (`seat_…`); null when none was issued. */
    clientTokenHash: text('client_token_hash'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex('seats_store_label_uq').on(t.storeId, t.label),
    uniqueIndex('seats_token_uq').on(t.clientTokenHash),
    index('seats_zone_idx').on(t.zoneId),
  ],
);

/** Rate windows of a zone: days of week (0 = Sunday) and store-local HH:MM (end < start crosses midnight). */
export const zoneRates = pgTable(
  'zone_rates',
  {
    id: uuid('id').primaryKey(),
    zoneId: uuid('zone_id').notNull().references(() => zones.id, { onDelete: 'cascade' }),
    days: integer('days').array().notNull(),
    startTime: text('start_time').notNull(),
    endTime: text('end_time').notNull(),
    centsPerHour: integer('cents_per_hour').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('zone_rates_zone_idx').on(t.zoneId), check('zone_rates_cents_ck', sql`${t.centsPerHour} >= 0`)],
);

/** One row: the venue rules of the deployment. */
export const venueSettings = pgTable('venue_settings', {
  id: integer('id').primaryKey().default(1),
  fundingOrder: text('funding_order').array().notNull().default(sql`'{package,bonus,cash}'::text[]`),
  reminderMinutes: integer('reminder_minutes').array().notNull().default(sql`'{10,5}'::int[]`),
  graceMinutes: integer('grace_minutes').notNull().default(2),
  noShowMinutes: integer('no_show_minutes').notNull().default(15),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** Timed seat sessions (上机计时). Charging state is all here, so a restart resumes exactly. */
export const seatSessions = pgTable(
  'seat_sessions',
  {
    id: uuid('id').primaryKey(),
    storeId: uuid('store_id').notNull().references(() => stores.id),
    seatId: uuid('seat_id').notNull().references(() => seats.id),
    zoneId: uuid('zone_id').notNull().references(() => zones.id),
    customerId: uuid('customer_id').notNull().references(() => customers.id),
    startedAt: timestamp('started_at', { withTimezone: true }).notNull(),
    endedAt: timestamp('ended_at', { withTimezone: true }),
    status: text('status').notNull().default('active'),
    chargedThrough: timestamp('charged_through', { withTimezone: true }).notNull(),
    chargedMinutes: integer('charged_minutes').notNull().default(0),
    centsCharged: bigint('cents_charged', { mode: 'number' }).notNull().default(0),
    packageMinutesUsed: integer('package_minutes_used').notNull().default(0),
    /** Accrued value not yet charged, in 1/6000 cent (cents/hour × percent per minute). */
    accrualRemainder: integer('accrual_remainder').notNull().default(0),
    discountPct: integer('discount_pct').notNull().default(0),
    remindersSent: integer('reminders_sent').array().notNull().default(sql`'{}'::int[]`),
    minutesLeft: integer('minutes_left'),
    exhaustedAt: timestamp('exhausted_at', { withTimezone: true }),
    endReason: text('end_reason'),
    startedBy: uuid('started_by').references(() => users.id),
    endedBy: uuid('ended_by').references(() => users.id),
    reservationId: uuid('reservation_id'),
  },
  (t) => [
    uniqueIndex('seat_sessions_active_seat_uq').on(t.seatId).where(sql`${t.status} = 'active'`),
    uniqueIndex('seat_sessions_active_customer_uq').on(t.customerId).where(sql`${t.status} = 'active'`),
    index('seat_sessions_store_status_idx').on(t.storeId, t.status),
    index('seat_sessions_customer_idx').on(t.customerId, t.startedAt),
    check('seat_sessions_status_ck', sql`${t.status} in ('active', 'ended')`),
  ],
);

/** Seat bookings for a time window; unclaimed ones are cancelled as no-shows. */
export const seatReservations = pgTable(
  'seat_reservations',
  {
    id: uuid('id').primaryKey(),
    storeId: uuid('store_id').notNull().references(() => stores.id),
    seatId: uuid('seat_id').notNull().references(() => seats.id),
    customerId: uuid('customer_id').notNull().references(() => customers.id),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
    status: text('status').notNull().default('booked'),
    note: text('note').notNull().default(''),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('seat_reservations_seat_idx').on(t.seatId, t.startsAt),
    index('seat_reservations_store_status_idx').on(t.storeId, t.status, t.startsAt),
    check('seat_reservations_status_ck', sql`${t.status} in ('booked', 'checked_in', 'cancelled', 'no_show')`),
    check('seat_reservations_window_ck', sql`${t.endsAt} > ${t.startsAt}`),
  ],
);
