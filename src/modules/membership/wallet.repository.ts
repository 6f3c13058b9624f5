import { and, asc, eq, gt, inArray, isNull, or, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../platform/db/database';
import { memberCards, memberPackages, walletEntries, wallets } from './membership.schema';

type Executor = Db | Tx;
export type WalletRow = typeof wallets.$inferSelect;
export type WalletEntryRow = typeof walletEntries.$inferSelect;
export type NewWalletEntryRow = typeof walletEntries.$inferInsert;
export type MemberPackageRow = typeof memberPackages.$inferSelect;

/**
 * The member's wallet row, locked until the transaction ends (created empty on first use). Every
 * writer of a wallet takes this lock first. The insert runs only for a wallet not seen before, so
 * the usual case costs one statement.
 */
export async function lockWallet(tx: Tx, customerId: string, now: Date): Promise<WalletRow> {
  const locked = async () => (await tx.select().from(wallets).where(eq(wallets.customerId, customerId)).for('update'))[0];
  const row = await locked();
  if (row) return row;
  await tx.insert(wallets).values({ customerId, cashCents: 0, bonusCents: 0, createdAt: now, updatedAt: now }).onConflictDoNothing();
  return (await locked())!;
}

export async function findWallet(ex: Executor, customerId: string): Promise<WalletRow | undefined> {
  const [row] = await ex.select().from(wallets).where(eq(wallets.customerId, customerId));
  return row;
}

/**
 * Adds signed deltas to the cached balances, only if neither goes negative; undefined when it would.
 * The condition makes a debit safe even without the row lock.
 */
export async function applyWalletDelta(ex: Executor, customerId: string, cash: number, bonus: number, now: Date): Promise<WalletRow | undefined> {
  const [row] = await ex
    .update(wallets)
    .set({ cashCents: sql`${wallets.cashCents} + ${cash}`, bonusCents: sql`${wallets.bonusCents} + ${bonus}`, updatedAt: now })
    .where(and(eq(wallets.customerId, customerId), sql`${wallets.cashCents} + ${cash} >= 0`, sql`${wallets.bonusCents} + ${bonus} >= 0`))
    .returning();
  return row;
}

export async function insertEntries(ex: Executor, rows: NewWalletEntryRow[]): Promise<WalletEntryRow[]> {
  if (rows.length === 0) return [];
  return ex.insert(walletEntries).values(rows).returning();
}

export async function findEntriesByIdempotencyPrefix(ex: Executor, key: string): Promise<WalletEntryRow[]> {
  return ex
    .select()
    .from(walletEntries)
    .where(or(eq(walletEntries.idempotencyKey, key), sql`${walletEntries.idempotencyKey} like ${`${key}#%`}`))
    .orderBy(asc(walletEntries.at), asc(walletEntries.id));
}

/** Packages the member can still use at `at`: minutes left, not expired; soonest expiry first. */
export async function usablePackages(ex: Executor, customerId: string, at: Date): Promise<MemberPackageRow[]> {
  return ex
    .select()
    .from(memberPackages)
    .where(
      and(
        eq(memberPackages.customerId, customerId),
        gt(memberPackages.minutesLeft, 0),
        or(isNull(memberPackages.validUntil), gt(memberPackages.validUntil, at)),
      ),
    )
    .orderBy(sql`${memberPackages.validUntil} asc nulls last`, asc(memberPackages.purchasedAt), asc(memberPackages.id));
}

/** Every package of the member, newest first (for the member view). */
export async function packagesOf(ex: Executor, customerId: string): Promise<MemberPackageRow[]> {
  return ex.select().from(memberPackages).where(eq(memberPackages.customerId, customerId)).orderBy(sql`${memberPackages.purchasedAt} desc`);
}

export async function lockPackages(tx: Tx, customerId: string, ids: string[]): Promise<MemberPackageRow[]> {
  if (ids.length === 0) return [];
  return tx
    .select()
    .from(memberPackages)
    .where(and(eq(memberPackages.customerId, customerId), inArray(memberPackages.id, ids)))
    .for('update');
}

/** Takes minutes off a package only if enough are left; undefined otherwise. */
export async function takePackageMinutes(ex: Executor, packageId: string, minutes: number): Promise<MemberPackageRow | undefined> {
  const [row] = await ex
    .update(memberPackages)
    .set({ minutesLeft: sql`${memberPackages.minutesLeft} - ${minutes}` })
    .where(and(eq(memberPackages.id, packageId), sql`${memberPackages.minutesLeft} >= ${minutes}`))
    .returning();
  return row;
}

export async function insertPackage(ex: Executor, row: typeof memberPackages.$inferInsert): Promise<MemberPackageRow> {
  const [created] = await ex.insert(memberPackages).values(row).returning();
  return created!;
}

/** Card statuses of the member (for "has an active card"). */
export async function cardStatuses(ex: Executor, customerId: string): Promise<string[]> {
  const rows = await ex.select({ status: memberCards.status }).from(memberCards).where(eq(memberCards.customerId, customerId));
  return rows.map((r) => r.status);
}

/** Sum of the ledger per asset (cash, bonus) for one member: the invariant check. */
export async function ledgerSums(ex: Executor, customerId: string): Promise<{ cash: number; bonus: number }> {
  const rows = await ex
    .select({ asset: walletEntries.asset, total: sql<string>`coalesce(sum(${walletEntries.amount}), 0)` })
    .from(walletEntries)
    .where(and(eq(walletEntries.customerId, customerId), inArray(walletEntries.asset, ['cash', 'bonus'])))
    .groupBy(walletEntries.asset);
  const of = (asset: string) => Number(rows.find((r) => r.asset === asset)?.total ?? 0);
  return { cash: of('cash'), bonus: of('bonus') };
}
