import type { Database, Db, Tx } from '../../platform/db/database';
import { isoOrNull } from '../../platform/iso-time';
import * as repo from './customer-stats.repository';

/** A customer's activity aggregates as the API shows them (docs/api.md, `CustomerStats`). */
export interface CustomerStats {
  firstSeenAt: string | null;
  lastSeenAt: string | null;
  lastLoginAt: string | null;
  /** Decimal string, e.g. "139.12": paid recharges and purchases, minus refunds. */
  totalSpend: string;
  /** Spend in the current calendar month (UTC) and the 11 before it. */
  spend12m: string;
  /** Paid recharges. */
  rechargeCount: number;
  /** Paid minus refunded recharges. */
  rechargeTotal: string;
  lastRechargeAt: string | null;
  purchaseCount: number;
  visitCount: number;
  lastVisitAt: string | null;
  playtimeSeconds: number;
  eventCount: number;
}

/** The stats of a customer no event has named yet. */
export const emptyCustomerStats: Readonly<CustomerStats> = Object.freeze({
  firstSeenAt: null,
  lastSeenAt: null,
  lastLoginAt: null,
  totalSpend: '0.00',
  spend12m: '0.00',
  rechargeCount: 0,
  rechargeTotal: '0.00',
  lastRechargeAt: null,
  purchaseCount: 0,
  visitCount: 0,
  lastVisitAt: null,
  playtimeSeconds: 0,
  eventCount: 0,
});

/**
 * The first days of the 12 calendar months (UTC) ending with the month of `now`.
 * @example spendWindow(new Date('2026-03-15T00:00:00Z')) // { from: '2025-04-01', to: '2026-03-01' }
 */
export function spendWindow(now: Date): { from: string; to: string } {
  const first = (y: number, m: number) => new Date(Date.UTC(y, m, 1)).toISOString().slice(0, 10);
  return { from: first(now.getUTCFullYear(), now.getUTCMonth() - 11), to: first(now.getUTCFullYear(), now.getUTCMonth()) };
}

function toStats(row: repo.CustomerStatsRow): CustomerStats {
  return {
    firstSeenAt: isoOrNull(row.firstSeenAt),
    lastSeenAt: isoOrNull(row.lastSeenAt),
    lastLoginAt: isoOrNull(row.lastLoginAt),
    totalSpend: row.totalSpend,
    spend12m: row.spend12m,
    rechargeCount: row.rechargeCount,
    rechargeTotal: row.rechargeTotal,
    lastRechargeAt: isoOrNull(row.lastRechargeAt),
    purchaseCount: row.purchaseCount,
    visitCount: row.visitCount,
    lastVisitAt: isoOrNull(row.lastVisitAt),
    playtimeSeconds: Number(row.playtimeSeconds),
    eventCount: Number(row.eventCount),
  };
}

/**
 * Stats of each given customer, one query; customers without events get `emptyCustomerStats`.
 * `now` (the injected clock) decides which months `spend12m` covers.
 * @example const stats = await getCustomerStats(db, [id], deps.clock.now()); stats.get(id)!.totalSpend // '68.00'
 */
export async function getCustomerStats(db: Db | Tx, customerIds: string[], now: Date): Promise<Map<string, CustomerStats>> {
  const unique = [...new Set(customerIds)];
  const found = new Map<string, CustomerStats>();
  if (unique.length === 0) return found;
  const rows = await repo.selectCustomerStats(db, unique, spendWindow(now));
  for (const row of rows) found.set(row.customerId, toStats(row));
  const result = new Map<string, CustomerStats>();
  for (const id of unique) result.set(id, found.get(id) ?? { ...emptyCustomerStats });
  return result;
}

/**
 * Recomputes customer_stats and customer_monthly_spend from the events table, in one
 * transaction, by the same rules as ingest (`guildhall rebuild-stats`).
 */
export async function rebuildCustomerStats(database: Pick<Database, 'db'>): Promise<{ customers: number; months: number }> {
  return database.db.transaction((tx) => repo.rebuildStatsTables(tx));
}
