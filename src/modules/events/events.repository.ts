import { sql } from 'drizzle-orm';
import type { Db, Tx } from '../../platform/db/database';

type Executor = Db | Tx;

// Batch SQL for ingest: every column travels as one array parameter and is unnested, so a
// 10,000-event batch is one statement per table whatever its size.
const arr = (values: unknown[]) => sql.param(values);

async function rowsOf<T>(ex: Executor, query: ReturnType<typeof sql>): Promise<T[]> {
  return ((await ex.execute(query)) as unknown as { rows: T[] }).rows;
}

/** The ids among `ids` that name a store. */
export async function existingStoreIds(ex: Executor, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await rowsOf<{ id: string }>(ex, sql`select id from stores where id = any(${arr(ids)}::uuid[])`);
  return new Set(rows.map((r) => r.id));
}

export interface EventKey {
  externalId: string;
  eventId: string;
  occurredAt: number;
}

/**
 * Claims the idempotency keys of a batch; answers the external ids claimed now (the others
 * were stored before, or by a concurrent batch that committed first). Sorted, so overlapping
 * batches wait on each other instead of deadlocking.
 */
export async function claimEventKeys(ex: Executor, keys: EventKey[]): Promise<Set<string>> {
  if (keys.length === 0) return new Set();
  const rows = await rowsOf<{ external_id: string }>(
    ex,
    sql`insert into event_keys (external_id, event_id, occurred_at)
        select k.external_id, k.event_id, k.occurred_at
        from unnest(${arr(keys.map((k) => k.externalId))}::text[], ${arr(keys.map((k) => k.eventId))}::uuid[],
          ${arr(keys.map((k) => new Date(k.occurredAt).toISOString()))}::timestamptz[]) as k(external_id, event_id, occurred_at)
        order by k.external_id
        on conflict (external_id) do nothing
        returning external_id`,
  );
  return new Set(rows.map((r) => r.external_id));
}

/** Gives back keys claimed in this transaction for events that were then rejected. */
export async function releaseEventKeys(ex: Executor, externalIds: string[]): Promise<void> {
  if (externalIds.length === 0) return;
  await ex.execute(sql`delete from event_keys where external_id = any(${arr(externalIds)}::text[])`);
}

export interface NewEventRow {
  id: string;
  occurredAt: number;
  externalId: string;
  customerId: string;
  type: string;
  storeId: string | null;
  amountCents: number | null;
  currency: string | null;
  properties: Record<string, unknown>;
}

/** Inserts a batch of events in one statement; `receivedAt` and `source` are the batch's. */
export async function insertEvents(ex: Executor, rows: NewEventRow[], batch: { receivedAt: Date; source: string }): Promise<void> {
  if (rows.length === 0) return;
  const col = <T>(f: (r: NewEventRow) => T) => arr(rows.map(f));
  await ex.execute(sql`
    insert into events (id, occurred_at, external_id, customer_id, type, received_at, store_id, amount, currency, source, properties)
    select e.id, e.occurred_at, e.external_id, e.customer_id, e.type, ${batch.receivedAt.toISOString()}::timestamptz, e.store_id,
      e.amount_cents / 100.0, e.currency, ${batch.source}, e.properties::jsonb
    from unnest(${col((r) => r.id)}::uuid[], ${col((r) => new Date(r.occurredAt).toISOString())}::timestamptz[],
      ${col((r) => r.externalId)}::text[], ${col((r) => r.customerId)}::uuid[], ${col((r) => r.type)}::text[],
      ${col((r) => r.storeId)}::uuid[], ${col((r) => r.amountCents)}::bigint[], ${col((r) => r.currency)}::text[],
      ${col((r) => JSON.stringify(r.properties))}::text[])
      as e(id, occurred_at, external_id, customer_id, type, store_id, amount_cents, currency, properties)`);
}
