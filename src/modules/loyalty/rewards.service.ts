import type { AuditContext } from '../../platform/audit/audit.service';
import { isForeignKeyViolation } from '../../platform/db/db-errors';
import { inTransaction } from '../../platform/db/unit-of-work';
import { AppError } from '../../platform/http/app-error';
import { grantPackageMinutes } from '../membership/session-billing';
import { issueCoupon } from './coupon-issue';
import type { CreateRewardBody, PatchRewardBody, Reward } from './loyalty-catalog.contracts';
import { debitPoints } from './points-ledger';
import * as repo from './rewards.repository';
import { actorOf, assertStore, auditLoyalty, forMember, retryOnConflict, type LoyaltyDeps } from './service-context';

function toReward(r: repo.RewardRow): Reward {
  return {
    id: r.id,
    name: r.name,
    description: r.description,
    kind: r.kind as Reward['kind'],
    pointsCost: r.pointsCost,
    stock: r.stock,
    couponTemplateId: r.couponTemplateId,
    minutes: r.minutes,
    active: r.active,
  };
}

/** A coupon reward names its template; a free-time reward its minutes. */
function checkReward(kind: string, r: { couponTemplateId?: string | null; minutes?: number | null }): void {
  if (kind === 'coupon' && !r.couponTemplateId) throw new AppError('reward_invalid', 'A coupon reward needs couponTemplateId');
  if (kind === 'free_time' && !r.minutes) throw new AppError('reward_invalid', 'A free_time reward needs minutes');
}

export async function listRewards(deps: Pick<LoyaltyDeps, 'database'>): Promise<{ items: Reward[] }> {
  return { items: (await repo.listRewards(deps.database.db)).map(toReward) };
}

/** Adds a reward to the catalog; audited. */
export async function createReward(deps: LoyaltyDeps, ctx: AuditContext, body: CreateRewardBody): Promise<Reward> {
  checkReward(body.kind, body);
  return inTransaction(deps, async (tx) => {
    const now = deps.clock.now();
    const row = await repo.insertReward(tx, {
      id: deps.ids.uuid(),
      name: body.name,
      description: body.description ?? '',
      kind: body.kind,
      pointsCost: body.pointsCost,
      stock: body.stock ?? null,
      couponTemplateId: body.kind === 'coupon' ? body.couponTemplateId! : null,
      minutes: body.kind === 'free_time' ? body.minutes! : null,
      active: body.active ?? true,
      createdAt: now,
      updatedAt: now,
    }).catch((err: unknown) => {
      throw isForeignKeyViolation(err) ? new AppError('coupon_template_not_found') : err;
    });
    await auditLoyalty(tx, now, ctx, 'loyalty.reward_created', { type: 'reward', id: row.id }, { ...body });
    return toReward(row);
  });
}

/** Changes a reward (price, stock, active…); audited. */
export async function updateReward(deps: LoyaltyDeps, ctx: AuditContext, id: string, body: PatchRewardBody): Promise<Reward> {
  return inTransaction(deps, async (tx) => {
    const before = await repo.findReward(tx, id);
    if (!before) throw new AppError('reward_not_found');
    checkReward(before.kind, { couponTemplateId: body.couponTemplateId === undefined ? before.couponTemplateId : body.couponTemplateId, minutes: body.minutes === undefined ? before.minutes : body.minutes });
    const now = deps.clock.now();
    const row = await repo.updateReward(tx, id, { ...body, updatedAt: now });
    await auditLoyalty(tx, now, ctx, 'loyalty.reward_updated', { type: 'reward', id }, { changes: body });
    return toReward(row!);
  });
}

export interface RedemptionAnswer {
  redemptionId: string;
  balance: number;
  couponCode: string | null;
  packageId: string | null;
}

/**
 * Redeems a reward for a member at a store: takes one from stock, takes the points from the
 * oldest lots, then issues the coupon or grants the free minutes — all in one transaction, so
 * a failure (too few points, out of stock) changes nothing. Audited as `loyalty.reward_redeemed`.
 * @example await redeemReward(deps, ctx, { customerId, rewardId, storeId }) // { balance: 1200, couponCode: 'K7QX-…', … }
 */
export async function redeemReward(deps: LoyaltyDeps, ctx: AuditContext, input: { customerId: string; rewardId: string; storeId: string }): Promise<RedemptionAnswer> {
  await assertStore(deps, input.storeId);
  return forMember(() => retryOnConflict(() => inTransaction(deps, async (tx, outbox) => {
    const now = deps.clock.now();
    const known = await repo.findReward(tx, input.rewardId);
    if (!known) throw new AppError('reward_not_found');
    const reward = await repo.takeOne(tx, input.rewardId, now);
    if (!reward) throw new AppError(known.active ? 'reward_out_of_stock' : 'reward_inactive');
    const redemptionId = deps.ids.uuid();
    const actor = actorOf(ctx);
    const debit = await debitPoints(tx, outbox, deps.ids, {
      customerId: input.customerId,
      kind: 'redeem',
      points: reward.pointsCost,
      sourceKey: `redemption:${redemptionId}`,
      at: now,
      reason: `reward: ${reward.name}`,
      actor,
      storeId: input.storeId,
    });
    if (!debit.ok) throw new AppError('points_insufficient', `The reward costs ${reward.pointsCost} points; the member has ${debit.balance}`, { balance: debit.balance });
    let couponCode: string | null = null;
    let couponId: string | null = null;
    let packageId: string | null = null;
    if (reward.kind === 'coupon' && reward.couponTemplateId) {
      const issued = await issueCoupon(tx, deps.ids, { templateId: reward.couponTemplateId, customerId: input.customerId, at: now, issuedBy: actor });
      if (!issued.ok) throw new AppError('coupon_limit_reached');
      couponCode = issued.coupon.code;
      couponId = issued.coupon.id;
    }
    if (reward.kind === 'free_time' && reward.minutes) {
      ({ packageId } = await grantPackageMinutes(tx, outbox, { customerId: input.customerId, storeId: input.storeId, minutes: reward.minutes, name: reward.name, reason: `reward:${redemptionId}`, actor, at: now }));
    }
    await repo.insertRedemption(tx, { id: redemptionId, rewardId: reward.id, customerId: input.customerId, storeId: input.storeId, points: reward.pointsCost, at: now, actor, couponId, packageId });
    await auditLoyalty(tx, now, ctx, 'loyalty.reward_redeemed', { type: 'customer', id: input.customerId }, { rewardId: reward.id, points: reward.pointsCost, storeId: input.storeId, couponId, packageId });
    return { redemptionId, balance: debit.balance, couponCode, packageId };
  })));
}
