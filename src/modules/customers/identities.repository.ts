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

/** Who owns each of the (type, value) pairs that exist, with the owner's status: one query. */
export function findIdentityOwners(ex: Executor, keys: { type: string; value: string }[]): Promise<IdentityOwner[]> {
  if (keys.length === 0) return Promise.resolve([]);
  const types = keys.map((k) => k.type);
  const values = keys.map((k) => k.value);
  return rowsOf<IdentityOwner>(
    ex,
    sql`select i.type, i.value, i.customer_id, c.status, c.merged_into
        from unnest(${sql.param(types)}::text[], ${sql.param(values)}::text[]) as k(type, value)
        join customer_identities i on i.type = k.type and i.value = k.value
        join customers c on c.id = i.customer_id`,
  );
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
    from unnest(${sql.param(rows.map((r) => r.id))}::uuid[], ${sql.param(rows.map((r) => r.displayName))}::text[]) as r(id, name)`);
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
 * transaction just took; answers the ones inserted. Rows go in (type, value) order so two
 * overlapping batches wait on each other instead of deadlocking.
 */
export function insertIdentitiesIgnoringTaken(ex: Executor, rows: NewIdentity[], now: Date): Promise<{ type: string; value: string; customer_id: string }[]> {
  if (rows.length === 0) return Promise.resolve([]);
  const sorted = [...rows].sort((a, b) => (a.type === b.type ? (a.value < b.value ? -1 : a.value > b.value ? 1 : 0) : a.type < b.type ? -1 : 1));
  return rowsOf(
    ex,
    sql`insert into customer_identities (id, customer_id, type, value, attrs, is_primary, created_at)
        select id, customer_id, type, value, attrs::jsonb, is_primary, ${now.toISOString()}::timestamptz
        from unnest(
          ${sql.param(sorted.map((r) => r.id))}::uuid[],
          ${sql.param(sorted.map((r) => r.customerId))}::uuid[],
          ${sql.param(sorted.map((r) => r.type))}::text[],
          ${sql.param(sorted.map((r) => r.value))}::text[],
          ${sql.param(sorted.map((r) => JSON.stringify(r.attrs)))}::text[],
          ${sql.param(sorted.map((r) => r.isPrimary))}::boolean[]
        ) as r(id, customer_id, type, value, attrs, is_primary)
        order by r.type, r.value
        on conflict (type, value) do nothing
        returning type, value, customer_id`,
  );
}

/** Deletes customers created in this transaction that ended up with no identity (lost a race). */
export async function deleteBareCustomers(ex: Executor, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  await ex.execute(sql`delete from customers where id = any(${sql.param(ids)}::uuid[])`);
}

/** One `created` history row per new customer, in one statement. */
export async function insertCreatedHistory(ex: Executor, rows: { id: string; customerId: string }[], source: string, now: Date): Promise<void> {
  if (rows.length === 0) return;
  await ex.execute(sql`
    insert into customer_history (id, customer_id, at, actor_label, action, changes)
    select id, customer_id, ${now.toISOString()}::timestamptz, ${source}, 'created', ${JSON.stringify({ source })}::jsonb
    from unnest(${sql.param(rows.map((r) => r.id))}::uuid[], ${sql.param(rows.map((r) => r.customerId))}::uuid[]) as r(id, customer_id)`);
}
