import { Type, type Static } from 'typebox';
import { DateTime, Id, Nullable } from '../../platform/http/schemas';

// Rewards catalog, coupon templates and coupons (docs/loyalty.md).

const Name = Type.String({ minLength: 1, maxLength: 200 });
const Minutes = Type.Integer({ minimum: 1, maximum: 100_000 });

export const RewardKind = Type.Union([Type.Literal('gift'), Type.Literal('coupon'), Type.Literal('free_time')]);
export const Reward = Type.Object({
  id: Id,
  name: Type.String(),
  description: Type.String(),
  kind: RewardKind,
  pointsCost: Type.Integer(),
  stock: Nullable(Type.Integer()),
  couponTemplateId: Nullable(Id),
  minutes: Nullable(Type.Integer()),
  active: Type.Boolean(),
});
export type Reward = Static<typeof Reward>;
const rewardFields = {
  name: Name,
  description: Type.Optional(Type.String({ maxLength: 2000 })),
  pointsCost: Type.Integer({ minimum: 1, maximum: 100_000_000 }),
  stock: Type.Optional(Nullable(Type.Integer({ minimum: 0, maximum: 10_000_000 }))),
  couponTemplateId: Type.Optional(Nullable(Id)),
  minutes: Type.Optional(Nullable(Minutes)),
  active: Type.Optional(Type.Boolean()),
};
export const CreateRewardBody = Type.Object({ kind: RewardKind, ...rewardFields }, { additionalProperties: false });
export type CreateRewardBody = Static<typeof CreateRewardBody>;
export const PatchRewardBody = Type.Partial(Type.Object(rewardFields, { additionalProperties: false }));
export type PatchRewardBody = Static<typeof PatchRewardBody>;

export const CouponKind = Type.Union([Type.Literal('amount_off'), Type.Literal('percent_off'), Type.Literal('free_time'), Type.Literal('gift')]);
export const AutoIssue = Type.Union([Type.Literal('none'), Type.Literal('tier_upgrade'), Type.Literal('birthday')]);
export const CouponTemplate = Type.Object({
  id: Id,
  name: Type.String(),
  kind: CouponKind,
  amountCents: Nullable(Type.Integer()),
  percentOff: Nullable(Type.Integer()),
  minutes: Nullable(Type.Integer()),
  giftName: Nullable(Type.String()),
  validFrom: Nullable(DateTime),
  validTo: Nullable(DateTime),
  validDays: Nullable(Type.Integer()),
  perMemberLimit: Nullable(Type.Integer()),
  autoIssue: AutoIssue,
  active: Type.Boolean(),
});
export type CouponTemplate = Static<typeof CouponTemplate>;
const templateFields = {
  name: Name,
  amountCents: Type.Optional(Nullable(Type.Integer({ minimum: 1, maximum: 100_000_000 }))),
  percentOff: Type.Optional(Nullable(Type.Integer({ minimum: 1, maximum: 100 }))),
  minutes: Type.Optional(Nullable(Minutes)),
  giftName: Type.Optional(Nullable(Type.String({ minLength: 1, maxLength: 200 }))),
  validFrom: Type.Optional(Nullable(DateTime)),
  validTo: Type.Optional(Nullable(DateTime)),
  validDays: Type.Optional(Nullable(Type.Integer({ minimum: 1, maximum: 3650 }))),
  perMemberLimit: Type.Optional(Nullable(Type.Integer({ minimum: 1, maximum: 1000 }))),
  autoIssue: Type.Optional(AutoIssue),
  active: Type.Optional(Type.Boolean()),
};
export const CreateCouponTemplateBody = Type.Object({ kind: CouponKind, ...templateFields }, { additionalProperties: false });
export type CreateCouponTemplateBody = Static<typeof CreateCouponTemplateBody>;
export const PatchCouponTemplateBody = Type.Partial(Type.Object(templateFields, { additionalProperties: false }));
export type PatchCouponTemplateBody = Static<typeof PatchCouponTemplateBody>;

export const CouponStatus = Type.Union([Type.Literal('issued'), Type.Literal('redeemed'), Type.Literal('expired'), Type.Literal('void')]);
export const Coupon = Type.Object({
  id: Id,
  code: Type.String(),
  templateId: Id,
  templateName: Type.String(),
  kind: CouponKind,
  customerId: Id,
  status: CouponStatus,
  issuedAt: DateTime,
  validFrom: DateTime,
  validUntil: Nullable(DateTime),
  redeemedAt: Nullable(DateTime),
  redeemedStoreId: Nullable(Id),
});
export type Coupon = Static<typeof Coupon>;

export const IssueCouponBody = Type.Object({ templateId: Id }, { additionalProperties: false });
export const BulkIssueBody = Type.Object({ customerIds: Type.Array(Id, { minItems: 1, maxItems: 5000 }) }, { additionalProperties: false });
export type BulkIssueBody = Static<typeof BulkIssueBody>;
export const BulkIssueAnswer = Type.Object({
  issued: Type.Integer(),
  skipped: Type.Array(Type.Object({ customerId: Id, reason: Type.String() })),
});
export type BulkIssueAnswer = Static<typeof BulkIssueAnswer>;

export const RedeemCouponBody = Type.Object(
  { code: Type.String({ minLength: 4, maxLength: 40 }), storeId: Type.Optional(Id), customerId: Type.Optional(Id) },
  { additionalProperties: false },
);
export type RedeemCouponBody = Static<typeof RedeemCouponBody>;
export const RedeemCouponAnswer = Type.Object({ coupon: Coupon, packageId: Nullable(Id) });
export type RedeemCouponAnswer = Static<typeof RedeemCouponAnswer>;
export const VoidCouponBody = Type.Object({ reason: Type.String({ minLength: 1, maxLength: 500 }) }, { additionalProperties: false });
