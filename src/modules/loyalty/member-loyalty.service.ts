import type { AuditContext } from '../../platform/audit/audit.service';
import { inTransaction } from '../../platform/db/unit-of-work';
import { AppError } from '../../platform/http/app-error';
import { decodeCursor, toPage } from '../../platform/http/pagination';
import { getCustomer } from '../customers/customers.service';
import { memberActivity } from '../events/member-activity.service';
import { memberCoupons } from './coupons.service';
import { expiryPolicyOf } from './earning-setup';
import type { AdjustPointsBody, MemberLoyalty, PointsEntry } from './loyalty-member.contracts';
import { creditPoints, debitPoints } from './points-ledger';
import * as pointsRepo from './points.repository';
import * as referralsRepo from './referrals.repository';
import { expiresAt } from './rules/points-expiry';
import * as settingsRepo from './settings.repository';
import * as tiersRepo from './tiers.repository';
import { actorOf, auditLoyalty, forMember, type LoyaltyDeps } from './service-context';

/** How far ahead "expiring soon" looks. */
const EXPIRING_DAYS = 60;

const tierRef = (t: tiersRepo.TierRow) => ({
  id: t.id,
  code: t.code,
  name: t.name,
  rateDiscountPct: t.rateDiscountPct,
  pointsMultiplier: Number(t.pointsMultiplier),
  priorityService: t.priorityService,
});

/** A member's loyalty at a glance: balance, points expiring in 60 days, tier and the next one, coupons, referrals. */
export async function getMemberLoyalty(deps: LoyaltyDeps, customerId: string): Promise<MemberLoyalty> {
  await getCustomer(deps, { pii: false }, customerId);
  const db = deps.database.db;
  const now = deps.clock.now();
  const balance = await pointsRepo.findBalance(db, customerId);
  const lots = await pointsRepo.selectExpiringLots(db, customerId, now, new Date(now.getTime() + EXPIRING_DAYS * 86_400_000));
  const tiers = await tiersRepo.listTiers(db);
  const held = (await tiersRepo.findMemberTiers(db, [customerId])).get(customerId);
  const current = held ? tiers.find((t) => t.id === held.tierId) : undefined;
  const next = tiers.find((t) => t.rank > (current?.rank ?? -1));
  const activity = (await memberActivity(db, [customerId], now)).get(customerId)!;
  const stats = await referralsRepo.referralStats(db, customerId);
  return {
    customerId,
    balance,
    expiringSoon: lots.map((l) => ({ points: Number(l.remaining), expiresAt: l.expiresAt!.toISOString() })),
    tier: current && held ? { ...tierRef(current), since: held.since.toISOString(), heldUntil: held.heldUntil.toISOString() } : null,
    nextTier: next ? { ...tierRef(next), minSpendCents: Number(next.minSpendCents), minVisits: next.minVisits, qualify: next.qualify === 'all' ? 'all' : 'any' } : null,
    activity,
    coupons: await memberCoupons(db, customerId),
    referral: {
      code: (await referralsRepo.findCodeOf(db, customerId)) ?? null,
      invited: stats.invited,
      qualified: stats.rewarded,
      rewarded: stats.rewarded,
      referredBy: (await referralsRepo.findReferralOf(db, customerId))?.referrerId ?? null,
    },
  };
}

function toEntry(e: pointsRepo.PointsEntryRow): PointsEntry {
  return {
    id: e.id,
    at: e.at.toISOString(),
    kind: e.kind as PointsEntry['kind'],
    delta: Number(e.delta),
    balanceAfter: Number(e.balanceAfter),
    reason: e.reason,
    actor: e.actor,
    storeId: e.storeId,
  };
}

/** A member's points entries, newest first, a page at a time. */
export async function listPointsEntries(deps: Pick<LoyaltyDeps, 'database'>, customerId: string, query: { limit?: number; cursor?: string }) {
  const limit = query.limit ?? 50;
  const pos = decodeCursor(query.cursor);
  const before = pos ? { at: new Date(String(pos.k)), id: pos.id } : undefined;
  if (before && Number.isNaN(before.at.getTime())) throw new AppError('invalid_cursor');
  const rows = await pointsRepo.selectEntries(deps.database.db, customerId, before, limit + 1);
  const page = toPage(rows, limit, (r) => ({ k: r.at.toISOString(), id: r.id }));
  return { items: page.items.map(toEntry), nextCursor: page.nextCursor };
}

/**
 * Adds or removes points by hand with a reason: a credit is a new lot under the expiry policy, a
 * debit takes from the oldest lots and never below zero. Audited as `loyalty.points_adjusted`.
 * @example await adjustPoints(deps, ctx, customerId, { points: -200, reason: 'duplicate award' }, storeId)
 */
export async function adjustPoints(deps: LoyaltyDeps, ctx: AuditContext, customerId: string, body: AdjustPointsBody, storeId: string | null): Promise<{ entryId: string; balance: number }> {
  if (body.points === 0 || body.reason.trim() === '') throw new AppError('points_invalid_adjustment');
  return forMember(() =>
    inTransaction(deps, async (tx, outbox) => {
      const now = deps.clock.now();
      const posting = { customerId, kind: 'adjust' as const, points: Math.abs(body.points), sourceKey: `adjust:${deps.ids.uuid()}`, at: now, reason: body.reason.trim(), actor: actorOf(ctx), storeId };
      const settings = await settingsRepo.findSettings(tx, now);
      const res = body.points > 0 ? await creditPoints(tx, outbox, deps.ids, posting, expiresAt(expiryPolicyOf(settings), now)) : await debitPoints(tx, outbox, deps.ids, posting);
      if (!res.ok) throw new AppError('points_insufficient', `The member has ${res.balance} points`, { balance: res.balance });
      await auditLoyalty(tx, now, ctx, 'loyalty.points_adjusted', { type: 'customer', id: customerId }, { points: body.points, reason: posting.reason, storeId, balance: res.balance });
      return { entryId: res.entryId, balance: res.balance };
    }),
  );
}
