import { and, asc, eq, isNull, or, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../platform/db/database';
import { loyaltyRedemptions, loyaltyRewards } from './loyalty.schema';

type Executor = Db | Tx;
export type RewardRow = typeof loyaltyRewards.$inferSelect;
export type NewRewardRow = typeof loyaltyRewards.$inferInsert;

export async function listRewards(ex: Executor): Promise<RewardRow[]> {
  return ex.select().from(loyaltyRewards).orderBy(asc(loyaltyRewards.pointsCost), asc(loyaltyRewards.id));
}

export async function findReward(ex: Executor, id: string): Promise<RewardRow | undefined> {
  const [row] = await ex.select().from(loyaltyRewards).where(eq(loyaltyRewards.id, id));
  return row;
}

export async function insertReward(tx: Tx, row: NewRewardRow): Promise<RewardRow> {
  const [created] = await tx.insert(loyaltyRewards).values(row).returning();
  return created!;
}

export async function updateReward(tx: Tx, id: string, changes: Partial<NewRewardRow>): Promise<RewardRow | undefined> {
  const [row] = await tx.update(loyaltyRewards).set(changes).where(eq(loyaltyRewards.id, id)).returning();
  return row;
}

/**
 * Takes one from stock if the reward is active and has stock (or unlimited stock): a conditional
 * update, so concurrent redemptions never take the stock below zero.
 */
export async function takeOne(tx: Tx, id: string, now: Date): Promise<RewardRow | undefined> {
  const [row] = await tx
    .update(loyaltyRewards)
    .set({ stock: sql`case when ${loyaltyRewards.stock} is null then null else ${loyaltyRewards.stock} - 1 end`, updatedAt: now })
    .where(and(eq(loyaltyRewards.id, id), eq(loyaltyRewards.active, true), or(isNull(loyaltyRewards.stock), sql`${loyaltyRewards.stock} >= 1`)))
    .returning();
  return row;
}

export async function insertRedemption(tx: Tx, row: typeof loyaltyRedemptions.$inferInsert): Promise<void> {
  await tx.insert(loyaltyRedemptions).values(row);
}
