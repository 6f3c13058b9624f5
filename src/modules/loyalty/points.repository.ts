import { and, asc, desc, eq, gt, lte, lt, or, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../platform/db/database';
import { pointsBalances, pointsEntries, pointsLots } from './loyalty.schema';

type Executor = Db | Tx;
export type PointsEntryRow = typeof pointsEntries.$inferSelect;
export type NewPointsEntryRow = typeof pointsEntries.$inferInsert;
export type PointsLotRow = typeof pointsLots.$inferSelect;

/** Locks the member's balance row (creating it at 0 first) and answers the balance. */
export async function lockBalance(tx: Tx, customerId: string, at: Date): Promise<number> {
  await tx.insert(pointsBalances).values({ customerId, balance: 0, updatedAt: at }).onConflictDoNothing({ target: pointsBalances.customerId });
  const [row] = await tx.select({ balance: pointsBalances.balance }).from(pointsBalances).where(eq(pointsBalances.customerId, customerId)).for('update');
  return Number(row!.balance);
}

export async function setBalance(tx: Tx, customerId: string, balance: number, at: Date): Promise<void> {
  await tx.update(pointsBalances).set({ balance, updatedAt: at }).where(eq(pointsBalances.customerId, customerId));
}

export async function findBalance(ex: Executor, customerId: string): Promise<number> {
  const [row] = await ex.select({ balance: pointsBalances.balance }).from(pointsBalances).where(eq(pointsBalances.customerId, customerId));
  return Number(row?.balance ?? 0);
}

/** Inserts an entry unless its source key was used; answers it only when inserted. */
export async function insertEntry(tx: Tx, row: NewPointsEntryRow): Promise<PointsEntryRow | undefined> {
  const [created] = await tx.insert(pointsEntries).values(row).onConflictDoNothing({ target: pointsEntries.sourceKey }).returning();
  return created;
}

export async function entryExists(ex: Executor, sourceKey: string): Promise<boolean> {
  const [row] = await ex.select({ id: pointsEntries.id }).from(pointsEntries).where(eq(pointsEntries.sourceKey, sourceKey));
  return Boolean(row);
}

export async function insertLot(tx: Tx, row: typeof pointsLots.$inferInsert): Promise<void> {
  await tx.insert(pointsLots).values(row);
}

/** The member's lots with points left, oldest first, locked for consuming. */
export async function lockOpenLots(tx: Tx, customerId: string): Promise<PointsLotRow[]> {
  return tx
    .select()
    .from(pointsLots)
    .where(and(eq(pointsLots.customerId, customerId), gt(pointsLots.remaining, 0)))
    .orderBy(asc(pointsLots.earnedAt), asc(pointsLots.id))
    .for('update');
}

export async function setLotRemaining(tx: Tx, lotId: string, remaining: number): Promise<void> {
  await tx.update(pointsLots).set({ remaining }).where(eq(pointsLots.id, lotId));
}

/** Lots with points left that expire at or before `now`, oldest expiry first (one page). */
export async function selectExpiredLots(ex: Executor, now: Date, limit: number): Promise<PointsLotRow[]> {
  return ex
    .select()
    .from(pointsLots)
    .where(and(gt(pointsLots.remaining, 0), lte(pointsLots.expiresAt, now)))
    .orderBy(asc(pointsLots.expiresAt), asc(pointsLots.id))
    .limit(limit);
}

/** Lots with points left that expire within (now, until], for the member's view. */
export async function selectExpiringLots(ex: Executor, customerId: string, now: Date, until: Date): Promise<PointsLotRow[]> {
  return ex
    .select()
    .from(pointsLots)
    .where(and(eq(pointsLots.customerId, customerId), gt(pointsLots.remaining, 0), gt(pointsLots.expiresAt, now), lte(pointsLots.expiresAt, until)))
    .orderBy(asc(pointsLots.expiresAt), asc(pointsLots.id));
}

/** Points a rule gave a member between `from` and `to` (daily caps). */
export async function sumRuleEarned(ex: Executor, customerId: string, ruleId: string, from: Date, to: Date): Promise<number> {
  const [row] = await ex
    .select({ n: sql<string>`coalesce(sum(${pointsEntries.delta}), 0)::text` })
    .from(pointsEntries)
    .where(and(eq(pointsEntries.customerId, customerId), eq(pointsEntries.ruleId, ruleId), sql`${pointsEntries.at} >= ${from}`, lt(pointsEntries.at, to)));
  return Number(row?.n ?? 0);
}

/** Points earned and already reversed for one recharge order of a member, and the amount they were earned on. */
export async function orderTotals(ex: Executor, customerId: string, orderRef: string): Promise<{ earned: number; reversed: number; basisCents: number }> {
  const [row] = await ex
    .select({
      earned: sql<string>`coalesce(sum(case when ${pointsEntries.kind} = 'earn' then ${pointsEntries.delta} else 0 end), 0)::text`,
      reversed: sql<string>`coalesce(-sum(case when ${pointsEntries.kind} = 'reverse' then ${pointsEntries.delta} else 0 end), 0)::text`,
      basis: sql<string>`coalesce(max(${pointsEntries.basisCents}), 0)::text`,
    })
    .from(pointsEntries)
    .where(and(eq(pointsEntries.customerId, customerId), eq(pointsEntries.orderRef, orderRef)));
  return { earned: Number(row?.earned ?? 0), reversed: Number(row?.reversed ?? 0), basisCents: Number(row?.basis ?? 0) };
}

/** A member's entries newest first, after a cursor position. */
export async function selectEntries(ex: Executor, customerId: string, before: { at: Date; id: string } | undefined, limit: number): Promise<PointsEntryRow[]> {
  const where = before
    ? and(eq(pointsEntries.customerId, customerId), or(lt(pointsEntries.at, before.at), and(eq(pointsEntries.at, before.at), lt(pointsEntries.id, before.id))))
    : eq(pointsEntries.customerId, customerId);
  return ex.select().from(pointsEntries).where(where).orderBy(desc(pointsEntries.at), desc(pointsEntries.id)).limit(limit);
}

/** Points issued (earned, adjusted up, referral) and redeemed per store and UTC day in [from, to). */
export async function pointsPerStoreDay(ex: Executor, from: Date, to: Date, storeId: string | null) {
  const rows = await ex
    .select({
      storeId: pointsEntries.storeId,
      day: sql<string>`to_char(${pointsEntries.at} at time zone 'UTC', 'YYYY-MM-DD')`,
      issued: sql<string>`coalesce(sum(case when ${pointsEntries.delta} > 0 then ${pointsEntries.delta} else 0 end), 0)::text`,
      redeemed: sql<string>`coalesce(-sum(case when ${pointsEntries.kind} = 'redeem' then ${pointsEntries.delta} else 0 end), 0)::text`,
    })
    .from(pointsEntries)
    .where(and(sql`${pointsEntries.at} >= ${from}`, lt(pointsEntries.at, to), storeId ? eq(pointsEntries.storeId, storeId) : undefined))
    .groupBy(pointsEntries.storeId, sql`2`)
    .orderBy(sql`2`, pointsEntries.storeId);
  return rows.map((r) => ({ storeId: r.storeId, day: r.day, issued: Number(r.issued), redeemed: Number(r.redeemed) }));
}

/** Points issued (positive entries) and redeemed (reward redemptions) at a store (or all: null) in [from, to). */
export async function pointsTotals(ex: Executor, range: { storeId: string | null; from: Date; to: Date }): Promise<{ issued: number; redeemed: number }> {
  const [row] = await ex
    .select({
      issued: sql<string>`coalesce(sum(case when ${pointsEntries.delta} > 0 then ${pointsEntries.delta} else 0 end), 0)::text`,
      redeemed: sql<string>`coalesce(-sum(case when ${pointsEntries.kind} = 'redeem' then ${pointsEntries.delta} else 0 end), 0)::text`,
    })
    .from(pointsEntries)
    .where(and(sql`${pointsEntries.at} >= ${range.from}`, lt(pointsEntries.at, range.to), range.storeId ? eq(pointsEntries.storeId, range.storeId) : undefined));
  return { issued: Number(row?.issued ?? 0), redeemed: Number(row?.redeemed ?? 0) };
}
