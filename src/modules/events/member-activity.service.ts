import type { Db, Tx } from '../../platform/db/database';
import { uuidv7 } from '../../platform/ids';
import { spendWindow } from './customer-stats.service';
import * as repo from './member-activity.repository';

export type { StreamEventRow } from './member-activity.repository';

/** What a member did in the last 12 months: spend (calendar months, as spend12m) and visits (365 days). */
export interface MemberActivity {
  spendCents: number;
  visits: number;
}

/**
 * The smallest UUIDv7 of a millisecond: every id given at or after `at` sorts at or above it.
 * @example idFloor(new Date('2026-01-01Z')) // '019b76da-a800-7000-8000-000000000000'
 */
export function idFloor(at: Date): string {
  return uuidv7(at.getTime(), Buffer.alloc(10));
}

/**
 * The next page of the events stream: events ingested after `afterId` and before `before`, in
 * ingest (id) order. Consumers keep `afterId` as a durable cursor; `before` should trail the
 * clock by a few seconds so transactions still committing are not skipped.
 * @example const page = await eventsAfter(tx, cursor, new Date(now.getTime() - 10_000), 2000)
 */
export function eventsAfter(ex: Db | Tx, afterId: string | null, before: Date, limit: number): Promise<repo.StreamEventRow[]> {
  return repo.selectEventsByIdRange(ex, afterId, idFloor(before), limit);
}

/**
 * 12-month spend and visits of each customer, for tier evaluation.
 * @example (await memberActivity(db, [id], now)).get(id) // { spendCents: 68000, visits: 12 }
 */
export async function memberActivity(ex: Db | Tx, customerIds: string[], now: Date): Promise<Map<string, MemberActivity>> {
  const result = new Map<string, MemberActivity>();
  const unique = [...new Set(customerIds)];
  if (unique.length === 0) return result;
  const spend = await repo.selectSpendCents(ex, unique, spendWindow(now));
  const visits = await repo.selectVisitCounts(ex, unique, new Date(now.getTime() - 365 * 86_400_000));
  for (const id of unique) result.set(id, { spendCents: spend.get(id) ?? 0, visits: visits.get(id) ?? 0 });
  return result;
}

/** One page (by id) of the customers with any event in the last 12 months. */
export function customersActiveSince(ex: Db | Tx, since: Date, afterId: string | null, limit: number): Promise<string[]> {
  return repo.selectCustomersSeenSince(ex, since, afterId, limit);
}

/** Device ids seen on the customer's logins (self-referral guard). */
export function loginDevices(ex: Db | Tx, customerId: string): Promise<string[]> {
  return repo.selectLoginDevices(ex, customerId);
}
