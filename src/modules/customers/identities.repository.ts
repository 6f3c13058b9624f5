import { sql, type SQL } from 'drizzle-orm';
import type { Db, Tx } from '../../platform/db/database';

type Executor = Db | Tx;

// Batch SQL for identity resolution: arrays travel as one parameter each and are unnested,
// so a 10,000-entry batch is one statement with a handful of parameters (no 65,535 limit).

/** Rows of a raw query, on either driver. */
export async function rowsOf<T>(ex: Executor, query: SQL): Promise<T[]> {
  const result = await ex.execute(query);
  return (result as unknown as { rows: T[] }).rows;
}

export interface IdentityOwner {
  type: string;
  value: string;
  customer_id: string;
  status: string;
  merged_into: string | null;
}

/**
 * An array literal with every element quoted, written mostly by one native join: what the pg
 * driver would send for a JS array, without its per-element escaping on batches of thousands.
 */
function textArrayLiteral(values: readonly string[]): string {
  if (!values.some((v) => v.includes('"') || v.includes('\\'))) return values.length === 0 ? '{}' : `{"${values.join('","')}"}`;
  return `{${values.map((v) => `"${v.replace(/["\\]/g, '\\$&')}"`).join(',')}}`;
}

/** Who owns each of the (type, value) pairs that exist, with the owner's status: one query. */
export function findIdentityOwners(ex: Executor, keys: { type: string; value: string }[]): Promise<IdentityOwner[]> {
  if (keys.length === 0) return Promise.resolve([]);
  const types = textArrayLiteral(keys.map((k) => k.type));
  const values = textArrayLiteral(keys.map((k) => k.value));
  return rowsOf<IdentityOwner>(
    ex,
    sql`select i.type, i.value, i.customer_id, c.status, c.merged_into
        from unnest(${types}::text[], ${values}::text[]) as k(type, value)
        join customer_identities i on i.type = k.type and i.value = k.value
        join customers c on c.id = i.customer_id`,
  );
}

/**
 * The owners of each entry's identities (`owners[e][k]` for `entries[e].identities[k]`,
 * undefined when nobody has it), with their status. One query over the distinct identities;
 * rows carry a position instead of the pair, so nothing is re-keyed.
 */
export async function findOwnersOfEntries(
  ex: Executor,
  entries: { keys: string[]; identities: { type: string; value: string }[] }[],
): Promise<(CustomerState | undefined)[][]> {
  // Each distinct identity once; entries point at it by position (plain loops: this runs per event of a batch).
  const position = new Map<string, number>();
  const distinct: { type: string; value: string }[] = [];
  const at: number[][] = new Array(entries.length);
  for (let e = 0; e < entries.length; e++) {
    const { keys, identities } = entries[e]!;
    at[e] = new Array(keys.length);
    for (let k = 0; k < keys.length; k++) {
      let i = position.get(keys[k]!);
      if (i === undefined) position.set(keys[k]!, (i = distinct.push(identities[k]!) - 1));
      at[e]![k] = i;
    }
  }
  const owners = new Array<CustomerState | undefined>(distinct.length);
  if (distinct.length > 0) {
    const rows = await rowsOf<{ n: number; id: string; status: string; merged_into: string | null }>(
      ex,
      sql`select k.n::int4 as n, i.customer_id as id, c.status, c.merged_into
          from unnest(${textArrayLiteral(distinct.map((k) => k.type))}::text[], ${textArrayLiteral(distinct.map((k) => k.value))}::text[]) with ordinality as k(type, value, n)
          join customer_identities i on i.type = k.type and i.value = k.value
          join customers c on c.id = i.customer_id`,
    );
    for (const r of rows) owners[r.n - 1] = r;
  }
  const result: (CustomerState | undefined)[][] = new Array(at.length);
  for (let e = 0; e < at.length; e++) {
    const positions = at[e]!;
    result[e] = new Array(positions.length);
    for (let k = 0; k < positions.length; k++) result[e]![k] = owners[positions[k]!];
  }
  return result;
}

// Identity creation locks: (namespace, bucket) advisory locks, 64 buckets by a hash of the key,
// so a batch holds at most 64 however many customers it creates.
const CREATION_LOCKS = 0x6964656e; // 'iden'
const BUCKETS = 64;

function bucketOf(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  return (h >>> 0) % BUCKETS;
}

/**
 * Waits for any transaction creating identities that share a bucket with `keys`, then holds
 * those buckets until commit. Taken in bucket order in one statement, so creators never deadlock.
 */
