import { sql } from 'drizzle-orm';
import type { Db, Tx } from '../../platform/db/database';
import type { MonthPartition } from './rules/partition-months';

const NAME = /^events_\d{4}_\d{2}$/;
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/** Names of the tables attached to `events` as partitions (the default one included). */
export async function attachedPartitions(ex: Db | Tx): Promise<Set<string>> {
  const result = await ex.execute(sql`
    select c.relname as name from pg_inherits i join pg_class c on c.oid = i.inhrelid
    where i.inhparent = 'events'::regclass`);
  return new Set((result as unknown as { rows: { name: string }[] }).rows.map((r) => r.name));
}

/**
 * Creates one monthly partition. Rows of that month already in events_default would make
 * CREATE … PARTITION OF fail, so they move out first and back in after, all in the caller's
 * transaction, with events_default locked so no new row of the month slips in meanwhile.
 * Answers the number of rows moved out of the default partition.
 */
export async function createPartition(tx: Tx, p: MonthPartition): Promise<number> {
  // DDL takes no parameters: the name and bounds are built by partitionMonths, checked here.
  if (!NAME.test(p.name) || !ISO.test(p.from) || !ISO.test(p.to)) throw new Error(`bad partition ${JSON.stringify(p)}`);
  const range = sql`occurred_at >= ${p.from}::timestamptz and occurred_at < ${p.to}::timestamptz`;
  await tx.execute(sql`lock table events_default in access exclusive mode`);
  await tx.execute(sql`create temp table events_moving (like events) on commit drop`);
  const moved = await tx.execute(sql`
    with moved as (delete from events_default where ${range} returning *)
    insert into events_moving select * from moved`);
  await tx.execute(sql.raw(`create table "${p.name}" partition of events for values from ('${p.from}') to ('${p.to}')`));
  await tx.execute(sql`insert into events select * from events_moving`);
  return affected(moved);
}

function affected(result: unknown): number {
  const r = result as { rowCount?: number | null; affectedRows?: number };
  return r.rowCount ?? r.affectedRows ?? 0;
}

/** Serialises partition maintenance across app instances for the rest of the transaction. */
export async function lockPartitionMaintenance(tx: Tx): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext('guildhall:events.partitions'))`);
}
