import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { auditContext } from '../../platform/audit/audit.service';
import { actingStoreId, readableStoreId } from '../../platform/auth/store-scope';
import { principalStoreId } from '../../platform/auth/principal';
import { Page } from '../../platform/http/pagination';
import { Coupon } from './loyalty-catalog.contracts';
import {
  AdjustPointsAnswer,
  AdjustPointsBody,
  CustomerParams,
  IssueMemberCouponBody,
  LinkReferralBody,
  MemberLoyalty,
  PointsEntriesQuery,
  PointsEntry,
  PointsReport,
  PointsReportQuery,
  RedeemRewardAnswer,
  RedeemRewardBody,
  Referral,
  ReferralCodeAnswer,
} from './loyalty-member.contracts';
import { issueToMember } from './coupons.service';
import { adjustPoints, getMemberLoyalty, listPointsEntries } from './member-loyalty.service';
import { pointsReport } from './points-report.service';
import { linkReferral, referralCode } from './referrals.service';
import { redeemReward } from './rewards.service';

const tags = ['loyalty'];
const read = { access: 'members:read' } as const;
const operate = { access: 'loyalty:operate' } as const;

/** /members/:customerId/…: a member's points, tier, coupons and referrals (chain-wide reads, store-scoped actions). */
export async function loyaltyMemberRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();
  const deps = app.deps;

  r.get('/members/:customerId/loyalty', { config: read, schema: { tags, summary: "A member's points, tier, coupons and referrals", params: CustomerParams, response: { 200: MemberLoyalty } } }, async (request) =>
    getMemberLoyalty(deps, request.params.customerId),
  );
  r.get('/members/:customerId/points', { config: read, schema: { tags, summary: "A member's points entries, newest first", params: CustomerParams, querystring: PointsEntriesQuery, response: { 200: Page(PointsEntry) } } }, async (request) =>
    listPointsEntries(deps, request.params.customerId, request.query),
  );
  r.post('/members/:customerId/points/adjust', { config: { access: 'points:adjust' }, schema: { tags, summary: 'Adjust points by hand with a reason (audited)', params: CustomerParams, body: AdjustPointsBody, response: { 200: AdjustPointsAnswer } } }, async (request) => {
    // A store-bound adjuster records their store; a chain role may name one or none.
    const storeId = principalStoreId(request.principal) ? actingStoreId(request.principal, request.body.storeId) : (request.body.storeId ?? null);
    return adjustPoints(deps, auditContext(request), request.params.customerId, request.body, storeId);
  });
  r.post('/members/:customerId/rewards/redeem', { config: operate, schema: { tags, summary: 'Redeem a reward for points at a store', params: CustomerParams, body: RedeemRewardBody, response: { 200: RedeemRewardAnswer } } }, async (request) => {
    const storeId = actingStoreId(request.principal, request.body.storeId);
    return redeemReward(deps, auditContext(request), { customerId: request.params.customerId, rewardId: request.body.rewardId, storeId });
  });
  r.post('/members/:customerId/coupons', { config: operate, schema: { tags, summary: 'Issue a coupon to a member', params: CustomerParams, body: IssueMemberCouponBody, response: { 201: Coupon } } }, async (request, reply) =>
    reply.status(201).send(await issueToMember(deps, auditContext(request), request.params.customerId, request.body.templateId)),
  );
  r.get('/members/:customerId/referral-code', { config: read, schema: { tags, summary: "The member's referral code (made on first ask)", params: CustomerParams, response: { 200: ReferralCodeAnswer } } }, async (request) =>
    referralCode(deps, request.params.customerId),
  );
  r.post('/members/:customerId/referral', { config: operate, schema: { tags, summary: 'Link a new member to the referrer of a code', params: CustomerParams, body: LinkReferralBody, response: { 201: Referral } } }, async (request, reply) =>
    reply.status(201).send(await linkReferral(deps, auditContext(request), request.params.customerId, request.body.code)),
  );
  r.get('/loyalty/reports/points', { config: { access: 'ledgers:read' }, schema: { tags, summary: 'Points issued and redeemed per store and day', querystring: PointsReportQuery, response: { 200: PointsReport } } }, async (request) =>
    pointsReport(deps, { from: request.query.from, to: request.query.to, storeId: readableStoreId(request.principal, request.query.storeId) }),
  );
}
