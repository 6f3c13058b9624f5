import { sql } from 'drizzle-orm';
import type { Db, Tx } from '../../platform/db/database';

/**
 * Archives up to `limit` closed, unarchived tickets closed before `cutoff` (oldest first) in one
 * statement; answers how many. Rows another run holds are skipped, so parallel runs share the
 * work instead of waiting. `updated_at` stays: archiving changes nothing the ticket says.
 */
export async function archiveClosedBefore(ex: Db | Tx, cutoff: Date, now: Date, limit: number): Promise<number> {
  const result = await ex.execute(sql`
    with archived as (
      update tickets set archived_at = ${now.toISOString()}::timestamptz
      where id in (
        select id from tickets
        where status = 'closed' and archived_at is null and closed_at < ${cutoff.toISOString()}::timestamptz
        order by closed_at, id
        limit ${limit}
        for update skip locked)
      returning 1)
    select count(*)::int as n from archived`);
  const [row] = (result as unknown as { rows: { n: number }[] }).rows;
  return Number(row?.n ?? 0);
}
