import { sql } from 'drizzle-orm';
import { bigint, boolean, check, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { stores } from '../organisation/organisation.schema';
import { customers } from '../customers/customers.schema';
import { users } from '../../platform/auth/auth.schema';

/** Member cards: physical or virtual, valid chain-wide (store_id null) or at one store. */
export const memberCards = pgTable(
  'member_cards',
  {
    id: uuid('id').primaryKey(),
    number: text('number').notNull(),
    customerId: uuid('customer_id').notNull().references(() => customers.id),
    /** physical | virtual */
    kind: text('kind').notNull(),
    storeId: uuid('store_id').references(() => stores.id),
    /** active | frozen | lost | replaced */
    status: text('status').notNull().default('active'),
    replacedByCardId: uuid('replaced_by_card_id'),
    issuedAt: timestamp('issued_at', { withTimezone: true }).notNull(),
    issuedBy: uuid('issued_by').references(() => users.id),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex('member_cards_number_uq').on(t.number),
    index('member_cards_customer_idx').on(t.customerId),
    check('member_cards_kind_ck', sql`${t.kind} in ('physical', 'virtual')`),
    check('member_cards_status_ck', sql`${t.status} in ('active', 'frozen', 'lost', 'replaced')`),
  ],
);

/** One wallet per customer, chain-wide; the cached balances equal the sums of wallet_entries. */
export const wallets = pgTable(
  'wallets',
  {
    customerId: uuid('customer_id').primaryKey().references(() => customers.id),
    cashCents: bigint('cash_cents', { mode: 'number' }).notNull().default(0),
    bonusCents: bigint('bonus_cents', { mode: 'number' }).notNull().default(0),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [check('wallets_cash_ck', sql`${t.cashCents} >= 0`), check('wallets_bonus_ck', sql`${t.bonusCents} >= 0`)],
);

/**
 * The ledger: every balance change is one row. `amount` is signed (cents for cash/bonus,
 * minutes for packages); `balance_after` is the asset's balance (the package's minutes) after it.
 */
export const walletEntries = pgTable(
  'wallet_entries',
  {
    id: uuid('id').primaryKey(),
    customerId: uuid('customer_id').notNull().references(() => customers.id),
    storeId: uuid('store_id').references(() => stores.id),
    at: timestamp('at', { withTimezone: true }).notNull(),
    /** topup | topup_bonus | refund | session_charge | package_purchase | package_grant | package_use | adjustment */
    kind: text('kind').notNull(),
    /** cash | bonus | package */
    asset: text('asset').notNull(),
    packageId: uuid('package_id'),
    amount: bigint('amount', { mode: 'number' }).notNull(),
    balanceAfter: bigint('balance_after', { mode: 'number' }).notNull(),
    /** cash | bank_card | wechat_pay | alipay | other (recorded, not processed) */
    paymentMethod: text('payment_method'),
    reference: text('reference'),
    actor: text('actor').notNull(),
    note: text('note'),
    idempotencyKey: text('idempotency_key'),
  },
  (t) => [
    uniqueIndex('wallet_entries_idem_uq').on(t.idempotencyKey),
    index('wallet_entries_customer_idx').on(t.customerId, t.at, t.id),
    index('wallet_entries_store_at_idx').on(t.storeId, t.at, t.id),
    index('wallet_entries_at_idx').on(t.at, t.id),
    index('wallet_entries_reference_idx').on(t.reference),
    check('wallet_entries_asset_ck', sql`${t.asset} in ('cash', 'bonus', 'package')`),
    check('wallet_entries_balance_ck', sql`${t.balanceAfter} >= 0`),
  ],
);

/** Top-up promotions: top up at least `min_amount`, get `bonus_cents` (+ `bonus_percent` of the amount). */
export const topupPromotions = pgTable(
  'topup_promotions',
  {
    id: uuid('id').primaryKey(),
    name: text('name').notNull(),
    minAmountCents: bigint('min_amount_cents', { mode: 'number' }).notNull(),
    bonusCents: bigint('bonus_cents', { mode: 'number' }).notNull().default(0),
    bonusPercent: integer('bonus_percent'),
    storeId: uuid('store_id').references(() => stores.id),
    validFrom: timestamp('valid_from', { withTimezone: true }),
    validUntil: timestamp('valid_until', { withTimezone: true }),
    active: boolean('active').notNull().default(true),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    check('topup_promotions_amounts_ck', sql`${t.minAmountCents} > 0 and ${t.bonusCents} >= 0`),
    check('topup_promotions_percent_ck', sql`${t.bonusPercent} is null or (${t.bonusPercent} between 0 and 1000)`),
  ],
);

/** Time packages for sale (3 小时, 包夜 overnight): minutes usable in a store-local window, in some zones. */
export const timePackageProducts = pgTable(
  'time_package_products',
  {
    id: uuid('id').primaryKey(),
    name: text('name').notNull(),
    minutes: integer('minutes').notNull(),
    priceCents: bigint('price_cents', { mode: 'number' }).notNull(),
    /** 'HH:MM' store-local; end < start crosses midnight; null = any time. */
    windowStart: text('window_start'),
    windowEnd: text('window_end'),
    /** Venue zone ids (uuid, no FK: venues owns them); null = any zone. */
    zoneIds: uuid('zone_ids').array(),
    validDays: integer('valid_days'),
    active: boolean('active').notNull().default(true),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    check('time_package_products_minutes_ck', sql`${t.minutes} > 0 and ${t.priceCents} >= 0`),
    check('time_package_products_days_ck', sql`${t.validDays} is null or ${t.validDays} > 0`),
  ],
);

/** A member's time packages (bought or granted); minutes_left is cached, the ledger holds every use. */
export const memberPackages = pgTable(
  'member_packages',
  {
    id: uuid('id').primaryKey(),
    customerId: uuid('customer_id').notNull().references(() => customers.id),
    productId: uuid('product_id').references(() => timePackageProducts.id),
    name: text('name').notNull(),
    minutesTotal: integer('minutes_total').notNull(),
    minutesLeft: integer('minutes_left').notNull(),
    windowStart: text('window_start'),
    windowEnd: text('window_end'),
    zoneIds: uuid('zone_ids').array(),
    validUntil: timestamp('valid_until', { withTimezone: true }),
    purchasedAt: timestamp('purchased_at', { withTimezone: true }).notNull(),
    storeId: uuid('store_id').references(() => stores.id),
  },
  (t) => [
    index('member_packages_customer_idx').on(t.customerId),
    check('member_packages_minutes_ck', sql`${t.minutesLeft} >= 0 and ${t.minutesLeft} <= ${t.minutesTotal}`),
  ],
);
