import { sql, type SQL } from 'drizzle-orm';

// The aggregate rules as SQL over events aliased `e`: ingest applies them to the rows it has
// just inserted, the rebuild to the whole table. One definition, so they cannot drift apart.

/** An event's signed spend: paid recharges and purchases add, refunds take back, the rest is null. */
const SPEND = sql.raw(`case when e.type = 'purchase' or (e.type = 'recharge' and e.properties->>'status' = 'paid') then e.amount
  when e.type = 'recharge' and e.properties->>'status' = 'refunded' then -e.amount end`);
const PAID_RECHARGE = sql.raw(`e.type = 'recharge' and e.properties->>'status' = 'paid'`);

/** customer_stats columns, in the order `STATS_SELECT` fills them. */
export const STATS_COLUMNS = sql.raw(`customer_id, first_seen_at, last_seen_at, last_login_at, total_spend, recharge_count,
  recharge_total, last_recharge_at, purchase_count, visit_count, last_visit_at, playtime_seconds, event_count`);

/** One customer's stats from its events: select it `from <events> e … group by e.customer_id`. */
export const STATS_SELECT = sql`e.customer_id, min(e.occurred_at), max(e.occurred_at), max(e.occurred_at) filter (where e.type = 'login'),
  coalesce(sum(${SPEND}), 0),
  count(*) filter (where ${PAID_RECHARGE}),
  coalesce(sum(${SPEND}) filter (where e.type = 'recharge'), 0),
  max(e.occurred_at) filter (where ${PAID_RECHARGE}),
  count(*) filter (where e.type = 'purchase'),
  count(*) filter (where e.type = 'visit'),
  max(e.occurred_at) filter (where e.type = 'visit'),
  coalesce(sum((e.properties->>'durationSeconds')::bigint) filter (where e.type = 'play_session'), 0),
  count(*)`;

/** Adds the incoming (`excluded`) stats to a stored row `s`: sums add up, first/last times widen. */
export const STATS_ADD = sql.raw(`first_seen_at = least(s.first_seen_at, excluded.first_seen_at),
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
  event_count = s.event_count + excluded.event_count`);

/**
 * One customer's spend in one UTC month: select it `from <events> e where ${SPEND_BEARING}
 * group by 1, 2`. A month gets a row for every spend-bearing event, even when it nets to zero.
 */
export const MONTHLY_SELECT = sql`e.customer_id, date_trunc('month', e.occurred_at at time zone 'UTC')::date, sum(${SPEND})`;

/** Events that count towards monthly spend (paid or refunded recharges, purchases). */
export const SPEND_BEARING: SQL = sql.raw(`(e.type = 'purchase' or (e.type = 'recharge' and e.properties->>'status' in ('paid', 'refunded')))`);
