import type { AuditContext } from '../../platform/audit/audit.service';
import type { Db, Tx } from '../../platform/db/database';
import { inTransaction } from '../../platform/db/unit-of-work';
import { AppError } from '../../platform/http/app-error';
import { isoOrNull } from '../../platform/iso-time';
import { grantPackageMinutes } from '../membership/session-billing';
import { issueCoupon } from './coupon-issue';
import * as repo from './coupons.repository';
import type { Coupon, RedeemCouponAnswer } from './loyalty-catalog.contracts';
import { normaliseCode } from './rules/codes';
import { couponTransition } from './rules/coupon-state';
import { actorOf, assertStore, auditLoyalty, forMember, retryOnConflict, type LoyaltyDeps } from './service-context';

/** The API shape of a coupon with its template's name and kind. */
export function toCoupon(c: repo.CouponRow, t: Pick<repo.CouponTemplateRow, 'name' | 'kind'>): Coupon {
  return {
    id: c.id,
    code: c.code,
    templateId: c.templateId,
    templateName: t.name,
    kind: t.kind as Coupon['kind'],
    customerId: c.customerId,
    status: c.status as Coupon['status'],
    issuedAt: c.issuedAt.toISOString(),
    validFrom: c.validFrom.toISOString(),
    validUntil: isoOrNull(c.validUntil),
    redeemedAt: isoOrNull(c.redeemedAt),
    redeemedStoreId: c.redeemedStoreId,
  };
}

/** A member's coupons, newest first, with template names. */
export async function memberCoupons(ex: Db | Tx, customerId: string, limit = 50): Promise<Coupon[]> {
  const rows = await repo.listMemberCoupons(ex, customerId, limit);
  const templates = new Map((await repo.listTemplates(ex)).map((t) => [t.id, t]));
  return rows.map((c) => toCoupon(c, templates.get(c.templateId)!));
}

/** Issues one coupon to a member by hand (desk or back office); audited as `loyalty.coupon_issued`. */
export async function issueToMember(deps: LoyaltyDeps, ctx: AuditContext, customerId: string, templateId: string): Promise<Coupon> {
  return forMember(() =>
    inTransaction(deps, async (tx) => {
      const now = deps.clock.now();
      const res = await issueCoupon(tx, deps.ids, { templateId, customerId, at: now, issuedBy: actorOf(ctx) });
      if (!res.ok) throw new AppError('coupon_limit_reached');
      await auditLoyalty(tx, now, ctx, 'loyalty.coupon_issued', { type: 'customer', id: customerId }, { couponId: res.coupon.id, templateId });
      return toCoupon(res.coupon, (await repo.findTemplate(tx, templateId))!);
    }),
  );
}

/**
 * Redeems a coupon by its code at a store. The state machine (rules/coupon-state.ts) says whether
 * it may move; the conditional update makes exactly one of two concurrent redemptions win. A
 * free-time coupon grants its minutes to the member's wallet. Audited as `loyalty.coupon_redeemed`.
 * @example await redeemCoupon(deps, ctx, { code: 'k7qx 4mnp 9ab3', storeId }) // { coupon: { status: 'redeemed', … }, packageId: null }
 */
export async function redeemCoupon(deps: LoyaltyDeps, ctx: AuditContext, input: { code: string; storeId: string; customerId?: string }): Promise<RedeemCouponAnswer> {
  await assertStore(deps, input.storeId);
  return retryOnConflict(() => inTransaction(deps, async (tx, outbox) => {
    const now = deps.clock.now();
    const found = await repo.findCouponByCode(tx, normaliseCode(input.code));
    if (!found) throw new AppError('coupon_not_found');
    if (input.customerId && input.customerId !== found.customerId) throw new AppError('coupon_other_member');
    const move = couponTransition(found, 'redeem', now);
    if (!move.ok) throw new AppError(move.reason);
    const actor = actorOf(ctx);
    const coupon = await repo.closeCoupon(tx, found.id, { status: 'redeemed', redeemedAt: now, redeemedStoreId: input.storeId, redeemedBy: actor });
    if (!coupon) throw new AppError('coupon_already_redeemed');
    const template = (await repo.findTemplate(tx, coupon.templateId))!;
    let packageId: string | null = null;
    if (template.kind === 'free_time' && template.minutes) {
      ({ packageId } = await grantPackageMinutes(tx, outbox, { customerId: coupon.customerId, storeId: input.storeId, minutes: template.minutes, name: template.name, reason: `coupon:${coupon.id}`, actor, at: now }));
    }
    await auditLoyalty(tx, now, ctx, 'loyalty.coupon_redeemed', { type: 'coupon', id: coupon.id }, { customerId: coupon.customerId, storeId: input.storeId, packageId });
    outbox.add('coupon.redeemed', { couponId: coupon.id, customerId: coupon.customerId, storeId: input.storeId });
    return { coupon: toCoupon(coupon, template), packageId };
  }));
}

/** Voids an issued coupon with a reason; audited as `loyalty.coupon_voided`. */
export async function voidCoupon(deps: LoyaltyDeps, ctx: AuditContext, id: string, reason: string): Promise<Coupon> {
  return inTransaction(deps, async (tx) => {
    const now = deps.clock.now();
    const found = await repo.findCoupon(tx, id);
    if (!found) throw new AppError('coupon_not_found');
    const move = couponTransition(found, 'void', now);
    if (!move.ok) throw new AppError(move.reason);
    const coupon = await repo.closeCoupon(tx, id, { status: 'void', closedReason: reason });
    if (!coupon) throw new AppError('coupon_already_redeemed');
    await auditLoyalty(tx, now, ctx, 'loyalty.coupon_voided', { type: 'coupon', id }, { reason, customerId: coupon.customerId });
    return toCoupon(coupon, (await repo.findTemplate(tx, coupon.templateId))!);
  });
}
