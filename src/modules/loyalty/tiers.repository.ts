import { asc, count, eq, gt, inArray } from 'drizzle-orm';
import type { Db, Tx } from '../../platform/db/database';
import { loyaltyMemberTiers, loyaltyTiers } from './loyalty.schema';

type Executor = Db | Tx;
export type TierRow = typeof loyaltyTiers.$inferSelect;
export type NewTierRow = typeof loyaltyTiers.$inferInsert;
export type MemberTierRow = typeof loyaltyMemberTiers.$inferSelect;

export async function listTiers(ex: Executor): Promise<TierRow[]> {
  return ex.select().from(loyaltyTiers).orderBy(asc(loyaltyTiers.rank));
}

export async function insertTier(tx: Tx, row: NewTierRow): Promise<TierRow> {
  const [created] = await tx.insert(loyaltyTiers).values(row).returning();
  return created!;
}

export async function updateTier(tx: Tx, id: string, changes: Partial<NewTierRow>): Promise<TierRow | undefined> {
  const [row] = await tx.update(loyaltyTiers).set(changes).where(eq(loyaltyTiers.id, id)).returning();
  return row;
}

export async function deleteTier(tx: Tx, id: string): Promise<boolean> {
  const rows = await tx.delete(loyaltyTiers).where(eq(loyaltyTiers.id, id)).returning({ id: loyaltyTiers.id });
  return rows.length > 0;
}

/** Members per tier id. */
export async function countMembersPerTier(ex: Executor): Promise<Map<string, number>> {
  const rows = await ex.select({ tierId: loyaltyMemberTiers.tierId, n: count() }).from(loyaltyMemberTiers).groupBy(loyaltyMemberTiers.tierId);
  return new Map(rows.map((r) => [r.tierId, Number(r.n)]));
}

export async function findMemberTiers(ex: Executor, customerIds: string[]): Promise<Map<string, MemberTierRow>> {
  if (customerIds.length === 0) return new Map();
  const rows = await ex.select().from(loyaltyMemberTiers).where(inArray(loyaltyMemberTiers.customerId, customerIds));
  return new Map(rows.map((r) => [r.customerId, r]));
}

export async function upsertMemberTier(tx: Tx, row: MemberTierRow): Promise<void> {
  await tx
    .insert(loyaltyMemberTiers)
    .values(row)
    .onConflictDoUpdate({ target: loyaltyMemberTiers.customerId, set: { tierId: row.tierId, since: row.since, heldUntil: row.heldUntil, evaluatedAt: row.evaluatedAt } });
}

export async function extendMemberTier(tx: Tx, customerId: string, heldUntil: Date, evaluatedAt: Date): Promise<void> {
  await tx.update(loyaltyMemberTiers).set({ heldUntil, evaluatedAt }).where(eq(loyaltyMemberTiers.customerId, customerId));
}

export async function deleteMemberTier(tx: Tx, customerId: string): Promise<void> {
  await tx.delete(loyaltyMemberTiers).where(eq(loyaltyMemberTiers.customerId, customerId));
}

/** A page of members holding a tier, by customer id (nightly evaluation also visits them). */
export async function memberTierCustomerIds(ex: Executor, afterId: string | null, limit: number): Promise<string[]> {
  const rows = await ex
    .select({ id: loyaltyMemberTiers.customerId })
    .from(loyaltyMemberTiers)
    .where(afterId ? gt(loyaltyMemberTiers.customerId, afterId) : undefined)
    .orderBy(asc(loyaltyMemberTiers.customerId))
    .limit(limit);
  return rows.map((r) => r.id);
}
