import { describe, expect, it } from 'vitest';
import { aggregateDeltas, monthOf, type AggregateEvent } from './aggregate-deltas';

const A = 'cust-a';
const B = 'cust-b';
const t = (iso: string) => Date.parse(iso);
const ev = (e: Partial<AggregateEvent> & Pick<AggregateEvent, 'type' | 'occurredAt'>): AggregateEvent => ({
  customerId: A,
  amountCents: null,
  status: null,
  durationSeconds: null,
  ...e,
});

const batch: AggregateEvent[] = [
  ev({ type: 'recharge', occurredAt: t('2026-02-10T10:00:00Z'), amountCents: 6800, status: 'paid' }),
  ev({ type: 'login', occurredAt: t('2026-02-11T08:00:00Z') }),
  ev({ type: 'recharge', occurredAt: t('2026-02-12T10:00:00Z'), amountCents: 3000, status: 'refunded' }),
  ev({ type: 'recharge', occurredAt: t('2026-03-20T10:00:00Z'), amountCents: 9999, status: 'failed' }),
  ev({ type: 'purchase', occurredAt: t('2026-03-01T00:30:00Z'), amountCents: 1250 }),
  ev({ type: 'visit', occurredAt: t('2026-01-05T18:00:00Z') }),
  ev({ type: 'play_session', occurredAt: t('2026-01-06T18:00:00Z'), durationSeconds: 1800 }),
  ev({ type: 'play_session', occurredAt: t('2026-01-07T18:00:00Z'), durationSeconds: 600 }),
  ev({ type: 'login', occurredAt: t('2026-01-01T08:00:00Z') }),
  ev({ customerId: B, type: 'custom', occurredAt: t('2025-12-31T23:59:59Z') }),
];

describe('aggregateDeltas', () => {
  it('sums spend (paid adds, refunded subtracts, failed nothing) and tracks first, last and latest times', () => {
    const { customers } = aggregateDeltas(batch);
    expect(customers.find((c) => c.customerId === A)).toEqual({
      customerId: A,
      firstSeenAt: t('2026-01-01T08:00:00Z'),
      lastSeenAt: t('2026-03-20T10:00:00Z'),
      lastLoginAt: t('2026-02-11T08:00:00Z'),
      spendCents: 6800 - 3000 + 1250,
      rechargeCount: 1,
      rechargeCents: 6800 - 3000,
      lastRechargeAt: t('2026-02-10T10:00:00Z'),
      purchaseCount: 1,
      visitCount: 1,
      lastVisitAt: t('2026-01-05T18:00:00Z'),
      playtimeSeconds: 2400,
      eventCount: 9,
    });
    expect(customers.find((c) => c.customerId === B)).toMatchObject({ eventCount: 1, spendCents: 0, lastLoginAt: null, lastRechargeAt: null });
  });

  it('splits spend by UTC month, keeping months whose spend nets to zero', () => {
    const { monthly } = aggregateDeltas([
      ...batch,
      ev({ type: 'recharge', occurredAt: t('2025-11-02T00:00:00Z'), amountCents: 500, status: 'paid' }),
      ev({ type: 'recharge', occurredAt: t('2025-11-03T00:00:00Z'), amountCents: 500, status: 'refunded' }),
    ]);
    expect(monthly.sort((x, y) => x.month.localeCompare(y.month))).toEqual([
      { customerId: A, month: '2025-11-01', spendCents: 0 },
      { customerId: A, month: '2026-02-01', spendCents: 3800 },
      { customerId: A, month: '2026-03-01', spendCents: 1250 },
    ]);
  });

  it('gives the same result for out-of-order events and for any split into batches', () => {
    const sorted = aggregateDeltas([...batch].sort((x, y) => x.occurredAt - y.occurredAt));
    const reversed = aggregateDeltas([...batch].reverse());
    expect(reversed.customers.sort((x, y) => x.customerId.localeCompare(y.customerId))).toEqual(sorted.customers.sort((x, y) => x.customerId.localeCompare(y.customerId)));
    expect(new Set(reversed.monthly.map((m) => JSON.stringify(m)))).toEqual(new Set(sorted.monthly.map((m) => JSON.stringify(m))));
  });

  it('answers nothing for an empty batch', () => {
    expect(aggregateDeltas([])).toEqual({ customers: [], monthly: [] });
  });
});

describe('monthOf', () => {
  it('uses the UTC month, whatever the sender’s offset', () => {
    expect([monthOf(t('2026-03-31T23:30:00-01:00')), monthOf(t('2026-03-01T07:00:00+08:00')), monthOf(t('2026-12-31T23:59:59Z'))]).toEqual(['2026-04-01', '2026-02-01', '2026-12-01']);
  });
});
