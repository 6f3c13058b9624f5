import { sql } from 'drizzle-orm';
import type { Db, Tx } from '../../platform/db/database';
import type { CustomerDelta, MonthlySpendDelta } from './rules/aggregate-deltas';

type Executor = Db | Tx;

// Batch SQL for ingest: a batch's rows travel as one JSON parameter (json_to_recordset), or
// small lists as array parameters, so a 10,000-event batch is one statement whatever its size.
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
  const json = JSON.stringify(keys.map((k) => ({ x: k.externalId, i: k.eventId, t: new Date(k.occurredAt).toISOString() })));
  const rows = await rowsOf<{ external_id: string }>(
    ex,
    sql`insert into event_keys (external_id, event_id, occurred_at)
        select k.x, k.i, k.t
        from json_to_recordset(${json}::json) as k(x text, i uuid, t timestamptz)
        order by k.x
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

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

/**
 * Inserts a batch of events and adds its aggregate deltas to customer_stats and
 * customer_monthly_spend: one statement, so one round trip and one plan for the whole batch
 * (`receivedAt` and `source` are the batch's). The upserts take their rows in key order, so
 * concurrent batches touching the same customers wait on each other instead of deadlocking.
 * Same rules as the set-based rebuild in customer-stats.repository.ts (which tests compare against).
 */
export async function insertEventsWithAggregates(
  ex: Executor,
  rows: NewEventRow[],
  deltas: { customers: CustomerDelta[]; monthly: MonthlySpendDelta[] },
  batch: { receivedAt: Date; source: string },
): Promise<void> {
  if (rows.length === 0) return;
  // Each table's rows travel as one JSON document (JSON.stringify is native: far less work and
  // garbage in Node than one escaped array literal per column); properties stay nested objects.
  const events = JSON.stringify(
    rows.map((r) => ({
      i: r.id,
      t: new Date(r.occurredAt).toISOString(),
      x: r.externalId,
      c: r.customerId,
      y: r.type,
      s: r.storeId,
      a: r.amountCents,
      u: r.currency,
      p: r.properties,
    })),
  );
  const customers = JSON.stringify(
    deltas.customers.map((d) => ({
      c: d.customerId,
      fs: iso(d.firstSeenAt),
      ls: iso(d.lastSeenAt),
      ll: iso(d.lastLoginAt),
      sp: d.spendCents,
      rn: d.rechargeCount,
      rc: d.rechargeCents,
      lr: iso(d.lastRechargeAt),
      pn: d.purchaseCount,
      vn: d.visitCount,
      lv: iso(d.lastVisitAt),
      pt: d.playtimeSeconds,
      en: d.eventCount,
    })),
  );
  const monthly = JSON.stringify(deltas.monthly.map((m) => ({ c: m.customerId, m: m.month, a: m.spendCents })));
  await ex.execute(sql`
    with inserted as (
      insert into events (id, occurred_at, external_id, customer_id, type, received_at, store_id, amount, currency, source, properties)
      select e.i, e.t, e.x, e.c, e.y, ${batch.receivedAt.toISOString()}::timestamptz, e.s, e.a / 100.0, e.u, ${batch.source}, e.p
      from json_to_recordset(${events}::json) as e(i uuid, t timestamptz, x text, c uuid, y text, s uuid, a bigint, u text, p jsonb)
    ),
    stats as (
      insert into customer_stats as s (customer_id, first_seen_at, last_seen_at, last_login_at, total_spend, recharge_count,
        recharge_total, last_recharge_at, purchase_count, visit_count, last_visit_at, playtime_seconds, event_count)
      select d.c, d.fs, d.ls, d.ll, d.sp / 100.0, d.rn, d.rc / 100.0, d.lr, d.pn, d.vn, d.lv, d.pt, d.en
      from json_to_recordset(${customers}::json) as d(c uuid, fs timestamptz, ls timestamptz, ll timestamptz, sp bigint, rn int,
        rc bigint, lr timestamptz, pn int, vn int, lv timestamptz, pt bigint, en bigint)
      order by d.c
      on conflict (customer_id) do update set
        first_seen_at = least(s.first_seen_at, excluded.first_seen_at),
        last_seen_at = greatest(s.last_seen_at, excluded.last_seen_at),
        last_login_at = greatest(s.last_login_at, excluded.last_login_at),
        total_spend = s.total_spend + excluded.total_spend,
        recharge_count = s.recharge_count + excluded.recharge_count,
        recharge_total = s.recharge_total + excluded.recharge_total,
        last_recharge_at = greatest(s.last_recharge_at, excluded.last_recharge_at),
        purchase_count = s.purchase_count + excluded.purchase_count,
        visit_count = s.visit_count + excluded.visit_count,
        last_visit_at = greatest(s.last_visit_at, excluded.last_visit_at),
        playtime_seconds = s.playtime_seconds + excluded.playtime_seconds,
        event_count = s.event_count + excluded.event_count
    )
    insert into customer_monthly_spend as m (customer_id, month, amount)
    select x.c, x.m, x.a / 100.0
    from json_to_recordset(${monthly}::json) as x(c uuid, m date, a bigint)
    order by x.c, x.m
    on conflict (customer_id, month) do update set amount = m.amount + excluded.amount`);
}
