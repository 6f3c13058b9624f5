import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/helpers/test-app';
import { FakeClock } from '../../platform/clock';
import { customerEventPages, customerMonthlySpend, moveCustomerEvents, recomputeCustomerStats, scrubCustomerEvents } from './customer-events.service';
import { getCustomerStats, rebuildCustomerStats } from './customer-stats.service';
import { ingestEvents } from './ingest.service';

const NOW = new Date('2026-03-15T12:00:00Z');
let t: TestApp;
let a: string;
let b: string;

const pay = (amount: string, status = 'paid') => ({ orderId: 'o', amount, currency: 'CNY', channel: 'wechat', status });
const ev = (id: string, type: string, occurredAt: string, account: string, data?: object) => ({ id, type, occurredAt, customer: { gameAccount: { id: account } }, ...(data ? { data } : {}) });
const statsRows = () => t.deps.database.query('select * from customer_stats order by customer_id');
const monthRows = () => t.deps.database.query('select * from customer_monthly_spend order by customer_id, month');

beforeAll(async () => {
  t = await createTestApp({ clock: new FakeClock(NOW) });
  await ingestEvents(
    t.deps,
    [
      ev('ce-1', 'recharge', '2026-01-10T10:00:00Z', 'ce-a', pay('68.00')),
      ev('ce-2', 'login', '2026-03-01T10:00:00Z', 'ce-a', { ip: '203.0.113.9', device: 'Pixel', region: 'Shanghai' }),
      ev('ce-3', 'recharge', '2026-02-10T10:00:00Z', 'ce-b', pay('30.00')),
      ev('ce-4', 'recharge', '2026-02-11T10:00:00Z', 'ce-b', pay('30.00', 'refunded')),
      ev('ce-5', 'play_session', '2026-03-02T10:00:00Z', 'ce-b', { game: 'Arena', durationSeconds: 90 }),
      ev('ce-6', 'custom', '2026-03-03T10:00:00Z', 'ce-b', { name: 'survey', properties: { text: 'call me on 13812341234' } }),
    ],
    { source: 'test', createUnknownCustomers: true },
  );
  const owner = async (externalId: string) =>
    (await t.deps.database.query<{ customer_id: string }>('select customer_id from events where external_id = $1', [externalId]))[0]!.customer_id;
  [a, b] = [await owner('ce-1'), await owner('ce-3')];
});
afterAll(async () => t.close());

describe('customer events for merge, erasure and export', () => {
  it('moves all of one customer’s events to another and leaves the stats a full rebuild would give', async () => {
    const moved = await t.deps.database.db.transaction((tx) => moveCustomerEvents(tx, b, a));
    expect(moved).toBe(4);
    const [stats, months] = [await statsRows(), await monthRows()];
    expect(stats.map((s) => (s as { customer_id: string }).customer_id)).toEqual([a]);
    const mine = (await getCustomerStats(t.deps.database.db, [a], NOW)).get(a)!;
    expect(mine).toMatchObject({ totalSpend: '68.00', rechargeCount: 2, eventCount: 6, playtimeSeconds: 90 });
    await rebuildCustomerStats(t.deps.database);
    expect(await statsRows()).toEqual(stats);
    expect(await monthRows()).toEqual(months);
    expect(await customerMonthlySpend(t.deps.database.db, a)).toEqual([
      { month: '2026-01-01', amount: '68.00' },
      { month: '2026-02-01', amount: '0.00' },
    ]);
  });

  it('recomputes a customer without events to no stats at all', async () => {
    await t.deps.database.db.transaction((tx) => recomputeCustomerStats(tx, [b]));
    expect((await getCustomerStats(t.deps.database.db, [b], NOW)).get(b)).toMatchObject({ eventCount: 0, totalSpend: '0.00' });
  });

  it('scrubs personal properties but keeps what the aggregates read', async () => {
    const before = await statsRows();
    expect(await t.deps.database.db.transaction((tx) => scrubCustomerEvents(tx, a))).toBe(6);
    const rows = await t.deps.database.query<{ external_id: string; properties: object }>('select external_id, properties from events where customer_id = $1 order by external_id', [a]);
    expect(Object.fromEntries(rows.map((r) => [r.external_id, r.properties]))).toEqual({
      'ce-1': { orderId: 'o', channel: 'wechat', status: 'paid' },
      'ce-2': {},
      'ce-3': { orderId: 'o', channel: 'wechat', status: 'paid' },
      'ce-4': { orderId: 'o', channel: 'wechat', status: 'refunded' },
      'ce-5': { game: 'Arena', durationSeconds: 90 },
      'ce-6': { name: 'survey', properties: {} },
    });
    await rebuildCustomerStats(t.deps.database);
    expect(await statsRows()).toEqual(before);
  });

  it('reads every event oldest first, a page at a time', async () => {
    const pages = [];
    for await (const page of customerEventPages(t.deps.database.db, a, 4)) pages.push(page.map((e) => e.externalId));
    expect(pages).toEqual([['ce-1', 'ce-3', 'ce-4', 'ce-2'], ['ce-5', 'ce-6']]);
  });
});
