import { sql } from 'drizzle-orm';
import { boolean, check, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from '../../../platform/auth/auth.schema';
import type { RuleActions, RuleConditions } from './rules/routing-rules';

/**
 * Routing rules (分派规则), applied in `position` order to every new ticket (docs/ticket-routing.md).
 * `conditions` and `actions` are the JSON shapes of rules/routing-rules.ts, validated on write.
 */
export const ticketRoutingRules = pgTable(
  'ticket_routing_rules',
  {
    id: uuid('id').primaryKey(),
    name: text('name').notNull(),
    position: integer('position').notNull(),
    active: boolean('active').notNull().default(true),
    conditions: jsonb('conditions').$type<RuleConditions>().notNull().default({}),
    actions: jsonb('actions').$type<RuleActions>().notNull().default({}),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('ticket_routing_rules_position_idx').on(t.position, t.id)],
);

/**
 * An agent's availability and skills for automatic assignment. No row: offline with the defaults.
 * The assigner locks a team's rows (`FOR UPDATE`) while it picks, so concurrent tickets queue.
 */
export const agentPresence = pgTable(
  'agent_presence',
  {
    userId: uuid('user_id')
      .primaryKey()
      .references(() => users.id),
    /** online | away | offline */
    status: text('status').notNull().default('offline'),
    /** Most unsolved tickets the assigner gives the agent. */
    capacity: integer('capacity').notNull().default(10),
    languages: text('languages').array().notNull().default(sql`'{}'::text[]`),
    categoryIds: uuid('category_ids').array().notNull().default(sql`'{}'::uuid[]`),
    lastAssignedAt: timestamp('last_assigned_at', { withTimezone: true }),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    check('agent_presence_status_check', sql`${t.status} in ('online', 'away', 'offline')`),
    check('agent_presence_capacity_check', sql`${t.capacity} between 0 and 1000`),
  ],
);
