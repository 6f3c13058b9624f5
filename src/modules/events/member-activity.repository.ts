import { and, asc, eq, gt, gte, inArray, lt, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../platform/db/database';
import { customerMonthlySpend, customerStats, events } from './events.schema';

type Executor = Db | Tx;

/** An event as the loyalty stream reads it: amount in integer cents. */
export interface StreamEventRow {
  id: string;
  customerId: string;
  type: string;
  occurredAt: Date;
  storeId: string | null;
  amountCents: number | null;
  properties: Record<string, unknown>;
}

/**
 * Events with afterId < id < beforeId in id order. Ids are UUIDv7 given at ingest, so this walks
 * each monthly partition's primary key (id, occurred_at) by range and merges them in order.
 */
export async function selectEventsByIdRange(ex: Executor, afterId: string | null, beforeId: string, limit: number): Promise<StreamEventRow[]> {
  const where = afterId ? and(gt(events.id, afterId), lt(events.id, beforeId)) : lt(events.id, beforeId);
  const rows = await ex
    .select({
      id: events.id,
      customerId: events.customerId,
      type: events.type,
      occurredAt: events.occurredAt,
      storeId: events.storeId,
      amountCents: sql<string | null>`(${events.amount} * 100)::bigint::text`,
      properties: events.properties,
    })
    .from(events)
    .where(where)
    .orderBy(asc(events.id))
    .limit(limit);
  return rows.map((r) => ({ ...r, amountCents: r.amountCents === null ? null : Number(r.amountCents) }));
}

/** Spend in cents of each customer over months `from`..`to` (`YYYY-MM-01`, inclusive). */
export async function selectSpendCents(ex: Executor, customerIds: string[], months: { from: string; to: string }): Promise<Map<string, number>> {
  const m = customerMonthlySpend;
  const rows = await ex
    .select({ customerId: m.customerId, cents: sql<string>`(coalesce(sum(${m.amount}), 0) * 100)::bigint::text` })
    .from(m)
    .where(and(inArray(m.customerId, customerIds), sql`${m.month} between ${months.from}::date and ${months.to}::date`))
    .groupBy(m.customerId);
  return new Map(rows.map((r) => [r.customerId, Number(r.cents)]));
}

/** Visit events of each customer since `since` (events_customer_time_idx). */
export async function selectVisitCounts(ex: Executor, customerIds: string[], since: Date): Promise<Map<string, number>> {
  const rows = await ex
    .select({ customerId: events.customerId, n: sql<number>`count(*)::int` })
    .from(events)
    .where(and(inArray(events.customerId, customerIds), gte(events.occurredAt, since), eq(events.type, 'visit')))
    .groupBy(events.customerId);
  return new Map(rows.map((r) => [r.customerId, Number(r.n)]));
}

/** Customers seen since `since`, in id order after `afterId` (one page). */
export async function selectCustomersSeenSince(ex: Executor, since: Date, afterId: string | null, limit: number): Promise<string[]> {
  const s = customerStats;
  const rows = await ex
    .select({ customerId: s.customerId })
    .from(s)
    .where(afterId ? and(gte(s.lastSeenAt, since), gt(s.customerId, afterId)) : gte(s.lastSeenAt, since))
    .orderBy(asc(s.customerId))
    .limit(limit);
  return rows.map((r) => r.customerId);
}

/** Distinct device ids the customer's `login` events carried (newest 200 logins). */
export async function selectLoginDevices(ex: Executor, customerId: string): Promise<string[]> {
  const recent = ex
    .select({ device: sql<string | null>`${events.properties}->>'device'`.as('device') })
    .from(events)
    .where(and(eq(events.customerId, customerId), eq(events.type, 'login')))
    .orderBy(sql`${events.occurredAt} desc`)
    .limit(200)
    .as('recent');
  const rows = await ex.selectDistinct({ device: recent.device }).from(recent);
  return rows.flatMap((r) => (r.device ? [r.device] : []));
}
