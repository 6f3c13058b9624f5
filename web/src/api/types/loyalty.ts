// Request and response shapes of the loyalty API (see types.ts); drift checks in ./loyalty-checks.ts.
import type { Id, Timestamp } from './common';

export type EarningRuleKind = 'per_amount' | 'per_hour' | 'first_visit' | 'birthday' | 'custom_event';
export type EarningEventType = 'recharge' | 'purchase' | 'visit' | 'play_session' | 'custom';

export interface EarningRule {
  id: Id;
  name: string;
  kind: EarningRuleKind;
  eventTypes: string[];
  points: number;
  unitCents: number;
  customName: string | null;
  maxPerEvent: number | null;
  maxPerDay: number | null;
  active: boolean;
  createdAt: Timestamp;
  updatedAt: Timestamp;
}
export interface CreateEarningRuleRequest {
  kind: EarningRuleKind;
  name: string;
  eventTypes?: EarningEventType[];
  points: number;
  unitCents?: number;
  customName?: string | null;
  maxPerEvent?: number | null;
  maxPerDay?: number | null;
  active?: boolean;
}
export type UpdateEarningRuleRequest = Partial<Omit<CreateEarningRuleRequest, 'kind'>>;

export interface Campaign {
  id: Id;
  name: string;
  startsAt: Timestamp;
  endsAt: Timestamp;
  factor: number;
  eventTypes: string[];
  active: boolean;
}
export interface CreateCampaignRequest {
  name: string;
  startsAt: Timestamp;
  endsAt: Timestamp;
  factor: number;
  eventTypes?: EarningEventType[];
  active?: boolean;
}
export type UpdateCampaignRequest = Partial<CreateCampaignRequest>;

export interface Tier {
  id: Id;
  code: string;
  name: string;
  rank: number;
  minSpendCents: number;
  minVisits: number;
  qualify: 'any' | 'all';
  rateDiscountPct: number;
  pointsMultiplier: number;
  priorityService: boolean;
  birthdayPoints: number;
  members: number;
}
export type CreateTierRequest = Pick<Tier, 'code' | 'name' | 'rank'> & Partial<Pick<Tier, 'minSpendCents' | 'minVisits' | 'qualify' | 'rateDiscountPct' | 'pointsMultiplier' | 'priorityService' | 'birthdayPoints'>>;
export type UpdateTierRequest = Partial<CreateTierRequest>;

export type ExpiryPolicy = 'never' | 'months' | 'end_of_next_year';
export interface LoyaltySettings {
  expiryPolicy: ExpiryPolicy;
  expiryMonths: number;
  referrerPoints: number;
  refereePoints: number;
  referralThresholdCents: number;
  referralWindowDays: number;
  tierGraceDays: number;
  updatedAt: Timestamp;
}
export type UpdateLoyaltySettingsRequest = Partial<Omit<LoyaltySettings, 'updatedAt'>>;

export type RewardKind = 'gift' | 'coupon' | 'free_time';
export interface Reward {
  id: Id;
  name: string;
  description: string;
  kind: RewardKind;
  pointsCost: number;
  stock: number | null;
  couponTemplateId: Id | null;
  minutes: number | null;
  active: boolean;
}
export interface CreateRewardRequest {
  kind: RewardKind;
  name: string;
  description?: string;
  pointsCost: number;
  stock?: number | null;
  couponTemplateId?: Id | null;
  minutes?: number | null;
  active?: boolean;
}
export type UpdateRewardRequest = Partial<Omit<CreateRewardRequest, 'kind'>>;

export type CouponKind = 'amount_off' | 'percent_off' | 'free_time' | 'gift';
export type CouponAutoIssue = 'none' | 'tier_upgrade' | 'birthday';
export interface CouponTemplate {
  id: Id;
  name: string;
  kind: CouponKind;
  amountCents: number | null;
  percentOff: number | null;
  minutes: number | null;
  giftName: string | null;
  validFrom: Timestamp | null;
  validTo: Timestamp | null;
  validDays: number | null;
  perMemberLimit: number | null;
  autoIssue: CouponAutoIssue;
  active: boolean;
}
export type CreateCouponTemplateRequest = { kind: CouponKind; name: string } & Partial<Omit<CouponTemplate, 'id' | 'kind' | 'name'>>;
export type UpdateCouponTemplateRequest = Partial<Omit<CreateCouponTemplateRequest, 'kind'>>;

export type CouponStatus = 'issued' | 'redeemed' | 'expired' | 'void';
export interface Coupon {
  id: Id;
  code: string;
  templateId: Id;
  templateName: string;
  kind: CouponKind;
  customerId: Id;
  status: CouponStatus;
  issuedAt: Timestamp;
  validFrom: Timestamp;
  validUntil: Timestamp | null;
  redeemedAt: Timestamp | null;
  redeemedStoreId: Id | null;
}
export interface BulkIssueRequest {
  customerIds: Id[];
}
export interface BulkIssueResponse {
  issued: number;
  skipped: { customerId: Id; reason: string }[];
}
export interface RedeemCouponRequest {
  code: string;
  storeId?: Id;
  customerId?: Id;
}
export interface RedeemCouponResponse {
  coupon: Coupon;
  packageId: Id | null;
}

export type PointsEntryKind = 'earn' | 'redeem' | 'expire' | 'adjust' | 'reverse' | 'referral';
export interface PointsEntry {
  id: Id;
  at: Timestamp;
  kind: PointsEntryKind;
  delta: number;
  balanceAfter: number;
  reason: string;
  actor: string;
  storeId: Id | null;
}

interface TierRef {
  id: Id;
  code: string;
  name: string;
  rateDiscountPct: number;
  pointsMultiplier: number;
  priorityService: boolean;
}
export interface MemberLoyalty {
  customerId: Id;
  balance: number;
  expiringSoon: { points: number; expiresAt: Timestamp }[];
  tier: (TierRef & { since: Timestamp; heldUntil: Timestamp }) | null;
  nextTier: (TierRef & { minSpendCents: number; minVisits: number; qualify: 'any' | 'all' }) | null;
  activity: { spendCents: number; visits: number };
  coupons: Coupon[];
  referral: { code: string | null; invited: number; qualified: number; rewarded: number; referredBy: Id | null };
}

export interface AdjustPointsRequest {
  points: number;
  reason: string;
  storeId?: Id;
}
export interface AdjustPointsResponse {
  entryId: Id;
  balance: number;
}
export interface RedeemRewardRequest {
  rewardId: Id;
  storeId?: Id;
}
export interface RedeemRewardResponse {
  redemptionId: Id;
  balance: number;
  couponCode: string | null;
  packageId: Id | null;
}
export interface Referral {
  id: Id;
  referrerId: Id;
  refereeId: Id;
  linkedAt: Timestamp;
  status: 'pending' | 'rewarded';
}
