import type { AuditContext } from '../../platform/audit/audit.service';
import { isForeignKeyViolation, isUniqueViolation } from '../../platform/db/db-errors';
import { inTransaction } from '../../platform/db/unit-of-work';
import { AppError } from '../../platform/http/app-error';
import type { CreateTierBody, PatchTierBody, Tier } from './loyalty-config.contracts';
import * as repo from './tiers.repository';
import { auditLoyalty, type LoyaltyDeps } from './service-context';

function toTier(t: repo.TierRow, members: number): Tier {
  return {
    id: t.id,
    code: t.code,
    name: t.name,
    rank: t.rank,
    minSpendCents: Number(t.minSpendCents),
    minVisits: t.minVisits,
    qualify: t.qualify === 'all' ? 'all' : 'any',
    rateDiscountPct: t.rateDiscountPct,
    pointsMultiplier: Number(t.pointsMultiplier),
    priorityService: t.priorityService,
    birthdayPoints: t.birthdayPoints,
    members,
  };
}

/** Tiers in rank order with how many members hold each. */
export async function listTiers(deps: Pick<LoyaltyDeps, 'database'>): Promise<{ items: Tier[] }> {
  const db = deps.database.db;
  const counts = await repo.countMembersPerTier(db);
  return { items: (await repo.listTiers(db)).map((t) => toTier(t, counts.get(t.id) ?? 0)) };
}

const taken = (err: unknown) => {
  throw isUniqueViolation(err) ? new AppError('tier_taken') : err;
};

/** Creates a tier (unique code and rank); members reach it at the next evaluation. Audited. */
export async function createTier(deps: LoyaltyDeps, ctx: AuditContext, body: CreateTierBody): Promise<Tier> {
  return inTransaction(deps, async (tx) => {
    const now = deps.clock.now();
    const row = await repo.insertTier(tx, { ...body, id: deps.ids.uuid(), createdAt: now, updatedAt: now }).catch(taken);
    await auditLoyalty(tx, now, ctx, 'loyalty.tier_created', { type: 'tier', id: row.id }, { ...body });
    return toTier(row, 0);
  });
}

/** Changes a tier's thresholds or benefits; audited. */
export async function updateTier(deps: LoyaltyDeps, ctx: AuditContext, id: string, body: PatchTierBody): Promise<Tier> {
  return inTransaction(deps, async (tx) => {
    const now = deps.clock.now();
    const row = await repo.updateTier(tx, id, { ...body, updatedAt: now }).catch(taken);
    if (!row) throw new AppError('tier_not_found');
    await auditLoyalty(tx, now, ctx, 'loyalty.tier_updated', { type: 'tier', id }, { changes: body });
    return toTier(row, (await repo.countMembersPerTier(tx)).get(id) ?? 0);
  });
}

/** Deletes a tier nobody holds (else 409 `tier_in_use`); audited. */
export async function deleteTier(deps: LoyaltyDeps, ctx: AuditContext, id: string): Promise<void> {
  await inTransaction(deps, async (tx) => {
    if (((await repo.countMembersPerTier(tx)).get(id) ?? 0) > 0) throw new AppError('tier_in_use');
    const gone = await repo.deleteTier(tx, id).catch((err: unknown) => {
      throw isForeignKeyViolation(err) ? new AppError('tier_in_use') : err;
    });
    if (!gone) throw new AppError('tier_not_found');
    await auditLoyalty(tx, deps.clock.now(), ctx, 'loyalty.tier_deleted', { type: 'tier', id }, {});
  });
}