export async function lockIdentityCreation(ex: Executor, keys: string[]): Promise<void> {
  const buckets = [...new Set(keys.map(bucketOf))].sort((a, b) => a - b);
  if (buckets.length === 0) return;
  await ex.execute(sql`select count(pg_advisory_xact_lock(${sql.raw(String(CREATION_LOCKS))}, b)) from unnest(${`{${buckets.join(',')}}`}::int4[]) as b`);
}

export interface CustomerState {
  id: string;
  status: string;
  merged_into: string | null;
}

/** Status and merge target of the given customers (missing ids are absent). */
export function findCustomerStates(ex: Executor, ids: string[]): Promise<CustomerState[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return rowsOf<CustomerState>(ex, sql`select id, status, merged_into from customers where id = any(${sql.param(ids)}::uuid[])`);
}

/** Inserts many bare customers in one statement. */
export async function insertCustomersBulk(
  ex: Executor,
  rows: { id: string; displayName: string }[],
  source: string,
  now: Date,
): Promise<void> {
  if (rows.length === 0) return;
  const at = now.toISOString();
  await ex.execute(sql`
    insert into customers (id, display_name, source, created_at, updated_at)
    select id, name, ${source}, ${at}::timestamptz, ${at}::timestamptz
    from unnest(${textArrayLiteral(rows.map((r) => r.id))}::uuid[], ${textArrayLiteral(rows.map((r) => r.displayName))}::text[]) as r(id, name)`);
}

export interface NewIdentity {
  id: string;
  customerId: string;
  type: string;
  value: string;
  attrs: Record<string, unknown>;
  isPrimary: boolean;
}

/**
 * Inserts identities, skipping any (type, value) that already exists or that a concurrent
 * transaction just took; answers the ids of the ones NOT inserted (usually none). Rows go in
 * (type, value) order so two overlapping batches wait on each other instead of deadlocking.
 */
export async function insertIdentitiesIgnoringTaken(ex: Executor, rows: NewIdentity[], now: Date): Promise<Set<string>> {
  if (rows.length === 0) return new Set();
  const taken = await rowsOf<{ id: string }>(
    ex,
    sql`with r as materialized (
          select * from rows from (
            unnest(${textArrayLiteral(rows.map((r) => r.id))}::uuid[]),
            unnest(${textArrayLiteral(rows.map((r) => r.customerId))}::uuid[]),
            unnest(${textArrayLiteral(rows.map((r) => r.type))}::text[]),
            unnest(${textArrayLiteral(rows.map((r) => r.value))}::text[]),
            jsonb_array_elements(${JSON.stringify(rows.map((r) => r.attrs))}::jsonb),
            unnest(${`{${rows.map((r) => (r.isPrimary ? 't' : 'f')).join(',')}}`}::boolean[])
          ) as r(id, customer_id, type, value, attrs, is_primary)),
        inserted as (
          insert into customer_identities (id, customer_id, type, value, attrs, is_primary, created_at)
          select id, customer_id, type, value, attrs, is_primary, ${now.toISOString()}::timestamptz
          from r order by r.type, r.value
          on conflict (type, value) do nothing
          returning id)
        select r.id from r where not exists (select 1 from inserted i where i.id = r.id)`,
  );
  return new Set(taken.map((t) => t.id));
}

/** Deletes customers created in this transaction that ended up with no identity (lost a race). */
export async function deleteBareCustomers(ex: Executor, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  await ex.execute(sql`delete from customers where id = any(${sql.param(ids)}::uuid[])`);
}

/** Deletes customers created in this transaction, with their identities and history (nothing else refers to them yet). */
export async function deleteNewCustomers(ex: Executor, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  const list = sql`${textArrayLiteral(ids)}::uuid[]`;
  await ex.execute(sql`delete from customer_history where customer_id = any(${list})`);
  await ex.execute(sql`delete from customer_identities where customer_id = any(${list})`);
  await ex.execute(sql`delete from customers where id = any(${list})`);
}

/** One `created` history row per new customer, in one statement. */
export async function insertCreatedHistory(ex: Executor, rows: { id: string; customerId: string }[], source: string, now: Date): Promise<void> {
  if (rows.length === 0) return;
  await ex.execute(sql`
    insert into customer_history (id, customer_id, at, actor_label, action, changes)
    select id, customer_id, ${now.toISOString()}::timestamptz, ${source}, 'created', ${JSON.stringify({ source })}::jsonb
    from unnest(${textArrayLiteral(rows.map((r) => r.id))}::uuid[], ${textArrayLiteral(rows.map((r) => r.customerId))}::uuid[]) as r(id, customer_id)`);
}
