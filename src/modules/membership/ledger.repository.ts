import { and, desc, eq, gte, lt, or, sql, type SQL } from 'drizzle-orm';
import type { Db, Tx } from '../../platform/db/database';
import { walletEntries } from './membership.schema';
import type { WalletEntryRow } from './wallet.repository';

type Executor = Db | Tx;

export interface EntryFilter {
  customerId?: string;
  storeId?: string | null;
  from?: Date;
  to?: Date;
  kind?: string;
  /** Position after the previous page (newest first): its last time and id. */
  before?: { at: Date; id: string };
  limit: number;
}

/** Ledger entries newest first; `limit + 1` rows so the caller can tell a next page exists. */
export async function listEntries(ex: Executor, f: EntryFilter): Promise<WalletEntryRow[]> {
  const where: (SQL | undefined)[] = [];
  if (f.customerId) where.push(eq(walletEntries.customerId, f.customerId));
  if (f.storeId) where.push(eq(walletEntries.storeId, f.storeId));
  if (f.from) where.push(gte(walletEntries.at, f.from));
  if (f.to) where.push(lt(walletEntries.at, f.to));
  if (f.kind) where.push(eq(walletEntries.kind, f.kind));
  if (f.before) where.push(or(lt(walletEntries.at, f.before.at), and(eq(walletEntries.at, f.before.at), lt(walletEntries.id, f.before.id))));
  return ex
    .select()
    .from(walletEntries)
    .where(and(...where))
    .orderBy(desc(walletEntries.at), desc(walletEntries.id))
    .limit(f.limit + 1);
}

export interface EntryTotal {
  kind: string;
  asset: string;
  paymentMethod: string | null;
  /** 1 for money in (amount > 0), -1 for money out. */
  sign: number;
  total: number;
  count: number;
}

/** Sums of the entries in [from, to) (at one store, or all) by kind, asset, payment method and sign. */
export async function entryTotals(ex: Executor, range: { storeId: string | null; from: Date; to: Date }): Promise<EntryTotal[]> {
  const sign = sql<number>`sign(${walletEntries.amount})::int`;
  const rows = await ex
    .select({
      kind: walletEntries.kind,
      asset: walletEntries.asset,
      paymentMethod: walletEntries.paymentMethod,
      sign,
      total: sql<string>`sum(${walletEntries.amount})::text`,
      count: sql<number>`count(*)::int`,
    })
    .from(walletEntries)
    .where(and(range.storeId ? eq(walletEntries.storeId, range.storeId) : undefined, gte(walletEntries.at, range.from), lt(walletEntries.at, range.to)))
    .groupBy(walletEntries.kind, walletEntries.asset, walletEntries.paymentMethod, sign);
  return rows.map((r) => ({ ...r, sign: Number(r.sign), total: Number(r.total), count: Number(r.count) }));
}
