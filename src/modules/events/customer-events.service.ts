import type { Db, Tx } from '../../platform/db/database';
import { lockStatsTables, rebuildStatsOf } from './customer-stats.repository';
import * as repo from './customer-events.repository';

// What the customers module may do to a customer's events (merge, erasure, data-subject
// export): the events tables stay behind this file.

/**
 * Moves all of `loserId`'s events to `winnerId` and recomputes both customers' stats and
 * monthly spend from the events (the loser ends with none). Run in the merge's transaction.
 * @example const moved = await moveCustomerEvents(tx, loser.id, winner.id) // 42
 */
export async function moveCustomerEvents(tx: Tx, loserId: string, winnerId: string): Promise<number> {
  // First, so batches in flight for the loser finish and their events move too.
  await lockStatsTables(tx);
  const moved = await repo.reassignEvents(tx, loserId, winnerId);
  await rebuildStatsOf(tx, [winnerId, loserId]);
  return moved;
}

/** Recomputes one or a few customers' stats from their events (what a full rebuild would give them). */
export async function recomputeCustomerStats(tx: Tx, customerIds: string[]): Promise<void> {
  await rebuildStatsOf(tx, customerIds);
}

/**
 * Strips personal properties (ip, device ids, phone, email, region, free text) from a
 * customer's events; the events stay, so aggregates do not change. Answers how many were scrubbed.
 */
export async function scrubCustomerEvents(tx: Tx, customerId: string): Promise<number> {
  return repo.scrubEvents(tx, customerId);
}

/** One event as a data-subject export shows it: every stored column. */
export interface ExportedEvent {
  id: string;
  externalId: string;
  type: string;
  occurredAt: string;
  receivedAt: string;
  storeId: string | null;
  amount: string | null;
  currency: string | null;
  source: string;
  properties: Record<string, unknown>;
}

/**
 * All of a customer's events, oldest first, read `pageSize` at a time so a long history is
 * never held in memory.
 * @example for await (const page of customerEventPages(db, id)) write(page)
 */
export async function* customerEventPages(db: Db, customerId: string, pageSize = 1000): AsyncGenerator<ExportedEvent[]> {
  let after: { at: Date; id: string } | undefined;
  for (;;) {
    const rows = await repo.eventsAfter(db, customerId, after, pageSize);
    if (rows.length === 0) return;
    yield rows.map((r) => ({
      id: r.id,
      externalId: r.externalId,
      type: r.type,
      occurredAt: r.occurredAt.toISOString(),
      receivedAt: r.receivedAt.toISOString(),
      storeId: r.storeId,
      amount: r.amount,
      currency: r.currency,
      source: r.source,
      properties: r.properties,
    }));
    if (rows.length < pageSize) return;
    const last = rows[rows.length - 1]!;
    after = { at: last.occurredAt, id: last.id };
  }
}

/** A customer's spend per calendar month (UTC), oldest first: `{ month: 'YYYY-MM-01', amount: '68.00' }`. */
export function customerMonthlySpend(db: Db | Tx, customerId: string): Promise<{ month: string; amount: string }[]> {
  return repo.monthlySpendOf(db, customerId);
}
