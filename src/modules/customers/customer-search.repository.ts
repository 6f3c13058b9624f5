import { eq, sql, type SQL } from 'drizzle-orm';
import type { Db, Tx } from '../../platform/db/database';
import { customerStats } from '../events/events.schema';
import { prepared } from '../../platform/db/prepared';
import { customerIdentities, customers } from './customers.schema';
import type { IdentityRow } from './customers.repository';
import { rowsOf } from './identities.repository';
import { summaryColumns, type ListRow } from './customer-list.repository';

type Executor = Db | Tx;
const c = customers;
const s = customerStats;
const i = customerIdentities;

/**
 * Active customers owning any of these (type, value) identities, with the type that matched:
 * one query, prepared (planning it cost as much as running it: two index probes per key).
 */
export async function findByIdentities(ex: Executor, keys: { type: string; value: string }[]): Promise<{ id: string; type: string }[]> {
  if (keys.length === 0) return [];
  const query = prepared(ex, 'customer_search_identities', (d) =>
    d
      .select({ id: i.customerId, type: i.type })
      .from(i)
      .innerJoin(c, eq(c.id, i.customerId))
      .where(
        sql`(${i.type}, ${i.value}) in (select * from unnest(${sql.placeholder('types')}::text[], ${sql.placeholder('values')}::text[]))
          and ${c.status} = 'active'`,
      ),
  );
  return query.execute({ types: keys.map((k) => k.type), values: keys.map((k) => k.value) });
}

// Name search. Exact and prefix matches come from btree indexes on lower(name)
// (text_pattern_ops): a range scan that stops after CANDIDATES rows, however common the
// surname. Similar names (pg_trgm similarity at or above the `%` threshold, 0.3 by default)
// follow. `%` itself is slow on short Chinese names: one shared trigram ("  张") makes a GIN
// candidate, so '张伟' would recheck every 张 in the table. But a name similar to a one-word
// query of n ≥ 3 trigrams shares at least two of them (one shared trigram scores at most
// 1/(n + 1) ≤ 0.25, below the threshold), so it has one besides the leading "  c1": it starts
// with c1c2 (prefix index), contains an inner three-character run, or ends with the last two
// characters (GIN, each a rare trigram). Candidates are taken that way, then checked with
// similarity(). Exact for one-word names (Chinese names are); a name of several words matches
// when its first word starts, or its last word ends, like the query.
const CANDIDATES = 200;
/**
 * Prefix candidates per name column, in index order (an exact match sorts first): at least
 * the largest answer (limit ≤ 50), and few enough that a common name ranks in well under 1 ms.
 */
const PREFIX_CANDIDATES = 50;

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (ch) => `\\${ch}`);
}

/**
 * Up to CANDIDATES customers from each branch (a full select of id, display_name, real_name),
 * ranked by similarity to `q`.
 */
async function rankedCandidates(ex: Executor, q: string, branches: SQL[], limit: number): Promise<{ id: string; score: number }[]> {
  const union = sql.join(
    branches.map((b) => sql`(${b})`),
    sql` union `,
  );
  const rows = await rowsOf<{ id: string; score: number | string }>(
    ex,
    sql`select id, greatest(similarity(display_name, ${q}), coalesce(similarity(real_name, ${q}), 0))::float8 as score
        from (${union}) candidates
        order by score desc, id
        limit ${limit}`,
  );
  return rows.map((r) => ({ id: r.id, score: Number(r.score) }));
}

const picked = sql`select id, display_name, real_name from customers`;

/**
 * Names starting with `text` (any case): one branch per name column, each walking its
 * lower(name) text_pattern_ops index in order (exact matches first) and stopping after
 * PREFIX_CANDIDATES rows, however common the name (a bitmap or seq scan would visit them all).
 */
function startingWith(text: string, also?: SQL): SQL[] {
  const pattern = `${escapeLike(text)}%`;
  const extra = also ? sql` and ${also}` : sql``;
  return [
    sql`${picked} where lower(display_name) like lower(${pattern}) and status = 'active'${extra} order by lower(display_name) using ~<~ limit ${PREFIX_CANDIDATES}`,
    sql`${picked} where lower(real_name) like lower(${pattern}) and status = 'active'${extra} order by lower(real_name) using ~<~ limit ${PREFIX_CANDIDATES}`,
  ];
}

/** Active customers whose display or real name starts with `q` (any case), most similar first. */
export function findByNamePrefix(ex: Executor, q: string, limit: number): Promise<{ id: string; score: number }[]> {
  return rankedCandidates(ex, q, startingWith(q), limit);
}

/** A query pg_trgm reads as one word of two or more characters (letters and digits of any script). */
const ONE_WORD = /^[\p{L}\p{N}]{2,64}$/u;

