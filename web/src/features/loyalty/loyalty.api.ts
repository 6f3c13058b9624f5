import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { api } from '../../api/client';
import type {
  AdjustPointsRequest,
  AdjustPointsResponse,
  BulkIssueResponse,
  Campaign,
  Coupon,
  CouponTemplate,
  CreateCampaignRequest,
  CreateCouponTemplateRequest,
  CreateEarningRuleRequest,
  CreateRewardRequest,
  CreateTierRequest,
  EarningRule,
  LoyaltySettings,
  MemberLoyalty,
  Page,
  PointsEntry,
  RedeemCouponRequest,
  RedeemCouponResponse,
  RedeemRewardRequest,
  RedeemRewardResponse,
  Reward,
  Tier,
  UpdateCouponTemplateRequest,
  UpdateEarningRuleRequest,
  UpdateLoyaltySettingsRequest,
  UpdateRewardRequest,
  UpdateTierRequest,
} from '../../api/types';

export const loyaltyKey = ['loyalty'] as const;
export const memberLoyaltyKey = (customerId: string) => [...loyaltyKey, 'member', customerId] as const;

type Items<T> = { items: T[] };

export const listRules = () => api.get<Items<EarningRule>>('/loyalty/rules');
export const createRule = (body: CreateEarningRuleRequest) => api.post<EarningRule>('/loyalty/rules', body);
export const updateRule = (id: string, body: UpdateEarningRuleRequest) => api.patch<EarningRule>(`/loyalty/rules/${id}`, body);
export const listCampaigns = () => api.get<Items<Campaign>>('/loyalty/campaigns');
export const createCampaign = (body: CreateCampaignRequest) => api.post<Campaign>('/loyalty/campaigns', body);
export const listTiers = () => api.get<Items<Tier>>('/loyalty/tiers');
export const createTier = (body: CreateTierRequest) => api.post<Tier>('/loyalty/tiers', body);
export const updateTier = (id: string, body: UpdateTierRequest) => api.patch<Tier>(`/loyalty/tiers/${id}`, body);
export const deleteTier = (id: string) => api.delete(`/loyalty/tiers/${id}`);
export const getSettings = () => api.get<LoyaltySettings>('/loyalty/settings');
export const updateSettings = (body: UpdateLoyaltySettingsRequest) => api.patch<LoyaltySettings>('/loyalty/settings', body);
export const listRewards = () => api.get<Items<Reward>>('/loyalty/rewards');
export const createReward = (body: CreateRewardRequest) => api.post<Reward>('/loyalty/rewards', body);
export const updateReward = (id: string, body: UpdateRewardRequest) => api.patch<Reward>(`/loyalty/rewards/${id}`, body);
export const listTemplates = () => api.get<Items<CouponTemplate>>('/loyalty/coupon-templates');
export const createTemplate = (body: CreateCouponTemplateRequest) => api.post<CouponTemplate>('/loyalty/coupon-templates', body);
export const updateTemplate = (id: string, body: UpdateCouponTemplateRequest) => api.patch<CouponTemplate>(`/loyalty/coupon-templates/${id}`, body);
export const bulkIssue = (id: string, customerIds: string[]) => api.post<BulkIssueResponse>(`/loyalty/coupon-templates/${id}/issue`, { customerIds });
export const getMemberLoyalty = (customerId: string) => api.get<MemberLoyalty>(`/members/${customerId}/loyalty`);
export const listEntries = (customerId: string, cursor?: string) => api.get<Page<PointsEntry>>(`/members/${customerId}/points`, { limit: 20, cursor });
export const adjustPoints = (customerId: string, body: AdjustPointsRequest) => api.post<AdjustPointsResponse>(`/members/${customerId}/points/adjust`, body);
export const redeemReward = (customerId: string, body: RedeemRewardRequest) => api.post<RedeemRewardResponse>(`/members/${customerId}/rewards/redeem`, body);
export const redeemCoupon = (body: RedeemCouponRequest) => api.post<RedeemCouponResponse>('/coupons/redeem', body);
export const issueCoupon = (customerId: string, templateId: string) => api.post<Coupon>(`/members/${customerId}/coupons`, { templateId });
export const referralCode = (customerId: string) => api.get<{ code: string }>(`/members/${customerId}/referral-code`);

/** One of the configuration lists of the loyalty page. */
export function useLoyaltyList<T>(name: 'rules' | 'campaigns' | 'tiers' | 'rewards' | 'templates', fetch: () => Promise<Items<T>>, enabled = true) {
  return useQuery({ queryKey: [...loyaltyKey, name], queryFn: fetch, enabled });
}

/** A member's loyalty summary (balance, tier, coupons, referrals). */
export function useMemberLoyalty(customerId: string) {
  return useQuery({ queryKey: memberLoyaltyKey(customerId), queryFn: () => getMemberLoyalty(customerId) });
}

/** A member's points entries, page by page. */
export function usePointsEntries(customerId: string, enabled: boolean) {
  return useInfiniteQuery({
    queryKey: [...memberLoyaltyKey(customerId), 'entries'],
    queryFn: ({ pageParam }) => listEntries(customerId, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    enabled,
  });
}
