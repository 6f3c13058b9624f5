import { sql } from 'drizzle-orm';
import type { Db, Tx } from '../../platform/db/database';
import { bareArray, quotedArray } from './pg-array-literal';
import { MONTHLY_SELECT, SPEND_BEARING, STATS_ADD, STATS_COLUMNS, STATS_SELECT } from './stats-sql';

type Executor = Db | Tx;

// Batch SQL for ingest: each column of a batch travels as one array literal (properties as one
// JSON array), zipped back into rows with ROWS FROM, so a 10,000-event batch is one statement
// with a dozen parameters whatever its size.

/** Epoch milliseconds (an int8 SQL expression) as a timestamptz, exactly: µs precision covers ms. */
const EPOCH_MS = (column: string) => sql.raw(`to_timestamp(${column} / 1000.0)`);

async function rowsOf<T>(ex: Executor, query: ReturnType<typeof sql>): Promise<T[]> {
  return ((await ex.execute(query)) as unknown as { rows: T[] }).rows;
}

/** The ids among `ids` that name a store. */
export async function existingStoreIds(ex: Executor, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await rowsOf<{ id: string }>(ex, sql`select id from stores where id = any(${bareArray(ids)}::uuid[])`);
  return new Set(rows.map((r) => r.id));
}

/** The external ids among `externalIds` that events were stored under. */
export async function storedExternalIds(ex: Executor, externalIds: string[]): Promise<Set<string>> {
  if (externalIds.length === 0) return new Set();
  const rows = await rowsOf<{ x: string }>(ex, sql`select external_id as x from event_keys where external_id = any(${quotedArray(externalIds)}::text[])`);
  return new Set(rows.map((r) => r.x));
}

/** A batch of events to store, column by column (no object per event): all arrays have one entry per event. */
export interface EventColumns {
  ids: string[];
  /** Epoch ms. */
  occurredAt: number[];
  externalIds: string[];
  customerIds: string[];
  types: string[];
  storeIds: (string | null)[];
  amountCents: (number | null)[];
  currencies: (string | null)[];
  properties: Record<string, unknown>[];
}

/**
 * Stores a batch of events and adds them to customer_stats and customer_monthly_spend, in one
 * statement: claims the events' idempotency keys (event_keys), inserts the events it claimed
 * and aggregates the rows it inserted, by the same SQL as the rebuild (stats-sql.ts). Answers
 * the external ids it did not claim: stored before, or by a concurrent batch that committed
 * first. Keys, then stats rows, are taken in sorted order, so concurrent batches over the same
 * ids or customers wait on each other instead of deadlocking.
 */
export async function storeEvents(ex: Executor, batch: EventColumns, options: { receivedAt: Date; source: string }): Promise<Set<string>> {
  if (batch.ids.length === 0) return new Set();
  const input = sql`rows from (
      unnest(${bareArray(batch.ids)}::uuid[]), unnest(${bareArray(batch.occurredAt)}::int8[]), unnest(${quotedArray(batch.externalIds)}::text[]),
      unnest(${bareArray(batch.customerIds)}::uuid[]), unnest(${bareArray(batch.types)}::text[]), unnest(${bareArray(batch.storeIds)}::uuid[]),
      unnest(${bareArray(batch.amountCents)}::int8[]), unnest(${bareArray(batch.currencies)}::text[]), jsonb_array_elements(${JSON.stringify(batch.properties)}::jsonb)
    ) as r(id, ms, external_id, customer_id, type, store_id, cents, currency, properties)`;
  const rows = await rowsOf<{ x: string }>(
    ex,
    sql`with b as materialized (select r.*, ${EPOCH_MS('r.ms')} as occurred_at from ${input}),
      claimed as (
        insert into event_keys (external_id, event_id, occurred_at)
        select b.external_id, b.id, b.occurred_at from b order by b.external_id
        on conflict (external_id) do nothing
        returning external_id),
      fresh as (select b.* from b join claimed c on c.external_id = b.external_id),
      e as (
        insert into events (id, occurred_at, external_id, customer_id, type, received_at, store_id, amount, currency, source, properties)
        select f.id, f.occurred_at, f.external_id, f.customer_id, f.type, ${options.receivedAt.toISOString()}::timestamptz, f.store_id,
          f.cents / 100.0, f.currency, ${options.source}, f.properties
        from fresh f
        returning customer_id, occurred_at, type, amount, properties),
      stats as (
        insert into customer_stats as s (${STATS_COLUMNS})
        select ${STATS_SELECT} from e group by e.customer_id order by e.customer_id
        on conflict (customer_id) do update set ${STATS_ADD}),
      monthly as (
        insert into customer_monthly_spend as m (customer_id, month, amount)
        select ${MONTHLY_SELECT} from e where ${SPEND_BEARING} group by 1, 2 order by 1, 2
        on conflict (customer_id, month) do update set amount = m.amount + excluded.amount)
      select b.external_id as x from b where not exists (select 1 from claimed c where c.external_id = b.external_id)`,
  );
  return new Set(rows.map((r) => r.x));
}
