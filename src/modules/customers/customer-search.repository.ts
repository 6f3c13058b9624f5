import { eq, sql, type SQL } from 'drizzle-orm';
import type { Db, Tx } from '../../platform/db/database';
import { customerStats } from '../events/events.schema';
import { customers } from './customers.schema';
import { rowsOf } from './identities.repository';
import { summaryColumns, type ListRow } from './customer-list.repository';

type Executor = Db | Tx;
const c = customers;
const s = customerStats;

/** Active customers owning any of these (type, value) identities, with the type that matched: one query. */
export async function findByIdentities(ex: Executor, keys: { type: string; value: string }[]): Promise<{ id: string; type: string }[]> {
  if (keys.length === 0) return [];
  return rowsOf(
    ex,
    sql`select i.customer_id as id, i.type from customer_identities i join customers c on c.id = i.customer_id
        where (i.type, i.value) in (select * from unnest(${sql.param(keys.map((k) => k.type))}::text[], ${sql.param(keys.map((k) => k.value))}::text[]))
          and c.status = 'active'`,
  );
}

// Name search runs on the trigram GIN indexes. The `%` operator alone is slow on common
// Chinese names: with the default threshold one shared trigram ("  张") is enough to be a
// candidate, so '张伟' rechecks every 张 in the table (~0.3 s at 1M customers). Candidates
// are therefore taken by prefix first (ILIKE 'q%': every trigram of q is required, so GIN
// skips through the common lists), and by similarity only when too few are found; both
// stop at CANDIDATES rows before ranking, so the work is bounded however common the name.
const CANDIDATES = 200;

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (ch) => `\\${ch}`);
}

async function rankedCandidates(ex: Executor, q: string, match: SQL, limit: number): Promise<{ id: string; score: number }[]> {
  const rows = await rowsOf<{ id: string; score: number | string }>(
    ex,
    sql`select id, greatest(similarity(display_name, ${q}), coalesce(similarity(real_name, ${q}), 0))::float8 as score
        from (select id, display_name, real_name from customers where (${match}) and status = 'active' limit ${CANDIDATES}) candidates
        order by score desc, id
        limit ${limit}`,
  );
  return rows.map((r) => ({ id: r.id, score: Number(r.score) }));
}

/** Active customers whose display or real name starts with `q` (any case), most similar first. */
export function findByNamePrefix(ex: Executor, q: string, limit: number): Promise<{ id: string; score: number }[]> {
  const pattern = `${escapeLike(q)}%`;
  return rankedCandidates(ex, q, sql`display_name ilike ${pattern} or real_name ilike ${pattern}`, limit);
}

/** Active customers whose display or real name is similar to `q` (pg_trgm `%`), most similar first. */
export function findBySimilarName(ex: Executor, q: string, limit: number): Promise<{ id: string; score: number }[]> {
  return rankedCandidates(ex, q, sql`display_name % ${q} or real_name % ${q}`, limit);
}

/** List rows (customer and summary stats) of the given customers, in no particular order. */
export async function summaryRows(ex: Executor, ids: string[]): Promise<ListRow[]> {
  if (ids.length === 0) return [];
  return ex
    .select(summaryColumns)
    .from(c)
    .leftJoin(s, eq(s.customerId, c.id))
    .where(sql`${c.id} = any(${sql.param(ids)}::uuid[])`);
}
