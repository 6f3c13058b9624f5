import { sql, type SQL } from 'drizzle-orm';
import type { Db, Tx } from '../../platform/db/database';
import { customerStats } from './events.schema';
import { MONTHLY_SELECT, SPEND_BEARING, STATS_COLUMNS, STATS_SELECT } from './stats-sql';

type Executor = Db | Tx;

/** One array parameter (Drizzle would otherwise spread a JS array into a list of parameters). */
const arr = (values: unknown[]) => sql.param(values);

/** A customer_stats row with money as decimal text and times as Dates. */
export interface CustomerStatsRow {
  customerId: string;
  firstSeenAt: Date | null;
  lastSeenAt: Date | null;
  lastLoginAt: Date | null;
  totalSpend: string;
  spend12m: string;
  rechargeCount: number;
  rechargeTotal: string;
  lastRechargeAt: Date | null;
  purchaseCount: number;
  visitCount: number;
  lastVisitAt: Date | null;
  playtimeSeconds: number;
  eventCount: number;
}

/** Stats rows of the given customers, with spend summed over months `from`..`to` (`YYYY-MM-01`, inclusive). */
export async function selectCustomerStats(ex: Executor, customerIds: string[], months: { from: string; to: string }): Promise<CustomerStatsRow[]> {
  const s = customerStats;
  return ex
    .select({
      customerId: s.customerId,
      firstSeenAt: s.firstSeenAt,
      lastSeenAt: s.lastSeenAt,
      lastLoginAt: s.lastLoginAt,
      totalSpend: sql<string>`${s.totalSpend}::text`,
      // Qualified by hand: Drizzle writes a bare "customer_id", which the subquery would read as m's.
      spend12m: sql<string>`(select coalesce(sum(m.amount), 0)::numeric(14,2)::text from customer_monthly_spend m
        where m.customer_id = customer_stats.customer_id and m.month between ${months.from}::date and ${months.to}::date)`,
      rechargeCount: s.rechargeCount,
      rechargeTotal: sql<string>`${s.rechargeTotal}::text`,
      lastRechargeAt: s.lastRechargeAt,
      purchaseCount: s.purchaseCount,
      visitCount: s.visitCount,
      lastVisitAt: s.lastVisitAt,
      playtimeSeconds: s.playtimeSeconds,
      eventCount: s.eventCount,
    })
    .from(s)
    .where(sql`${s.customerId} = any(${arr(customerIds)}::uuid[])`);
}

/** Inserts the stats rows computed from the events `where` selects (`true` for all), answering how many. */
async function insertStatsFromEvents(tx: Tx, where: SQL): Promise<{ customers: number; months: number }> {
  const customers = await tx.execute(sql`
    with inserted as (insert into customer_stats (${STATS_COLUMNS})
    select ${STATS_SELECT} from events e where ${where} group by e.customer_id
    returning 1)
    select count(*)::int as n from inserted`);
  const months = await tx.execute(sql`
    with inserted as (insert into customer_monthly_spend (customer_id, month, amount)
    select ${MONTHLY_SELECT} from events e where (${where}) and ${SPEND_BEARING} group by 1, 2
    returning 1)
    select count(*)::int as n from inserted`);
  return { customers: rowCount(customers), months: rowCount(months) };
}

/**
 * Recomputes customer_stats and customer_monthly_spend from the events table. Holds an
 * EXCLUSIVE lock on both for the transaction: ingests wait and then add their deltas on top
 * of the rebuilt rows, so nothing is counted twice or lost.
 */
export async function rebuildStatsTables(tx: Tx): Promise<{ customers: number; months: number }> {
  await tx.execute(sql`lock table customer_stats, customer_monthly_spend in exclusive mode`);
  await tx.execute(sql`delete from customer_monthly_spend`);
  await tx.execute(sql`delete from customer_stats`);
  return insertStatsFromEvents(tx, sql`true`);
}

/**
 * Holds off ingest until this transaction ends: ingest upserts the stats tables (ROW
 * EXCLUSIVE), which this mode conflicts with, so batches in flight finish first and new ones
 * wait. Without it a first stats row inserted by a concurrent batch could collide with a
 * per-customer rebuild. Only rare operations (merge) take it.
 */
export async function lockStatsTables(tx: Tx): Promise<void> {
  await tx.execute(sql`lock table customer_stats, customer_monthly_spend in share row exclusive mode`);
}

/**
 * Recomputes the stats rows of a few customers from their events (customers without events
 * end with no row). The deletes lock those rows: a concurrent ingest for them waits, then adds
 * its delta on top of rows that did not yet count its events.
 */
export async function rebuildStatsOf(tx: Tx, customerIds: string[]): Promise<void> {
  if (customerIds.length === 0) return;
  const ids = sql`${arr(customerIds)}::uuid[]`;
  await lockStatsTables(tx);
  await tx.execute(sql`delete from customer_stats where customer_id = any(${ids})`);
  await tx.execute(sql`delete from customer_monthly_spend where customer_id = any(${ids})`);
  await insertStatsFromEvents(tx, sql`e.customer_id = any(${ids})`);
}

/** The `n` of a one-row `select count(*) as n` (both drivers answer `{ rows }`). */
function rowCount(result: unknown): number {
  return Number((result as { rows: { n: number }[] }).rows[0]?.n ?? 0);
}
