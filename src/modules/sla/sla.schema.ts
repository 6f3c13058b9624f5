import { sql } from 'drizzle-orm';
import { bigint, boolean, check, date, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from '../../platform/auth/auth.schema';
import { stores } from '../organisation/organisation.schema';
import { tickets } from '../tickets/tickets.schema';
import type { OpenInterval } from './rules/business-calendar';
import type { SlaSnapshot } from './rules/sla-clocks';

/** Business-hours calendars (per organisation, or per store): weekly hours in a time zone, holidays, or 24x7. */
export const businessCalendars = pgTable(
  'business_calendars',
  {
    id: uuid('id').primaryKey(),
    name: text('name').notNull(),
    timeZone: text('time_zone').notNull(),
    weeklyHours: jsonb('weekly_hours').$type<OpenInterval[]>().notNull().default([]),
    holidays: date('holidays', { mode: 'string' }).array().notNull().default(sql`'{}'::date[]`),
    is24x7: boolean('is_24x7').notNull().default(false),
    storeId: uuid('store_id').references(() => stores.id),
    isDefault: boolean('is_default').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [uniqueIndex('business_calendars_one_default_idx').on(t.isDefault).where(sql`${t.isDefault}`)],
);

/**
 * SLA targets per channel × priority (seconds of business time on the calendar; null: no
 * target). A row with `tier_code` is a loyalty-tier override that can only tighten; its
 * channel or priority may be null (any).
 */
export const slaPolicies = pgTable(
  'sla_policies',
  {
    id: uuid('id').primaryKey(),
    channel: text('channel'),
    priority: text('priority'),
    tierCode: text('tier_code'),
    firstResponseS: integer('first_response_s'),
    nextResponseS: integer('next_response_s'),
    resolutionS: integer('resolution_s'),
    warnAtPct: integer('warn_at_pct').notNull().default(80),
    calendarId: uuid('calendar_id').references(() => businessCalendars.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex('sla_policies_key_idx').on(sql`coalesce(${t.channel}, '*')`, sql`coalesce(${t.priority}, '*')`, sql`coalesce(${t.tierCode}, '')`),
    check('sla_policies_base_check', sql`${t.tierCode} is not null or (${t.channel} is not null and ${t.priority} is not null)`),
    check('sla_policies_warn_check', sql`${t.warnAtPct} between 1 and 99`),
  ],
);

const metricColumns = (p: string) => ({
  startAt: timestamp(`${p}_start_at`, { withTimezone: true }),
  dueAt: timestamp(`${p}_due_at`, { withTimezone: true }),
  warnAt: timestamp(`${p}_warn_at`, { withTimezone: true }),
  metAt: timestamp(`${p}_met_at`, { withTimezone: true }),
  warnedAt: timestamp(`${p}_warned_at`, { withTimezone: true }),
  breachedAt: timestamp(`${p}_breached_at`, { withTimezone: true }),
  escalatedAt: timestamp(`${p}_escalated_at`, { withTimezone: true }),
});
const fr = metricColumns('first_response');
const nr = metricColumns('next_response');
const res = metricColumns('resolution');

/** One row per ticket: its SLA clocks (derived from the ticket, marks kept), and its quality figures. */
export const ticketSla = pgTable(
  'ticket_sla',
  {
    ticketId: uuid('ticket_id')
      .primaryKey()
      .references(() => tickets.id),
    policy: jsonb('policy').$type<SlaSnapshot>().notNull(),
    firstResponseStartAt: fr.startAt, firstResponseDueAt: fr.dueAt, firstResponseWarnAt: fr.warnAt, firstResponseMetAt: fr.metAt,
    firstResponseWarnedAt: fr.warnedAt, firstResponseBreachedAt: fr.breachedAt, firstResponseEscalatedAt: fr.escalatedAt,
    nextResponseStartAt: nr.startAt, nextResponseDueAt: nr.dueAt, nextResponseWarnAt: nr.warnAt, nextResponseMetAt: nr.metAt,
    nextResponseWarnedAt: nr.warnedAt, nextResponseBreachedAt: nr.breachedAt, nextResponseEscalatedAt: nr.escalatedAt,
    resolutionStartAt: res.startAt, resolutionDueAt: res.dueAt, resolutionWarnAt: res.warnAt, resolutionMetAt: res.metAt,
    resolutionWarnedAt: res.warnedAt, resolutionBreachedAt: res.breachedAt, resolutionEscalatedAt: res.escalatedAt,
    pausedSince: timestamp('paused_since', { withTimezone: true }),
    pausedBusinessMs: bigint('paused_business_ms', { mode: 'number' }).notNull().default(0),
    stoppedAt: timestamp('stopped_at', { withTimezone: true }),
    escalationLevel: integer('escalation_level').notNull().default(0),
    reopenCount: integer('reopen_count').notNull().default(0),
    firstResponseMs: bigint('first_response_ms', { mode: 'number' }),
    resolutionMs: bigint('resolution_ms', { mode: 'number' }),
    resolutionBusinessMs: bigint('resolution_business_ms', { mode: 'number' }),
    /** When the sweep next has a warning, breach or escalation to look at; null when no clock runs. */
    nextCheckAt: timestamp('next_check_at', { withTimezone: true }),
    /** The ticket's `updated_at` when the clocks were last derived: the catch-up re-derives a ticket that moved since. */
    ticketUpdatedAt: timestamp('ticket_updated_at', { withTimezone: true }),
    version: integer('version').notNull().default(0),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('ticket_sla_next_check_idx').on(t.nextCheckAt)],
);

/**
 * In-app notifications of a staff user (SLA warnings, breaches, escalations). `dedupe_key`
 * makes a repeated step notify nobody twice; `email_status` drives the e-mail copy:
 * pending → sent | skipped (no SMTP or no address).
 */
export const notifications = pgTable(
  'notifications',
  {
    id: uuid('id').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    kind: text('kind').notNull(),
    ticketId: uuid('ticket_id').references(() => tickets.id),
    title: text('title').notNull(),
    body: text('body').notNull(),
    dedupeKey: text('dedupe_key').notNull(),
    emailStatus: text('email_status').notNull().default('pending'),
    readAt: timestamp('read_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex('notifications_dedupe_idx').on(t.userId, t.dedupeKey),
    index('notifications_user_idx').on(t.userId, t.createdAt, t.id),
    index('notifications_email_pending_idx').on(t.createdAt).where(sql`${t.emailStatus} = 'pending'`),
  ],
);
