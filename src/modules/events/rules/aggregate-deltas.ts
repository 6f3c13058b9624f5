import type { EventType, RechargeStatus } from './event-types';

/** What the aggregates need to know about one accepted event. */
export interface AggregateEvent {
  customerId: string;
  type: EventType;
  /** Epoch milliseconds. */
  occurredAt: number;
  amountCents: number | null;
  status: RechargeStatus | null;
  durationSeconds: number | null;
}

/** How one batch changes one customer's aggregates; times are epoch ms, money integer cents. */
export interface CustomerDelta {
  customerId: string;
  firstSeenAt: number;
  lastSeenAt: number;
  lastLoginAt: number | null;
  spendCents: number;
  rechargeCount: number;
  rechargeCents: number;
  lastRechargeAt: number | null;
  purchaseCount: number;
  visitCount: number;
  lastVisitAt: number | null;
  playtimeSeconds: number;
  eventCount: number;
}

/** How one batch changes one customer's spend in one calendar month (UTC, `YYYY-MM-01`). */
export interface MonthlySpendDelta {
  customerId: string;
  month: string;
  spendCents: number;
}

/**
 * The signed spend of an event: a paid recharge or a purchase adds its amount, a refunded
 * recharge takes it back, anything else (failed recharges included) is no spend.
 * Returns null for events that have no bearing on spend at all.
 * @example spendCents({ type: 'recharge', status: 'refunded', amountCents: 500, ... }) // -500
 */
export function spendCents(e: Pick<AggregateEvent, 'type' | 'status' | 'amountCents'>): number | null {
  const amount = e.amountCents ?? 0;
  if (e.type === 'purchase') return amount;
  if (e.type !== 'recharge') return null;
  if (e.status === 'paid') return amount;
  if (e.status === 'refunded') return -amount;
  return null;
}

/**
 * Net recharge of an event: paid adds, refunded takes back (the recharge count counts paid ones).
 * @example rechargeCents({ type: 'recharge', status: 'paid', amountCents: 6800, ... }) // 6800
 */
export function rechargeCents(e: Pick<AggregateEvent, 'type' | 'status' | 'amountCents'>): number {
  return e.type === 'recharge' ? (spendCents(e) ?? 0) : 0;
}

/**
 * The UTC calendar month of an instant, as the first day.
 * @example monthOf(Date.parse('2026-03-31T23:30:00-01:00')) // '2026-04-01'
 */
export function monthOf(ms: number): string {
  const d = new Date(ms);
  const year = d.getUTCFullYear();
  const month = d.getUTCMonth() + 1;
  if (year < 1000 || year > 9999) return `${d.toISOString().slice(0, 7)}-01`;
  return `${year}-${month < 10 ? '0' : ''}${month}-01`;
}

const later = (a: number | null, b: number | null) => (a === null ? b : b === null ? a : Math.max(a, b));

/** One event's contribution, as a delta of its own. */
export function eventDelta(e: AggregateEvent): CustomerDelta {
  const paidRecharge = e.type === 'recharge' && e.status === 'paid';
  return {
    customerId: e.customerId,
    firstSeenAt: e.occurredAt,
    lastSeenAt: e.occurredAt,
    lastLoginAt: e.type === 'login' ? e.occurredAt : null,
    spendCents: spendCents(e) ?? 0,
    rechargeCount: paidRecharge ? 1 : 0,
    rechargeCents: rechargeCents(e),
    lastRechargeAt: paidRecharge ? e.occurredAt : null,
    purchaseCount: e.type === 'purchase' ? 1 : 0,
    visitCount: e.type === 'visit' ? 1 : 0,
    lastVisitAt: e.type === 'visit' ? e.occurredAt : null,
    playtimeSeconds: e.type === 'play_session' ? (e.durationSeconds ?? 0) : 0,
    eventCount: 1,
  };
}

/**
 * Combines two deltas of the same customer. Commutative and associative (sums, min and max),
 * so the order events arrive in, and how they are batched, never changes the result.
 */
export function mergeDeltas(a: CustomerDelta, b: CustomerDelta): CustomerDelta {
  return {
    customerId: a.customerId,
    firstSeenAt: Math.min(a.firstSeenAt, b.firstSeenAt),
    lastSeenAt: Math.max(a.lastSeenAt, b.lastSeenAt),
    lastLoginAt: later(a.lastLoginAt, b.lastLoginAt),
    spendCents: a.spendCents + b.spendCents,
    rechargeCount: a.rechargeCount + b.rechargeCount,
    rechargeCents: a.rechargeCents + b.rechargeCents,
    lastRechargeAt: later(a.lastRechargeAt, b.lastRechargeAt),
    purchaseCount: a.purchaseCount + b.purchaseCount,
    visitCount: a.visitCount + b.visitCount,
    lastVisitAt: later(a.lastVisitAt, b.lastVisitAt),
    playtimeSeconds: a.playtimeSeconds + b.playtimeSeconds,
    eventCount: a.eventCount + b.eventCount,
  };
}

/** mergeDeltas in place (the batch's own accumulator: no object per event). */
function mergeInto(a: CustomerDelta, b: CustomerDelta): void {
  a.firstSeenAt = Math.min(a.firstSeenAt, b.firstSeenAt);
  a.lastSeenAt = Math.max(a.lastSeenAt, b.lastSeenAt);
  a.lastLoginAt = later(a.lastLoginAt, b.lastLoginAt);
  a.spendCents += b.spendCents;
  a.rechargeCount += b.rechargeCount;
  a.rechargeCents += b.rechargeCents;
  a.lastRechargeAt = later(a.lastRechargeAt, b.lastRechargeAt);
  a.purchaseCount += b.purchaseCount;
  a.visitCount += b.visitCount;
  a.lastVisitAt = later(a.lastVisitAt, b.lastVisitAt);
  a.playtimeSeconds += b.playtimeSeconds;
  a.eventCount += b.eventCount;
}

/**
 * Per-customer deltas and per-customer-per-month spend deltas of a batch of accepted events.
 * A month gets a row for every spend-bearing event in it (paid or refunded recharges,
 * purchases), even when they net to zero, exactly as a rebuild from the events table does.
 */
export function aggregateDeltas(events: readonly AggregateEvent[]): { customers: CustomerDelta[]; monthly: MonthlySpendDelta[] } {
  const customers = new Map<string, CustomerDelta>();
  const monthly = new Map<string, MonthlySpendDelta>();
  for (const e of events) {
    const delta = eventDelta(e);
    const before = customers.get(e.customerId);
    if (before) mergeInto(before, delta);
    else customers.set(e.customerId, delta);
    const spend = spendCents(e);
    if (spend === null) continue;
    const month = monthOf(e.occurredAt);
    const key = `${e.customerId}|${month}`;
    const m = monthly.get(key);
    if (m) m.spendCents += spend;
    else monthly.set(key, { customerId: e.customerId, month, spendCents: spend });
  }
  return { customers: [...customers.values()], monthly: [...monthly.values()] };
}
