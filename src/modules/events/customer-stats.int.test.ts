import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/helpers/test-app';
import { FakeClock } from '../../platform/clock';
import { emptyCustomerStats, getCustomerStats, rebuildCustomerStats } from './customer-stats.service';
import { ingestEvents } from './ingest.service';

const NOW = new Date('2026-03-15T12:00:00Z');
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ clock: new FakeClock(NOW) });
});
afterAll(async () => t.close());

const options = { source: 'test', createUnknownCustomers: true };
const ev = (id: string, type: string, occurredAt: string, customer: Record<string, unknown>, data?: Record<string, unknown>) => ({ id, type, occurredAt, customer, ...(data ? { data } : {}) });
const pay = (amount: string, status = 'paid') => ({ orderId: 'o', amount, currency: 'CNY', channel: 'wechat', status });

async function customerOf(externalId: string): Promise<string> {
  const [row] = await t.deps.database.query<{ customer_id: string }>('select customer_id from events where external_id = $1', [externalId]);
  return row!.customer_id;
}

describe('customer stats on ingest', () => {
  it('add up out-of-order events across batches, refunds included', async () => {
    const c = { gameAccount: { id: 'stats-1' } };
    // Newest first, then a late batch with older events and a refund.
    await ingestEvents(t.deps, [
      ev('s1-a', 'recharge', '2026-03-10T10:00:00+08:00', c, pay('68.00')),
      ev('s1-b', 'login', '2026-03-12T09:00:00Z', c),
      ev('s1-c', 'play_session', '2026-03-12T10:00:00Z', c, { game: 'Arena', durationSeconds: 1200 }),
    ], options);
    await ingestEvents(t.deps, [
      ev('s1-d', 'recharge', '2024-01-05T10:00:00Z', c, pay('30.10')),
      ev('s1-e', 'recharge', '2026-03-11T10:00:00Z', c, pay('68.00', 'refunded')),
      ev('s1-f', 'recharge', '2026-03-13T10:00:00Z', c, pay('500', 'failed')),
      ev('s1-g', 'purchase', '2026-02-01T00:30:00+08:00', c, { currency: 'CNY', lines: [{ product: 'Cola', quantity: 2, amount: 0.1 }, { product: 'Hour', quantity: 1, amount: 0.2 }] }),
      ev('s1-h', 'login', '2025-12-31T23:00:00Z', c),
      ev('s1-i', 'play_session', '2026-01-02T10:00:00Z', c, { game: 'Arena', durationSeconds: 300 }),
    ], options);
    const id = await customerOf('s1-a');
    const stats = (await getCustomerStats(t.deps.database.db, [id], NOW)).get(id);
    expect(stats).toEqual({
      firstSeenAt: '2024-01-05T10:00:00.000Z',
      lastSeenAt: '2026-03-13T10:00:00.000Z',
      lastLoginAt: '2026-03-12T09:00:00.000Z',
      totalSpend: '30.40',
      spend12m: '0.30',
      rechargeCount: 2,
      rechargeTotal: '30.10',
      lastRechargeAt: '2026-03-10T02:00:00.000Z',
      purchaseCount: 1,
      visitCount: 0,
      lastVisitAt: null,
      playtimeSeconds: 1500,
      eventCount: 9,
    });
    // The purchase at 00:30 +08:00 on 1 February is January in UTC.
    const months = await t.deps.database.query<{ month: string; amount: string }>(
      `select to_char(month, 'YYYY-MM') as month, amount::text from customer_monthly_spend where customer_id = $1 order by month`,
      [id],
    );
    expect(months).toEqual([
      { month: '2024-01', amount: '30.10' },
      { month: '2026-01', amount: '0.30' },
      { month: '2026-03', amount: '0.00' },
    ]);
  });

  it('counts spend12m over the 12 months ending with the clock’s month', async () => {
    const c = { gameAccount: { id: 'stats-2' } };
    await ingestEvents(t.deps, [
      ev('s2-a', 'recharge', '2025-03-31T23:59:59Z', c, pay('1.00')),
      ev('s2-b', 'recharge', '2025-04-01T00:00:00Z', c, pay('2.00')),
      ev('s2-c', 'recharge', '2026-03-16T00:00:00Z', c, pay('4.00')),
    ], options);
    const id = await customerOf('s2-a');
    expect((await getCustomerStats(t.deps.database.db, [id], NOW)).get(id)).toMatchObject({ totalSpend: '7.00', spend12m: '6.00' });
    expect((await getCustomerStats(t.deps.database.db, [id], new Date('2026-04-01T00:00:00Z'))).get(id)!.spend12m).toBe('4.00');
  });

  it('answers empty stats for customers without events', async () => {
    const id = '0195f0a0-0000-7000-8000-0000000000aa';
    const stats = await getCustomerStats(t.deps.database.db, [id, id], NOW);
    expect([...stats.entries()]).toEqual([[id, emptyCustomerStats]]);
    expect((await getCustomerStats(t.deps.database.db, [], NOW)).size).toBe(0);
  });
});