/** Candidates similar to a one-word query (see the note above): prefix c1c2, inner runs, suffix. */
function similarToOneWord(q: string): SQL[] {
  const chars = [...q];
  const similar = sql`greatest(similarity(display_name, ${q}), coalesce(similarity(real_name, ${q}), 0)) >= show_limit()`;
  const patterns = [`%${escapeLike(chars.slice(-2).join(''))}`];
  for (let at = 0; at + 3 <= chars.length; at++) patterns.push(`%${escapeLike(chars.slice(at, at + 3).join(''))}%`);
  const inner = sql.join(
    patterns.map((p) => sql`display_name ilike ${p} or real_name ilike ${p}`),
    sql` or `,
  );
  return [...startingWith(chars.slice(0, 2).join(''), similar), sql`${picked} where (${inner}) and status = 'active' and ${similar} limit ${CANDIDATES}`];
}

/** Active customers whose display or real name is similar to `q` (pg_trgm `%`), most similar first. */
export function findBySimilarName(ex: Executor, q: string, limit: number): Promise<{ id: string; score: number }[]> {
  if (ONE_WORD.test(q)) return rankedCandidates(ex, q, similarToOneWord(q), limit);
  return rankedCandidates(ex, q, [sql`${picked} where (display_name % ${q} or real_name % ${q}) and status = 'active' limit ${CANDIDATES}`], limit);
}

/**
 * Name matches of a one-word query in one round trip, most similar first: names starting with
 * `q`, and only when fewer than `limit` do, similar names too (the similar branches sit behind
 * a one-time filter, so a common name never runs them). Null for other queries: the caller
 * looks by prefix, then by similarity.
 */
export async function findByName(ex: Executor, q: string, limit: number): Promise<{ id: string; score: number }[] | null> {
  if (!ONE_WORD.test(q)) return null;
  const union = (branches: SQL[]) =>
    sql.join(
      branches.map((b) => sql`(${b})`),
      sql` union `,
    );
  const rows = await rowsOf<{ id: string; score: number | string }>(
    ex,
    sql`with prefixed as materialized (${union(startingWith(q))})
        select id, greatest(similarity(display_name, ${q}), coalesce(similarity(real_name, ${q}), 0))::float8 as score
        from (select * from prefixed
              union
              select * from (${union(similarToOneWord(q))}) near where (select count(*) from prefixed) < ${limit}) candidates
        order by score desc, id
        limit ${limit}`,
  );
  return rows.map((r) => ({ id: r.id, score: Number(r.score) }));
}

/** List rows (customer and summary stats) of the given customers, in no particular order: prepared. */
export async function summaryRows(ex: Executor, ids: string[]): Promise<ListRow[]> {
  if (ids.length === 0) return [];
  const query = prepared(ex, 'customer_search_summaries', (d) =>
    d
      .select(summaryColumns)
      .from(c)
      .leftJoin(s, eq(s.customerId, c.id))
      .where(sql`${c.id} = any(${sql.placeholder('ids')}::uuid[])`),
  );
  return query.execute({ ids });
}

/** A list row with the customer's contacts (its primary, else oldest, phone and email). */
export type ListRowWithContacts = ListRow & { contacts: IdentityRow[] };

type ContactJson = { id: string; customer_id: string; type: string; value: string; attrs: Record<string, unknown>; is_primary: boolean; created_at: string };

const contactOf = (type: 'phone' | 'email') => sql<ContactJson | null>`(
  select row_to_json(x) from (
    select id, customer_id, type, value, attrs, is_primary, created_at from ${i}
    where ${i.customerId} = ${c.id} and ${i.type} = ${type}
    order by ${i.isPrimary} desc, ${i.createdAt}, ${i.id} limit 1) x)`;

/**
 * `summaryRows` and the contacts a summary shows, in one prepared query (a ticket list's
 * requesters: one round trip instead of two).
 */
export async function summaryRowsWithContacts(ex: Executor, ids: string[]): Promise<ListRowWithContacts[]> {
  if (ids.length === 0) return [];
  const query = prepared(ex, 'customer_summaries_with_contacts', (d) =>
    d
      .select({ ...summaryColumns, phone: contactOf('phone'), email: contactOf('email') })
      .from(c)
      .leftJoin(s, eq(s.customerId, c.id))
      .where(sql`${c.id} = any(${sql.placeholder('ids')}::uuid[])`),
  );
  const rows = await query.execute({ ids });
  return rows.map(({ phone, email, ...row }) => ({ ...row, contacts: [phone, email].flatMap((j) => (j ? [identityOf(typeof j === 'string' ? (JSON.parse(j) as ContactJson) : j)] : [])) }));
}

function identityOf(j: ContactJson): IdentityRow {
  return { id: j.id, customerId: j.customer_id, type: j.type, value: j.value, attrs: j.attrs, isPrimary: j.is_primary, createdAt: new Date(j.created_at) };
}

