import { and, count, eq, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../platform/db/database';
import { referralCodes, referrals } from './loyalty.schema';

type Executor = Db | Tx;
export type ReferralRow = typeof referrals.$inferSelect;

export async function findCodeOf(ex: Executor, customerId: string): Promise<string | undefined> {
  const [row] = await ex.select({ code: referralCodes.code }).from(referralCodes).where(eq(referralCodes.customerId, customerId));
  return row?.code;
}

/** Inserts a code unless the member has one or the code is taken; answers whether it was stored. */
export async function insertCode(tx: Tx, customerId: string, code: string, at: Date): Promise<boolean> {
  const rows = await tx.insert(referralCodes).values({ customerId, code, createdAt: at }).onConflictDoNothing().returning({ code: referralCodes.code });
  return rows.length > 0;
}

export async function findOwnerOfCode(ex: Executor, code: string): Promise<string | undefined> {
  const [row] = await ex.select({ customerId: referralCodes.customerId }).from(referralCodes).where(eq(referralCodes.code, code));
  return row?.customerId;
}

/** Links a referee; answers undefined when the referee was already linked. */
export async function insertReferral(tx: Tx, row: typeof referrals.$inferInsert): Promise<ReferralRow | undefined> {
  const [created] = await tx.insert(referrals).values(row).onConflictDoNothing({ target: referrals.refereeId }).returning();
  return created;
}

export async function findPendingReferral(ex: Executor, refereeId: string): Promise<ReferralRow | undefined> {
  const [row] = await ex.select().from(referrals).where(and(eq(referrals.refereeId, refereeId), eq(referrals.status, 'pending')));
  return row;
}

export async function findReferralOf(ex: Executor, refereeId: string): Promise<ReferralRow | undefined> {
  const [row] = await ex.select().from(referrals).where(eq(referrals.refereeId, refereeId));
  return row;
}

/** pending → rewarded, only if still pending: the one place a referral is rewarded, so at most once. */
export async function markRewarded(tx: Tx, id: string, eventId: string, at: Date): Promise<ReferralRow | undefined> {
  const [row] = await tx
    .update(referrals)
    .set({ status: 'rewarded', rewardedAt: at, qualifyingEventId: eventId })
    .where(and(eq(referrals.id, id), eq(referrals.status, 'pending')))
    .returning();
  return row;
}

/** How many members a referrer invited, and how many of them qualified (were rewarded). */
export async function referralStats(ex: Executor, referrerId: string): Promise<{ invited: number; rewarded: number }> {
  const [row] = await ex
    .select({ invited: count(), rewarded: sql<number>`count(*) filter (where ${referrals.status} = 'rewarded')::int` })
    .from(referrals)
    .where(eq(referrals.referrerId, referrerId));
  return { invited: Number(row?.invited ?? 0), rewarded: Number(row?.rewarded ?? 0) };
}
