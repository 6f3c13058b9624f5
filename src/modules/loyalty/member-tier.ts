import { eq } from 'drizzle-orm';
import type { Db, Tx } from '../../platform/db/database';
import { loyaltyMemberTiers, loyaltyTiers } from './loyalty.schema';

/** The benefits of the tier a member holds, as other modules (venues' rate discounts) need them. */
export interface MemberTierBenefits {
  tierId: string;
  code: string;
  name: string;
  rateDiscountPct: number;
  pointsMultiplier: number;
  priorityService: boolean;
}

/**
 * The tier a customer currently holds with its benefits, or null when they hold none.
 * @example const tier = await memberTier(tx, customerId); const pct = tier?.rateDiscountPct ?? 0;
 */
export async function memberTier(ex: Db | Tx, customerId: string): Promise<MemberTierBenefits | null> {
  const [row] = await ex
    .select({
      tierId: loyaltyTiers.id,
      code: loyaltyTiers.code,
      name: loyaltyTiers.name,
      rateDiscountPct: loyaltyTiers.rateDiscountPct,
      pointsMultiplier: loyaltyTiers.pointsMultiplier,
      priorityService: loyaltyTiers.priorityService,
    })
    .from(loyaltyMemberTiers)
    .innerJoin(loyaltyTiers, eq(loyaltyTiers.id, loyaltyMemberTiers.tierId))
    .where(eq(loyaltyMemberTiers.customerId, customerId));
  return row ? { ...row, pointsMultiplier: Number(row.pointsMultiplier) } : null;
}
