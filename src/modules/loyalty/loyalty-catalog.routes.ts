import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { auditContext } from '../../platform/audit/audit.service';
import { actingStoreId } from '../../platform/auth/store-scope';
import { IdParams } from '../../platform/http/schemas';
import * as templates from './coupon-templates.service';
import { redeemCoupon, voidCoupon } from './coupons.service';
import {
  BulkIssueAnswer,
  BulkIssueBody,
  Coupon,
  CouponTemplate,
  CreateCouponTemplateBody,
  CreateRewardBody,
  PatchCouponTemplateBody,
  PatchRewardBody,
  RedeemCouponAnswer,
  RedeemCouponBody,
  Reward,
  VoidCouponBody,
} from './loyalty-catalog.contracts';
import * as rewards from './rewards.service';

const tags = ['loyalty'];
const manage = { access: 'loyalty:manage' } as const;
const operate = { access: 'loyalty:operate' } as const;

/** /loyalty/rewards, /loyalty/coupon-templates and /coupons: the catalog and coupon redemption. */
export async function loyaltyCatalogRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();
  const deps = app.deps;

  r.get('/loyalty/rewards', { config: { access: 'members:read' }, schema: { tags, summary: 'The rewards catalog', response: { 200: Type.Object({ items: Type.Array(Reward) }) } } }, async () => rewards.listRewards(deps));
  r.post('/loyalty/rewards', { config: manage, schema: { tags, summary: 'Add a reward', body: CreateRewardBody, response: { 201: Reward } } }, async (request, reply) =>
    reply.status(201).send(await rewards.createReward(deps, auditContext(request), request.body)),
  );
  r.patch('/loyalty/rewards/:id', { config: manage, schema: { tags, summary: 'Change a reward (price, stock, active)', params: IdParams, body: PatchRewardBody, response: { 200: Reward } } }, async (request) =>
    rewards.updateReward(deps, auditContext(request), request.params.id, request.body),
  );

  r.get('/loyalty/coupon-templates', { config: { access: 'members:read' }, schema: { tags, summary: 'Coupon templates', response: { 200: Type.Object({ items: Type.Array(CouponTemplate) }) } } }, async () => templates.listTemplates(deps));
  r.post('/loyalty/coupon-templates', { config: manage, schema: { tags, summary: 'Create a coupon template', body: CreateCouponTemplateBody, response: { 201: CouponTemplate } } }, async (request, reply) =>
    reply.status(201).send(await templates.createTemplate(deps, auditContext(request), request.body)),
  );
  r.patch('/loyalty/coupon-templates/:id', { config: manage, schema: { tags, summary: 'Change a coupon template', params: IdParams, body: PatchCouponTemplateBody, response: { 200: CouponTemplate } } }, async (request) =>
    templates.updateTemplate(deps, auditContext(request), request.params.id, request.body),
  );
  r.post('/loyalty/coupon-templates/:id/issue', { config: manage, schema: { tags, summary: 'Issue a coupon to each listed member', params: IdParams, body: BulkIssueBody, response: { 200: BulkIssueAnswer } } }, async (request) =>
    templates.bulkIssue(deps, auditContext(request), request.params.id, request.body),
  );

  r.post('/coupons/redeem', { config: operate, schema: { tags, summary: 'Redeem a coupon by its code at a store', body: RedeemCouponBody, response: { 200: RedeemCouponAnswer } } }, async (request) => {
    const storeId = actingStoreId(request.principal, request.body.storeId);
    return redeemCoupon(deps, auditContext(request), { code: request.body.code, storeId, customerId: request.body.customerId });
  });
  r.post('/coupons/:id/void', { config: manage, schema: { tags, summary: 'Void an issued coupon', params: IdParams, body: VoidCouponBody, response: { 200: Coupon } } }, async (request) =>
    voidCoupon(deps, auditContext(request), request.params.id, request.body.reason),
  );
}
