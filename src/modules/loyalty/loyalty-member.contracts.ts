import { Type, type Static } from 'typebox';
import { DateTime, Id, Nullable, pageQueryFields } from '../../platform/http/schemas';
import { Coupon } from './loyalty-catalog.contracts';

// A member's loyalty: balance, lots, tier, coupons, referrals, the points ledger.

export const CustomerParams = Type.Object({ customerId: Id });
export type CustomerParams = Static<typeof CustomerParams>;

export const PointsEntry = Type.Object({
  id: Id,
  at: DateTime,
  kind: Type.Union([Type.Literal('earn'), Type.Literal('redeem'), Type.Literal('expire'), Type.Literal('adjust'), Type.Literal('reverse'), Type.Literal('referral')]),
  delta: Type.Integer(),
  balanceAfter: Type.Integer(),
  reason: Type.String(),
  actor: Type.String(),
  storeId: Nullable(Id),
});
export type PointsEntry = Static<typeof PointsEntry>;
export const PointsEntriesQuery = Type.Object(pageQueryFields);
export type PointsEntriesQuery = Static<typeof PointsEntriesQuery>;

const TierRef = Type.Object({ id: Id, code: Type.String(), name: Type.String(), rateDiscountPct: Type.Integer(), pointsMultiplier: Type.Number(), priorityService: Type.Boolean() });

export const MemberLoyalty = Type.Object({
  customerId: Id,
  balance: Type.Integer(),
  expiringSoon: Type.Array(Type.Object({ points: Type.Integer(), expiresAt: DateTime })),
  tier: Nullable(Type.Object({ ...TierRef.properties, since: DateTime, heldUntil: DateTime })),
  nextTier: Nullable(
    Type.Object({
      ...TierRef.properties,
      minSpendCents: Type.Integer(),
      minVisits: Type.Integer(),
      qualify: Type.Union([Type.Literal('any'), Type.Literal('all')]),
    }),
  ),
  /** The last 12 months, as tiers are evaluated. */
  activity: Type.Object({ spendCents: Type.Integer(), visits: Type.Integer() }),
  coupons: Type.Array(Coupon),
  referral: Type.Object({
    code: Nullable(Type.String()),
    invited: Type.Integer(),
    qualified: Type.Integer(),
    rewarded: Type.Integer(),
    referredBy: Nullable(Id),
  }),
});
export type MemberLoyalty = Static<typeof MemberLoyalty>;

export const AdjustPointsBody = Type.Object(
  {
    points: Type.Integer({ minimum: -100_000_000, maximum: 100_000_000 }),
    reason: Type.String({ minLength: 1, maxLength: 500 }),
    storeId: Type.Optional(Id),
  },
  { additionalProperties: false },
);
export type AdjustPointsBody = Static<typeof AdjustPointsBody>;
export const AdjustPointsAnswer = Type.Object({ entryId: Id, balance: Type.Integer() });

export const RedeemRewardBody = Type.Object({ rewardId: Id, storeId: Type.Optional(Id) }, { additionalProperties: false });
export type RedeemRewardBody = Static<typeof RedeemRewardBody>;
export const RedeemRewardAnswer = Type.Object({ redemptionId: Id, balance: Type.Integer(), couponCode: Nullable(Type.String()), packageId: Nullable(Id) });

export const IssueMemberCouponBody = Type.Object({ templateId: Id }, { additionalProperties: false });

export const ReferralCodeAnswer = Type.Object({ code: Type.String() });
export const LinkReferralBody = Type.Object({ code: Type.String({ minLength: 4, maxLength: 20 }) }, { additionalProperties: false });
export type LinkReferralBody = Static<typeof LinkReferralBody>;
export const Referral = Type.Object({ id: Id, referrerId: Id, refereeId: Id, linkedAt: DateTime, status: Type.Union([Type.Literal('pending'), Type.Literal('rewarded')]) });
export type Referral = Static<typeof Referral>;

export const PointsReportQuery = Type.Object({ from: DateTime, to: DateTime, storeId: Type.Optional(Id) });
export type PointsReportQuery = Static<typeof PointsReportQuery>;
export const PointsReport = Type.Object({
  items: Type.Array(Type.Object({ storeId: Nullable(Id), day: Type.String(), issued: Type.Integer(), redeemed: Type.Integer() })),
});
