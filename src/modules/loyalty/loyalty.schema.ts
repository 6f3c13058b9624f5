import { sql } from 'drizzle-orm';
import { bigint, boolean, check, index, integer, numeric, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { customers } from '../customers/customers.schema';

/**
 * Member tiers (会员等级), ordered by rank (0 = entry). A customer qualifies when their rolling
 * 12-month spend reaches min_spend_cents and/or their 12-month visits reach min_visits
 * (`qualify`: any = either threshold, all = both).
 */
export const loyaltyTiers = pgTable(
  'loyalty_tiers',
  {
    id: uuid('id').primaryKey(),
    code: text('code').notNull().unique(),
    name: text('name').notNull(),
    rank: integer('rank').notNull().unique(),
    minSpendCents: bigint('min_spend_cents', { mode: 'number' }).notNull().default(0),
    minVisits: integer('min_visits').notNull().default(0),
    /** any | all */
    qualify: text('qualify').notNull().default('any'),
    rateDiscountPct: integer('rate_discount_pct').notNull().default(0),
    pointsMultiplier: numeric('points_multiplier', { precision: 6, scale: 2, mode: 'number' }).notNull().default(1),
    priorityService: boolean('priority_service').notNull().default(false),
    birthdayPoints: integer('birthday_points').notNull().default(0),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    check('loyalty_tiers_thresholds_check', sql`${t.minSpendCents} >= 0 and ${t.minVisits} >= 0 and ${t.rank} >= 0`),
    check('loyalty_tiers_discount_check', sql`${t.rateDiscountPct} between 0 and 100`),
    check('loyalty_tiers_multiplier_check', sql`${t.pointsMultiplier} >= 0`),
    check('loyalty_tiers_qualify_check', sql`${t.qualify} in ('any', 'all')`),
  ],
);

/**
 * The tier each member holds. held_until is the end of the period the tier is guaranteed for
 * (a year after it was reached or last re-qualified); a downgrade happens only after it.
 */
export const loyaltyMemberTiers = pgTable(
  'loyalty_member_tiers',
  {
    customerId: uuid('customer_id')
      .primaryKey()
      .references(() => customers.id),
    tierId: uuid('tier_id')
      .notNull()
      .references(() => loyaltyTiers.id),
    since: timestamp('since', { withTimezone: true }).notNull(),
    heldUntil: timestamp('held_until', { withTimezone: true }).notNull(),
    evaluatedAt: timestamp('evaluated_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('loyalty_member_tiers_tier_idx').on(t.tierId)],
);

/** One row: expiry policy, referral rewards and the tier grace period. */
export const loyaltySettings = pgTable(
  'loyalty_settings',
  {
    id: integer('id').primaryKey().default(1),
    /** never | months | end_of_next_year */
    expiryPolicy: text('expiry_policy').notNull().default('end_of_next_year'),
    expiryMonths: integer('expiry_months').notNull().default(12),
    referrerPoints: integer('referrer_points').notNull().default(0),
    refereePoints: integer('referee_points').notNull().default(0),
    referralThresholdCents: bigint('referral_threshold_cents', { mode: 'number' }).notNull().default(0),
    referralWindowDays: integer('referral_window_days').notNull().default(30),
    tierGraceDays: integer('tier_grace_days').notNull().default(0),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [check('loyalty_settings_values_check', sql`${t.expiryMonths} > 0 and ${t.referrerPoints} >= 0 and ${t.refereePoints} >= 0 and ${t.referralThresholdCents} >= 0 and ${t.referralWindowDays} >= 0 and ${t.tierGraceDays} >= 0`)],
);

/**
 * Earning rules. kind: per_amount (points per unit_cents of paid recharge/purchase, event_types
 * say which), per_hour (play_session), first_visit, birthday (visit or recharge on the birthday),
 * custom_event (a `custom` event named custom_name). Caps are per event and per customer per day.
 */
export const loyaltyEarningRules = pgTable(
  'loyalty_earning_rules',
  {
    id: uuid('id').primaryKey(),
    name: text('name').notNull(),
    kind: text('kind').notNull(),
    eventTypes: text('event_types').array().notNull().default(sql`'{}'::text[]`),
    points: integer('points').notNull(),
    unitCents: integer('unit_cents').notNull().default(100),
    customName: text('custom_name'),
    maxPerEvent: integer('max_per_event'),
    maxPerDay: integer('max_per_day'),
    active: boolean('active').notNull().default(true),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [check('loyalty_earning_rules_values_check', sql`${t.points} >= 0 and ${t.unitCents} > 0 and coalesce(${t.maxPerEvent}, 0) >= 0 and coalesce(${t.maxPerDay}, 0) >= 0`)],
);

/** Campaigns multiply earned points by factor between starts_at and ends_at (event_types empty = all). */
export const loyaltyCampaigns = pgTable(
  'loyalty_campaigns',
  {
    id: uuid('id').primaryKey(),
    name: text('name').notNull(),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
    factor: numeric('factor', { precision: 6, scale: 2, mode: 'number' }).notNull(),
    eventTypes: text('event_types').array().notNull().default(sql`'{}'::text[]`),
    active: boolean('active').notNull().default(true),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [check('loyalty_campaigns_values_check', sql`${t.factor} >= 0 and ${t.endsAt} > ${t.startsAt}`)],
);

/** Where earning has read the events stream up to (one row); moved in the transaction that wrote the points. */
export const loyaltyCursor = pgTable('loyalty_cursor', {
  id: integer('id').primaryKey().default(1),
  lastEventId: uuid('last_event_id'),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
});

/** Cached points balance per member: always the sum of the member's entries. */
export const pointsBalances = pgTable(
  'points_balances',
  {
    customerId: uuid('customer_id')
      .primaryKey()
      .references(() => customers.id),
    balance: bigint('balance', { mode: 'number' }).notNull().default(0),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [check('points_balances_balance_check', sql`${t.balance} >= 0`)],
);

/** The points ledger. source_key makes every award idempotent (e.g. `event:<id>:rule:<id>`). */
export const pointsEntries = pgTable(
  'points_entries',
  {
    id: uuid('id').primaryKey(),
    customerId: uuid('customer_id')
      .notNull()
      .references(() => customers.id),
    at: timestamp('at', { withTimezone: true }).notNull(),
    /** earn | redeem | expire | adjust | reverse | referral */
    kind: text('kind').notNull(),
    delta: bigint('delta', { mode: 'number' }).notNull(),
    balanceAfter: bigint('balance_after', { mode: 'number' }).notNull(),
    sourceKey: text('source_key').notNull().unique(),
    reason: text('reason').notNull().default(''),
    actor: text('actor').notNull().default('system'),
    storeId: uuid('store_id'),
    ruleId: uuid('rule_id'),
    /** The recharge order an award came from, so a refund of it can be reversed. */
    orderRef: text('order_ref'),
    basisCents: bigint('basis_cents', { mode: 'number' }),
  },
  (t) => [
    check('points_entries_balance_check', sql`${t.balanceAfter} >= 0`),
    check('points_entries_kind_check', sql`${t.kind} in ('earn', 'redeem', 'expire', 'adjust', 'reverse', 'referral')`),
    index('points_entries_customer_idx').on(t.customerId, t.at.desc(), t.id.desc()),
    index('points_entries_rule_day_idx').on(t.customerId, t.ruleId, t.at),
    index('points_entries_order_idx').on(t.customerId, t.orderRef),
    index('points_entries_store_idx').on(t.storeId, t.at),
  ],
);

/** Earned points as FIFO lots: redemption and expiry consume the oldest remaining first. */
export const pointsLots = pgTable(
  'points_lots',
  {
    id: uuid('id').primaryKey(),
    customerId: uuid('customer_id')
      .notNull()
      .references(() => customers.id),
    entryId: uuid('entry_id').notNull(),
    earnedAt: timestamp('earned_at', { withTimezone: true }).notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }),
    points: bigint('points', { mode: 'number' }).notNull(),
    remaining: bigint('remaining', { mode: 'number' }).notNull(),
  },
  (t) => [
    check('points_lots_remaining_check', sql`${t.remaining} >= 0 and ${t.remaining} <= ${t.points}`),
    index('points_lots_open_idx').on(t.customerId, t.earnedAt, t.id).where(sql`${t.remaining} > 0`),
    index('points_lots_expiry_idx').on(t.expiresAt).where(sql`${t.remaining} > 0`),
  ],
);

/** Coupon templates: what a coupon is worth, how long it is valid and how many one member may hold. */
export const couponTemplates = pgTable(
  'coupon_templates',
  {
    id: uuid('id').primaryKey(),
    name: text('name').notNull(),
    /** amount_off | percent_off | free_time | gift */
    kind: text('kind').notNull(),
    amountCents: bigint('amount_cents', { mode: 'number' }),
    percentOff: integer('percent_off'),
    minutes: integer('minutes'),
    giftName: text('gift_name'),
    validFrom: timestamp('valid_from', { withTimezone: true }),
    validTo: timestamp('valid_to', { withTimezone: true }),
    validDays: integer('valid_days'),
    perMemberLimit: integer('per_member_limit'),
    /** none | tier_upgrade | birthday: issued automatically by that rule. */
    autoIssue: text('auto_issue').notNull().default('none'),
    active: boolean('active').notNull().default(true),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    check('coupon_templates_kind_check', sql`${t.kind} in ('amount_off', 'percent_off', 'free_time', 'gift')`),
    check('coupon_templates_values_check', sql`coalesce(${t.amountCents}, 0) >= 0 and coalesce(${t.percentOff}, 1) between 1 and 100 and coalesce(${t.minutes}, 1) > 0 and coalesce(${t.validDays}, 1) > 0 and coalesce(${t.perMemberLimit}, 1) > 0`),
  ],
);

/** Issued coupons; status issued → redeemed | expired | void (rules/coupon-state.ts). */
export const coupons = pgTable(
  'coupons',
  {
    id: uuid('id').primaryKey(),
    templateId: uuid('template_id')
      .notNull()
      .references(() => couponTemplates.id),
    customerId: uuid('customer_id')
      .notNull()
      .references(() => customers.id),
    code: text('code').notNull().unique(),
    status: text('status').$type<'issued' | 'redeemed' | 'expired' | 'void'>().notNull().default('issued'),
    issuedAt: timestamp('issued_at', { withTimezone: true }).notNull(),
    validFrom: timestamp('valid_from', { withTimezone: true }).notNull(),
    validUntil: timestamp('valid_until', { withTimezone: true }),
    issuedBy: text('issued_by').notNull(),
    /** Set for rule-issued coupons so a rule issues once (e.g. `tier:<customer>:<tier>`). */
    sourceKey: text('source_key').unique(),
    redeemedAt: timestamp('redeemed_at', { withTimezone: true }),
    redeemedStoreId: uuid('redeemed_store_id'),
    redeemedBy: text('redeemed_by'),
    closedReason: text('closed_reason'),
  },
  (t) => [
    check('coupons_status_check', sql`${t.status} in ('issued', 'redeemed', 'expired', 'void')`),
    index('coupons_customer_idx').on(t.customerId, t.issuedAt),
    index('coupons_open_expiry_idx').on(t.validUntil).where(sql`${t.status} = 'issued'`),
  ],
);

/** The rewards catalog: gifts, coupons and free time for points, with optional stock. */
export const loyaltyRewards = pgTable(
  'loyalty_rewards',
  {
    id: uuid('id').primaryKey(),
    name: text('name').notNull(),
    description: text('description').notNull().default(''),
    /** gift | coupon | free_time */
    kind: text('kind').notNull(),
    pointsCost: integer('points_cost').notNull(),
    /** null = unlimited */
    stock: integer('stock'),
    couponTemplateId: uuid('coupon_template_id').references(() => couponTemplates.id),
    minutes: integer('minutes'),
    active: boolean('active').notNull().default(true),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    check('loyalty_rewards_kind_check', sql`${t.kind} in ('gift', 'coupon', 'free_time')`),
    check('loyalty_rewards_values_check', sql`${t.pointsCost} > 0 and coalesce(${t.stock}, 0) >= 0 and coalesce(${t.minutes}, 1) > 0`),
  ],
);

/** One row per reward redeemed. */
export const loyaltyRedemptions = pgTable(
  'loyalty_redemptions',
  {
    id: uuid('id').primaryKey(),
    rewardId: uuid('reward_id')
      .notNull()
      .references(() => loyaltyRewards.id),
    customerId: uuid('customer_id')
      .notNull()
      .references(() => customers.id),
    storeId: uuid('store_id').notNull(),
    points: integer('points').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull(),
    actor: text('actor').notNull(),
    couponId: uuid('coupon_id'),
    packageId: uuid('package_id'),
  },
  (t) => [index('loyalty_redemptions_customer_idx').on(t.customerId, t.at)],
);

/** A member's referral code, made on first ask. */
export const referralCodes = pgTable('referral_codes', {
  customerId: uuid('customer_id')
    .primaryKey()
    .references(() => customers.id),
  code: text('code').notNull().unique(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
});

/** Who referred whom: one referrer per referee, rewarded at most once (status pending → rewarded). */
export const referrals = pgTable(
  'referrals',
  {
    id: uuid('id').primaryKey(),
    referrerId: uuid('referrer_id')
      .notNull()
      .references(() => customers.id),
    refereeId: uuid('referee_id')
      .notNull()
      .unique()
      .references(() => customers.id),
    linkedAt: timestamp('linked_at', { withTimezone: true }).notNull(),
    status: text('status').notNull().default('pending'),
    rewardedAt: timestamp('rewarded_at', { withTimezone: true }),
    qualifyingEventId: uuid('qualifying_event_id'),
  },
  (t) => [
    check('referrals_status_check', sql`${t.status} in ('pending', 'rewarded')`),
    check('referrals_not_self_check', sql`${t.referrerId} <> ${t.refereeId}`),
    index('referrals_referrer_idx').on(t.referrerId),
  ],
);
