import type { Static, TSchema } from 'typebox';
import type * as Config from '../../../../src/modules/loyalty/loyalty-config.contracts';
import type * as Catalog from '../../../../src/modules/loyalty/loyalty-catalog.contracts';
import type * as Member from '../../../../src/modules/loyalty/loyalty-member.contracts';
import type { Same } from './common';
import type * as L from './loyalty';

// ---- drift checks of the loyalty shapes against the server's TypeBox contracts ----
// Each fails to compile when a field is added, removed or changes type on the server.

type Narrows<Mine, Theirs> = [Mine] extends [Theirs] ? (Same<keyof Mine, keyof Theirs> extends true ? true : false) : false;
type Server<T extends TSchema> = Static<T>;

export const loyaltyContractChecks: {
  rule: Narrows<L.EarningRule, Server<typeof Config.EarningRule>>;
  createRule: Narrows<L.CreateEarningRuleRequest, Server<typeof Config.CreateEarningRuleBody>>;
  updateRule: Narrows<L.UpdateEarningRuleRequest, Server<typeof Config.PatchEarningRuleBody>>;
  campaign: Narrows<L.Campaign, Server<typeof Config.Campaign>>;
  createCampaign: Narrows<L.CreateCampaignRequest, Server<typeof Config.CreateCampaignBody>>;
  tier: Narrows<L.Tier, Server<typeof Config.Tier>>;
  createTier: Narrows<L.CreateTierRequest, Server<typeof Config.CreateTierBody>>;
  updateTier: Narrows<L.UpdateTierRequest, Server<typeof Config.PatchTierBody>>;
  settings: Narrows<L.LoyaltySettings, Server<typeof Config.LoyaltySettings>>;
  updateSettings: Narrows<L.UpdateLoyaltySettingsRequest, Server<typeof Config.PatchLoyaltySettingsBody>>;
  reward: Narrows<L.Reward, Server<typeof Catalog.Reward>>;
  createReward: Narrows<L.CreateRewardRequest, Server<typeof Catalog.CreateRewardBody>>;
  updateReward: Narrows<L.UpdateRewardRequest, Server<typeof Catalog.PatchRewardBody>>;
  template: Narrows<L.CouponTemplate, Server<typeof Catalog.CouponTemplate>>;
  createTemplate: Narrows<L.CreateCouponTemplateRequest, Server<typeof Catalog.CreateCouponTemplateBody>>;
  coupon: Narrows<L.Coupon, Server<typeof Catalog.Coupon>>;
  bulkIssue: Narrows<L.BulkIssueRequest, Server<typeof Catalog.BulkIssueBody>>;
  bulkIssueAnswer: Narrows<L.BulkIssueResponse, Server<typeof Catalog.BulkIssueAnswer>>;
  redeemCoupon: Narrows<L.RedeemCouponRequest, Server<typeof Catalog.RedeemCouponBody>>;
  redeemCouponAnswer: Narrows<L.RedeemCouponResponse, Server<typeof Catalog.RedeemCouponAnswer>>;
  entry: Narrows<L.PointsEntry, Server<typeof Member.PointsEntry>>;
  member: Narrows<L.MemberLoyalty, Server<typeof Member.MemberLoyalty>>;
  adjust: Narrows<L.AdjustPointsRequest, Server<typeof Member.AdjustPointsBody>>;
  adjustAnswer: Narrows<L.AdjustPointsResponse, Server<typeof Member.AdjustPointsAnswer>>;
  redeemReward: Narrows<L.RedeemRewardRequest, Server<typeof Member.RedeemRewardBody>>;
  redeemRewardAnswer: Narrows<L.RedeemRewardResponse, Server<typeof Member.RedeemRewardAnswer>>;
  referral: Narrows<L.Referral, Server<typeof Member.Referral>>;
} = {
  rule: true,
  createRule: true,
  updateRule: true,
  campaign: true,
  createCampaign: true,
  tier: true,
  createTier: true,
  updateTier: true,
  settings: true,
  updateSettings: true,
  reward: true,
  createReward: true,
  updateReward: true,
  template: true,
  createTemplate: true,
  coupon: true,
  bulkIssue: true,
  bulkIssueAnswer: true,
  redeemCoupon: true,
  redeemCouponAnswer: true,
  entry: true,
  member: true,
  adjust: true,
  adjustAnswer: true,
  redeemReward: true,
  redeemRewardAnswer: true,
  referral: true,
};
