import { sql } from 'drizzle-orm';
import { boolean, date, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { stores } from '../organisation/organisation.schema';

/** One consent: granted or not, when, and where it came from (form, store, import, API…). */
export type ConsentEntry = { granted: boolean; at: string; source: string };
export type Consent = Partial<Record<'marketingEmail' | 'marketingSms' | 'marketingPhone' | 'dataProcessing', ConsentEntry>>;
export type Interests = { games?: string[]; modes?: string[]; roles?: string[] };

/** Customer profiles (客户档案): players, members and visitors. Contacts live in identities. */
export const customers = pgTable(
  'customers',
  {
    id: uuid('id').primaryKey(),
    displayName: text('display_name').notNull(),
    realName: text('real_name'),
    gender: text('gender'),
    birthday: date('birthday'),
    region: text('region').notNull().default(''),
    city: text('city').notNull().default(''),
    preferredLocale: text('preferred_locale'),
    /** registration | store | referral | community | import | api */
    source: text('source').notNull().default('api'),
    registeredAt: timestamp('registered_at', { withTimezone: true }),
    homeStoreId: uuid('home_store_id').references(() => stores.id),
    interests: jsonb('interests').$type<Interests>().notNull().default({}),
    tags: text('tags').array().notNull().default(sql`'{}'::text[]`),
    /** Values of admin-defined custom fields, by field key. */
    custom: jsonb('custom').$type<Record<string, unknown>>().notNull().default({}),
    consent: jsonb('consent').$type<Consent>().notNull().default({}),
    /** active | merged | erased */
    status: text('status').notNull().default('active'),
    mergedInto: uuid('merged_into'),
    erasedAt: timestamp('erased_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    // fastupdate off: a search would otherwise read the whole pending list (up to 4 MB) every time.
    index('customers_display_name_trgm').using('gin', t.displayName.op('gin_trgm_ops')).with({ fastupdate: false }),
    index('customers_real_name_trgm').using('gin', t.realName.op('gin_trgm_ops')).with({ fastupdate: false }),
    // Exact and prefix name search (`lower(name) like 'q%'`): a btree range scan, however common the surname.
    index('customers_display_name_prefix').using('btree', sql`lower(${t.displayName}) text_pattern_ops`),
    index('customers_real_name_prefix').using('btree', sql`lower(${t.realName}) text_pattern_ops`),
    index('customers_tags_gin').using('gin', t.tags),
    index('customers_custom_gin').using('gin', t.custom.op('jsonb_path_ops')),
    index('customers_home_store_idx').on(t.homeStoreId),
    index('customers_created_idx').on(t.createdAt, t.id),
  ],
);

/**
 * Ways to recognise a customer: phone (E.164), email (lower-case), game account, member card,
 * WeChat/QQ open id, external ids. Unique per type: any identity finds exactly one customer.
 */
export const customerIdentities = pgTable(
  'customer_identities',
  {
    id: uuid('id').primaryKey(),
    customerId: uuid('customer_id')
      .notNull()
      .references(() => customers.id),
    /** phone | email | game_account | member_card | wechat | qq | external */
    type: text('type').notNull(),
    /** Normalised value: E.164 phone, lower-case email, account id, card number… */
    value: text('value').notNull(),
    /** Game account details: server/region, role id, role name, level; or the external system. */
    attrs: jsonb('attrs').$type<Record<string, unknown>>().notNull().default({}),
    isPrimary: boolean('is_primary').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [uniqueIndex('customer_identities_type_value').on(t.type, t.value), index('customer_identities_customer_idx').on(t.customerId)],
);

/** Admin-defined custom fields on customer profiles. */
export const customerFields = pgTable('customer_fields', {
  id: uuid('id').primaryKey(),
  key: text('key').notNull().unique(),
  label: text('label').notNull(),
  /** text | number | date | enum | boolean */
  type: text('type').notNull(),
  options: text('options').array().notNull().default(sql`'{}'::text[]`),
  required: boolean('required').notNull().default(false),
  sortOrder: integer('sort_order').notNull().default(0),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
});

export const customerNotes = pgTable(
  'customer_notes',
  {
    id: uuid('id').primaryKey(),
    customerId: uuid('customer_id')
      .notNull()
      .references(() => customers.id),
    authorId: uuid('author_id'),
    authorLabel: text('author_label').notNull().default(''),
    body: text('body').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('customer_notes_customer_idx').on(t.customerId, t.createdAt)],
);

/** Profile changes, shown on the customer timeline. */
export const customerHistory = pgTable(
  'customer_history',
  {
    id: uuid('id').primaryKey(),
    customerId: uuid('customer_id')
      .notNull()
      .references(() => customers.id),
    at: timestamp('at', { withTimezone: true }).notNull(),
    actorLabel: text('actor_label').notNull().default(''),
    /** created | updated | identity_added | identity_removed | merged | erased | consent_changed */
    action: text('action').notNull(),
    changes: jsonb('changes').$type<Record<string, unknown>>().notNull().default({}),
  },
  (t) => [index('customer_history_customer_idx').on(t.customerId, t.at)],
);

/** Saved customer-list views: filters and sort, private to their owner or shared. */
export const customerViews = pgTable('customer_views', {
  id: uuid('id').primaryKey(),
  name: text('name').notNull(),
  ownerId: uuid('owner_id').notNull(),
  shared: boolean('shared').notNull().default(false),
  filters: jsonb('filters').$type<Record<string, unknown>>().notNull().default({}),
  sort: text('sort').notNull().default('-createdAt'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
});