/** A small deterministic PRNG (mulberry32), so a failure can be replayed. */
function rng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let x = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

describe('rebuildCustomerStats', () => {
  it('recomputes exactly what ingest maintained incrementally', async () => {
    const random = rng(20260315);
    const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)]!;
    const start = Date.parse('2024-06-01T00:00:00Z');
    const span = NOW.getTime() - start;
    const events = Array.from({ length: 400 }, (_, i) => {
      const customer = { wechat: `rebuild-${Math.floor(random() * 25)}` };
      const at = new Date(start + Math.floor(random() * span)).toISOString();
      const amount = (Math.floor(random() * 100000) / 100).toFixed(2);
      const type = pick(['recharge', 'recharge', 'purchase', 'login', 'logout', 'play_session', 'level_up', 'custom'] as const);
      const data = {
        recharge: pay(amount, pick(['paid', 'paid', 'refunded', 'failed'])),
        purchase: { currency: 'CNY', lines: [{ product: 'P', quantity: 1, amount }, { product: 'Q', quantity: 2, amount: random() * 10 }] },
        login: {},
        logout: {},
        play_session: { game: 'G', durationSeconds: Math.floor(random() * 7200) },
        level_up: { level: Math.floor(random() * 60) },
        custom: { name: 'thing', properties: {} },
      }[type];
      return ev(`rebuild-${i}`, type, at, customer, data);
    });
    // Several batches, shuffled, with some events sent twice.
    const shuffled = [...events].sort(() => random() - 0.5);
    for (let i = 0; i < shuffled.length; i += 70) {
      const batch = shuffled.slice(i, i + 70);
      await ingestEvents(t.deps, [...batch, ...batch.slice(0, 5)], options);
    }
    const snapshot = async () => ({
      stats: await t.deps.database.query('select * from customer_stats order by customer_id'),
      months: await t.deps.database.query('select customer_id, month::text, amount::text from customer_monthly_spend order by customer_id, month'),
    });
    const incremental = await snapshot();
    expect(incremental.stats.length).toBeGreaterThanOrEqual(25);
    const result = await rebuildCustomerStats(t.deps.database);
    expect(result.customers).toBe(incremental.stats.length);
    expect(result.months).toBe(incremental.months.length);
    expect(await snapshot()).toEqual(incremental);
  });

  it('repairs stats that drifted from the events', async () => {
    const [row] = await t.deps.database.query<{ customer_id: string }>('select customer_id from customer_stats limit 1');
    const id = row!.customer_id;
    const before = (await getCustomerStats(t.deps.database.db, [id], NOW)).get(id);
    await t.deps.database.query(`update customer_stats set total_spend = 999999, event_count = 0 where customer_id = $1`, [id]);
    await t.deps.database.query(`delete from customer_monthly_spend where customer_id = $1`, [id]);
    await rebuildCustomerStats(t.deps.database);
    expect((await getCustomerStats(t.deps.database.db, [id], NOW)).get(id)).toEqual(before);
  });
});
