import { sql } from 'drizzle-orm';
import { bigint, boolean, check, customType, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid, type AnyPgColumn } from 'drizzle-orm/pg-core';
import { users } from '../../platform/auth/auth.schema';
import { customers } from '../customers/customers.schema';
import { departments, teams } from '../organisation/organisation.schema';

/** A PostgreSQL tsvector, written and read as text (only SQL builds and queries it). */
const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

/**
 * Ticket categories: an admin-editable tree (parent_id). Defaults are seeded by the migration
 * with fixed ids and codes; a category in use is deactivated, never deleted.
 */
export const ticketCategories = pgTable(
  'ticket_categories',
  {
    id: uuid('id').primaryKey(),
    parentId: uuid('parent_id').references((): AnyPgColumn => ticketCategories.id),
    code: text('code').notNull().unique(),
    nameZh: text('name_zh').notNull(),
    nameEn: text('name_en').notNull(),
    sort: integer('sort').notNull().default(0),
    active: boolean('active').notNull().default(true),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('ticket_categories_parent_idx').on(t.parentId)],
);

/**
 * Service tickets (工单). `number` is the human reference shown as `#100042`. `search` holds the
 * jieba-segmented subject (weight A), description (B) and public messages (C) with the `simple`
 * configuration. A merged ticket is closed and points to the one it was merged into.
 */
export const tickets = pgTable(
  'tickets',
  {
    id: uuid('id').primaryKey(),
    number: bigint('number', { mode: 'number' }).notNull().unique().generatedByDefaultAsIdentity({ name: 'tickets_number_seq', startWith: 100001 }),
    subject: text('subject').notNull(),
    description: text('description').notNull().default(''),
    /** web | email | chat | phone | forum | social | in_game | api */
    channel: text('channel').notNull(),
    categoryId: uuid('category_id').references(() => ticketCategories.id),
    /** low | normal | high | urgent */
    priority: text('priority').notNull().default('normal'),
    /** new | open | pending_customer | on_hold | resolved | closed */
    status: text('status').notNull().default('new'),
    requesterId: uuid('requester_id')
      .notNull()
      .references(() => customers.id),
    departmentId: uuid('department_id').references(() => departments.id),
    teamId: uuid('team_id').references(() => teams.id),
    assigneeId: uuid('assignee_id').references(() => users.id),
    tags: text('tags').array().notNull().default(sql`'{}'::text[]`),
    custom: jsonb('custom').$type<Record<string, unknown>>().notNull().default({}),
    reopenCount: integer('reopen_count').notNull().default(0),
    mergedIntoId: uuid('merged_into_id').references((): AnyPgColumn => tickets.id),
    /** Who created it: `user:<id>`, `api_key:<id>` or `system`. */
    createdBy: text('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
    firstResponseAt: timestamp('first_response_at', { withTimezone: true }),
    resolvedAt: timestamp('resolved_at', { withTimezone: true }),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    archivedAt: timestamp('archived_at', { withTimezone: true }),
    search: tsvector('search').notNull().default(sql`''::tsvector`),
  },
  (t) => [
    check('tickets_channel_check', sql`${t.channel} in ('web', 'email', 'chat', 'phone', 'forum', 'social', 'in_game', 'api')`),
    check('tickets_priority_check', sql`${t.priority} in ('low', 'normal', 'high', 'urgent')`),
    check('tickets_status_check', sql`${t.status} in ('new', 'open', 'pending_customer', 'on_hold', 'resolved', 'closed')`),
    // Lists are keyset pages on (updated_at, id), narrowed by one of these. Ascending on
    // purpose: read backwards they give `desc` (nulls first), which is what ORDER BY … DESC asks
    // for; a `DESC NULLS LAST` index would not serve it.
    index('tickets_updated_idx').on(t.updatedAt, t.id),
    index('tickets_created_idx').on(t.createdAt, t.id),
    index('tickets_status_updated_idx').on(t.status, t.updatedAt, t.id),
    index('tickets_department_updated_idx').on(t.departmentId, t.updatedAt, t.id),
    index('tickets_assignee_updated_idx').on(t.assigneeId, t.updatedAt, t.id),
    index('tickets_requester_updated_idx').on(t.requesterId, t.updatedAt, t.id),
    index('tickets_team_idx').on(t.teamId),
    index('tickets_category_idx').on(t.categoryId),
    // The console's view counts: an index-only scan instead of reading every unarchived ticket.
    index('tickets_view_counts_idx').on(t.status, t.departmentId, t.assigneeId).where(sql`${t.archivedAt} is null`),
    index('tickets_tags_gin').using('gin', t.tags),
    index('tickets_search_gin').using('gin', t.search).with({ fastupdate: false }),
  ],
);

/** Related or duplicate tickets, stored once per pair (low id first). */
export const ticketLinks = pgTable(
  'ticket_links',
  {
    lowId: uuid('low_id')
      .notNull()
      .references(() => tickets.id),
    highId: uuid('high_id')
      .notNull()
      .references(() => tickets.id),
    /** related | duplicate */
    kind: text('kind').notNull(),
    createdBy: text('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.lowId, t.highId] }),
    index('ticket_links_high_idx').on(t.highId),
    check('ticket_links_kind_check', sql`${t.kind} in ('related', 'duplicate')`),
    check('ticket_links_order_check', sql`${t.lowId} < ${t.highId}`),
  ],
);

/**
 * The conversation: public replies, internal notes, the customer's messages and system notes.
 * `external_ref` keeps a channel's own id (an email Message-ID, a chat message id) so a
 * transcript or a mail thread attaches once.
 */
export const ticketMessages = pgTable(
  'ticket_messages',
  {
    id: uuid('id').primaryKey(),
    ticketId: uuid('ticket_id')
      .notNull()
      .references(() => tickets.id),
    /** public_reply | internal_note | customer_message | system */
    kind: text('kind').notNull(),
    /** user | api_key | customer | system */
    authorType: text('author_type').notNull(),
    authorUserId: uuid('author_user_id').references(() => users.id),
    authorCustomerId: uuid('author_customer_id').references(() => customers.id),
    authorLabel: text('author_label').notNull().default(''),
    body: text('body').notNull(),
    mentions: uuid('mentions').array().notNull().default(sql`'{}'::uuid[]`),
    channel: text('channel').notNull(),
    externalRef: text('external_ref'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('ticket_messages_ticket_idx').on(t.ticketId, t.createdAt, t.id),
    uniqueIndex('ticket_messages_external_ref_idx').on(t.ticketId, t.externalRef).where(sql`${t.externalRef} is not null`),
    check('ticket_messages_kind_check', sql`${t.kind} in ('public_reply', 'internal_note', 'customer_message', 'system')`),
    check('ticket_messages_author_type_check', sql`${t.authorType} in ('user', 'api_key', 'customer', 'system')`),
  ],
);

/** Every field change of a ticket: the ticket's own audit trail. */
export const ticketChanges = pgTable(
  'ticket_changes',
  {
    id: uuid('id').primaryKey(),
    ticketId: uuid('ticket_id')
      .notNull()
      .references(() => tickets.id),
    field: text('field').notNull(),
    fromValue: jsonb('from_value'),
    toValue: jsonb('to_value'),
    /** `user:<id>`, `api_key:<id>` or `system` */
    actor: text('actor').notNull(),
    actorLabel: text('actor_label').notNull().default(''),
    at: timestamp('at', { withTimezone: true }).notNull(),
  },
  (t) => [index('ticket_changes_ticket_idx').on(t.ticketId, t.at, t.id)],
);
