import { Type, type Static } from 'typebox';
import { DateTime, Id, Nullable } from '../../platform/http/schemas';

// Request and response shapes of the loyalty configuration API (docs/loyalty.md).

const Name = Type.String({ minLength: 1, maxLength: 200 });
const Points = Type.Integer({ minimum: 0, maximum: 1_000_000 });
const Cap = Nullable(Type.Integer({ minimum: 0, maximum: 100_000_000 }));
const EventTypes = Type.Array(Type.Union([Type.Literal('recharge'), Type.Literal('purchase'), Type.Literal('visit'), Type.Literal('play_session'), Type.Literal('custom')]), { maxItems: 5 });
export const RuleKind = Type.Union([Type.Literal('per_amount'), Type.Literal('per_hour'), Type.Literal('first_visit'), Type.Literal('birthday'), Type.Literal('custom_event')]);
const Factor = Type.Number({ minimum: 0, maximum: 100 });

export const EarningRule = Type.Object({
  id: Id,
  name: Type.String(),
  kind: RuleKind,
  eventTypes: Type.Array(Type.String()),
  points: Type.Integer(),
  unitCents: Type.Integer(),
  customName: Nullable(Type.String()),
  maxPerEvent: Nullable(Type.Integer()),
  maxPerDay: Nullable(Type.Integer()),
  active: Type.Boolean(),
  createdAt: DateTime,
  updatedAt: DateTime,
});
export type EarningRule = Static<typeof EarningRule>;

const ruleFields = {
  name: Name,
  eventTypes: Type.Optional(EventTypes),
  points: Points,
  unitCents: Type.Optional(Type.Integer({ minimum: 1, maximum: 100_000_000 })),
  customName: Type.Optional(Nullable(Type.String({ minLength: 1, maxLength: 128 }))),
  maxPerEvent: Type.Optional(Cap),
  maxPerDay: Type.Optional(Cap),
  active: Type.Optional(Type.Boolean()),
};
export const CreateEarningRuleBody = Type.Object({ kind: RuleKind, ...ruleFields }, { additionalProperties: false });
export type CreateEarningRuleBody = Static<typeof CreateEarningRuleBody>;
export const PatchEarningRuleBody = Type.Partial(Type.Object(ruleFields, { additionalProperties: false }));
export type PatchEarningRuleBody = Static<typeof PatchEarningRuleBody>;

export const Campaign = Type.Object({
  id: Id,
  name: Type.String(),
  startsAt: DateTime,
  endsAt: DateTime,
  factor: Type.Number(),
  eventTypes: Type.Array(Type.String()),
  active: Type.Boolean(),
});
export type Campaign = Static<typeof Campaign>;
const campaignFields = { name: Name, startsAt: DateTime, endsAt: DateTime, factor: Factor, eventTypes: Type.Optional(EventTypes), active: Type.Optional(Type.Boolean()) };
export const CreateCampaignBody = Type.Object(campaignFields, { additionalProperties: false });
export type CreateCampaignBody = Static<typeof CreateCampaignBody>;
export const PatchCampaignBody = Type.Partial(Type.Object(campaignFields, { additionalProperties: false }));
export type PatchCampaignBody = Static<typeof PatchCampaignBody>;

export const Tier = Type.Object({
  id: Id,
  code: Type.String(),
  name: Type.String(),
  rank: Type.Integer(),
  minSpendCents: Type.Integer(),
  minVisits: Type.Integer(),
  qualify: Type.Union([Type.Literal('any'), Type.Literal('all')]),
  rateDiscountPct: Type.Integer(),
  pointsMultiplier: Type.Number(),
  priorityService: Type.Boolean(),
  birthdayPoints: Type.Integer(),
  members: Type.Integer(),
});
export type Tier = Static<typeof Tier>;
const tierFields = {
  code: Type.String({ pattern: '^[A-Za-z0-9_-]{1,32}$' }),
  name: Name,
  rank: Type.Integer({ minimum: 0, maximum: 1000 }),
  minSpendCents: Type.Optional(Type.Integer({ minimum: 0, maximum: 100_000_000_000 })),
  minVisits: Type.Optional(Type.Integer({ minimum: 0, maximum: 100_000 })),
  qualify: Type.Optional(Type.Union([Type.Literal('any'), Type.Literal('all')])),
  rateDiscountPct: Type.Optional(Type.Integer({ minimum: 0, maximum: 100 })),
  pointsMultiplier: Type.Optional(Factor),
  priorityService: Type.Optional(Type.Boolean()),
  birthdayPoints: Type.Optional(Points),
};
export const CreateTierBody = Type.Object(tierFields, { additionalProperties: false });
export type CreateTierBody = Static<typeof CreateTierBody>;
export const PatchTierBody = Type.Partial(Type.Object(tierFields, { additionalProperties: false }));
export type PatchTierBody = Static<typeof PatchTierBody>;

export const ExpiryPolicyName = Type.Union([Type.Literal('never'), Type.Literal('months'), Type.Literal('end_of_next_year')]);
export const LoyaltySettings = Type.Object({
  expiryPolicy: ExpiryPolicyName,
  expiryMonths: Type.Integer(),
  referrerPoints: Type.Integer(),
  refereePoints: Type.Integer(),
  referralThresholdCents: Type.Integer(),
  referralWindowDays: Type.Integer(),
  tierGraceDays: Type.Integer(),
  updatedAt: DateTime,
});
export type LoyaltySettings = Static<typeof LoyaltySettings>;
export const PatchLoyaltySettingsBody = Type.Object(
  {
    expiryPolicy: Type.Optional(ExpiryPolicyName),
    expiryMonths: Type.Optional(Type.Integer({ minimum: 1, maximum: 120 })),
    referrerPoints: Type.Optional(Points),
    refereePoints: Type.Optional(Points),
    referralThresholdCents: Type.Optional(Type.Integer({ minimum: 0, maximum: 100_000_000_000 })),
    referralWindowDays: Type.Optional(Type.Integer({ minimum: 0, maximum: 3650 })),
    tierGraceDays: Type.Optional(Type.Integer({ minimum: 0, maximum: 3650 })),
  },
  { additionalProperties: false },
);
export type PatchLoyaltySettingsBody = Static<typeof PatchLoyaltySettingsBody>;
