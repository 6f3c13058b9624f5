import { and, asc, eq, getTableColumns, gt, or, sql, type SQL } from 'drizzle-orm';
import type { Db, Tx } from '../../platform/db/database';
import { customerMonthlySpend, events } from './events.schema';

type Executor = Db | Tx;

/** Event properties that can identify a person: network and device ids, contacts, location, free text. */
export const PII_PROPERTY_KEYS = ['ip', 'device', 'deviceId', 'device_id', 'idfa', 'imei', 'phone', 'email', 'region', 'address', 'note', 'comment', 'message', 'text'];

/** Runs an update and answers how many rows it changed (the same on both drivers). */
async function counted(tx: Tx, update: SQL): Promise<number> {
  const result = await tx.execute(sql`with changed as (${update} returning 1) select count(*)::int as n from changed`);
  return Number((result as unknown as { rows: { n: number }[] }).rows[0]?.n ?? 0);
}

/** Moves every event of `fromId` to `toId`; answers how many moved. */
export async function reassignEvents(tx: Tx, fromId: string, toId: string): Promise<number> {
  return counted(tx, sql`update events set customer_id = ${toId}::uuid where customer_id = ${fromId}::uuid`);
}

/**
 * Removes the personal properties of a customer's events; amounts, status and durations stay
 * (aggregates need them). Custom events keep their name but lose their free-form properties.
 */
export async function scrubEvents(tx: Tx, customerId: string): Promise<number> {
  return counted(
    tx,
    sql`
      update events set properties = case when type = 'custom' and properties ? 'properties'
          then jsonb_set(properties - ${sql.param(PII_PROPERTY_KEYS)}::text[], '{properties}', '{}'::jsonb)
          else properties - ${sql.param(PII_PROPERTY_KEYS)}::text[] end
      where customer_id = ${customerId}::uuid`,
  );
}

export type EventRow = typeof events.$inferSelect;

/** A customer's events oldest first after `after` (events_customer_time_idx, read backwards). */
export async function eventsAfter(ex: Executor, customerId: string, after: { at: Date; id: string } | undefined, limit: number): Promise<EventRow[]> {
  const e = events;
  const position = after ? or(gt(e.occurredAt, after.at), and(eq(e.occurredAt, after.at), gt(e.id, after.id))) : undefined;
  return ex
    .select({ ...getTableColumns(e), amount: sql<string | null>`${e.amount}::text` })
    .from(e)
    .where(and(eq(e.customerId, customerId), position))
    .orderBy(asc(e.occurredAt), asc(e.id))
    .limit(limit) as Promise<EventRow[]>;
}

/** A customer's spend per month, oldest first. */
export async function monthlySpendOf(ex: Executor, customerId: string): Promise<{ month: string; amount: string }[]> {
  const m = customerMonthlySpend;
  return ex
    .select({ month: m.month, amount: sql<string>`${m.amount}::text` })
    .from(m)
    .where(eq(m.customerId, customerId))
    .orderBy(asc(m.month));
}
