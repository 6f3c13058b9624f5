import { sql, type SQL } from 'drizzle-orm';
import type { Tx } from '../../platform/db/database';
import { rowsOf } from './identities.repository';

// Set-based moves of one customer's records to another, for a merge (one statement each).

/** Runs an insert/update/delete and answers how many rows it touched (the same on both drivers). */
export async function counted(tx: Tx, change: SQL): Promise<number> {
  const [row] = await rowsOf<{ n: number }>(tx, sql`with changed as (${change} returning 1) select count(*)::int as n from changed`);
  return Number(row?.n ?? 0);
}

/**
 * Moves the loser's identities to the winner. One stays primary only where the winner had no
 * primary identity of its type (the subquery sees the rows as they were before the update).
 */
export function moveIdentities(tx: Tx, loserId: string, winnerId: string): Promise<number> {
  return counted(
    tx,
    sql`update customer_identities i set customer_id = ${winnerId}::uuid,
          is_primary = i.is_primary and not exists (
            select 1 from customer_identities w where w.customer_id = ${winnerId}::uuid and w.type = i.type and w.is_primary)
        where i.customer_id = ${loserId}::uuid`,
  );
}

export function moveNotes(tx: Tx, loserId: string, winnerId: string): Promise<number> {
  return counted(tx, sql`update customer_notes set customer_id = ${winnerId}::uuid where customer_id = ${loserId}::uuid`);
}

export function moveHistory(tx: Tx, loserId: string, winnerId: string): Promise<number> {
  return counted(tx, sql`update customer_history set customer_id = ${winnerId}::uuid where customer_id = ${loserId}::uuid`);
}
