import { sql } from 'drizzle-orm';
import { boolean, check, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from '../../../platform/auth/auth.schema';

/** What applying a macro may also do to the ticket (besides inserting its text). */
export interface MacroActions {
  status?: 'open' | 'pending_customer' | 'on_hold' | 'resolved';
  addTags?: string[];
}

/**
 * Canned replies ("macros"): a name and a text per locale with `{{variables}}`, optional ticket actions.
 * Shared macros (owner_id null) are seen by every agent and edited with `tickets:manage`;
 * personal ones only by their owner. The defaults are seeded by migration 0019 with fixed ids.
 */
export const ticketMacros = pgTable(
  'ticket_macros',
  {
    id: uuid('id').primaryKey(),
    nameZh: text('name_zh').notNull(),
    nameEn: text('name_en').notNull(),
    bodyZh: text('body_zh').notNull(),
    bodyEn: text('body_en').notNull(),
    actions: jsonb('actions').$type<MacroActions>().notNull().default({}),
    active: boolean('active').notNull().default(true),
    ownerId: uuid('owner_id').references(() => users.id),
    position: integer('position').notNull().default(0),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('ticket_macros_owner_idx').on(t.ownerId, t.position),
    check('ticket_macros_name_check', sql`length(btrim(${t.nameZh})) between 1 and 100 and length(btrim(${t.nameEn})) between 1 and 100`),
  ],
);
