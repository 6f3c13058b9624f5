import { eq, inArray } from 'drizzle-orm';
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
  return (await memberTiers(ex, [customerId])).get(customerId) ?? null;
}

/** The tiers these customers hold, by customer id (one query; customers without a tier are left out). */
export async function memberTiers(ex: Db | Tx, customerIds: string[]): Promise<Map<string, MemberTierBenefits>> {
  if (customerIds.length === 0) return new Map();
  const rows = await ex
    .select({
      customerId: loyaltyMemberTiers.customerId,
      tierId: loyaltyTiers.id,
      code: loyaltyTiers.code,
      name: loyaltyTiers.name,
      rateDiscountPct: loyaltyTiers.rateDiscountPct,
      pointsMultiplier: loyaltyTiers.pointsMultiplier,
      priorityService: loyaltyTiers.priorityService,
    })
    .from(loyaltyMemberTiers)
    .innerJoin(loyaltyTiers, eq(loyaltyTiers.id, loyaltyMemberTiers.tierId))
    .where(customerIds.length === 1 ? eq(loyaltyMemberTiers.customerId, customerIds[0]!) : inArray(loyaltyMemberTiers.customerId, customerIds));
  return new Map(rows.map(({ customerId, ...tier }) => [customerId, { ...tier, pointsMultiplier: Number(tier.pointsMultiplier) }]));
}
