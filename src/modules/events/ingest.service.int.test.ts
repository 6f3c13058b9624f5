import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../../../test/helpers/test-app';
import type { EventEnvelope } from '../../platform/bus/events';
import { ingestEvents } from './ingest.service';
import { ingestOptions, ingestTestApp, recharge } from './ingest.test-kit';

let t: TestApp;
beforeAll(async () => {
  t = await ingestTestApp();
});
afterAll(async () => t.close());

async function waitFor<T>(get: () => T | undefined, ms = 5000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const value = get();
    if (value !== undefined) return value;
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('ingestEvents', () => {
  it('publishes one event.ingested per batch, after the commit', async () => {
    const seen: { event: EventEnvelope<'event.ingested'>; storedThen: number }[] = [];
    const off = t.deps.bus.subscribe('event.ingested', async (event) => {
      // Runs on another connection on PostgreSQL: it sees the events only once they are committed.
      const [row] = await t.deps.database.query<{ n: string }>('select count(*) as n from events where customer_id = any($1::uuid[])', [event.payload.customerIds]);
      seen.push({ event, storedThen: Number(row!.n) });
    });
    try {
      const result = await ingestEvents(
        t.deps,
        [recharge('bus-1', { qq: 'bus-a' }), recharge('bus-2', { qq: 'bus-b' }), { id: 'bus-3', type: 'login', occurredAt: '2026-03-02T10:00:00Z', customer: { qq: 'bus-a' } }, { id: 'bad' }],
        ingestOptions,
      );
      expect(result).toMatchObject({ accepted: 3, rejected: 1 });
      const { event, storedThen } = await waitFor(() => seen[0]);
      expect(event.payload.count).toBe(3);
      expect(event.payload.customerIds).toHaveLength(2);
      expect([...event.payload.types].sort()).toEqual(['login', 'recharge']);
      expect(storedThen).toBe(3);
      // A batch with nothing new announces nothing.
      await ingestEvents(t.deps, [recharge('bus-1', { qq: 'bus-a' })], ingestOptions);
      await new Promise((r) => setTimeout(r, 200));
      expect(seen).toHaveLength(1);
    } finally {
      off();
    }
  });

  it('stores nothing and announces nothing when the batch fails part-way', async () => {
    const published: unknown[] = [];
    const off = t.deps.bus.subscribe('event.ingested', (e) => void published.push(e));
    // Every batch draws the same base id, so the first event of the next batch gets the id of
    // the first one here: at the same time, that breaks the events primary key mid-transaction.
    const sameIds = { ...t.deps, ids: { uuid: () => '0195f0a0-0000-7000-8000-00000000beef', secret: t.deps.ids.secret } };
    const first = await ingestEvents(sameIds, [recharge('fail-0', { qq: 'fail-a' }, '2026-03-03T10:00:00Z')], ingestOptions);
    expect(first.accepted).toBe(1);
    const [owner] = await t.deps.database.query<{ customer_id: string }>(`select customer_id from events where external_id = 'fail-0'`);
    await new Promise((r) => setTimeout(r, 100));
    published.length = 0;
    const batch = [recharge('fail-1', { customerId: owner!.customer_id }, '2026-03-03T10:00:00Z'), recharge('fail-2', { customerId: owner!.customer_id }, '2026-03-04T10:00:00Z')];
    await expect(ingestEvents(sameIds, batch, ingestOptions)).rejects.toThrow();
    await new Promise((r) => setTimeout(r, 200));
    off();
    expect(published).toEqual([]);
    const [keys] = await t.deps.database.query<{ n: string }>(`select count(*) as n from event_keys where external_id in ('fail-1', 'fail-2')`);
    expect(Number(keys!.n)).toBe(0);
    const [stats] = await t.deps.database.query<{ event_count: string }>('select event_count from customer_stats where customer_id = $1', [owner!.customer_id]);
    expect(Number(stats!.event_count)).toBe(1);
    // The same batch goes through once ids are fresh again.
    expect((await ingestEvents(t.deps, batch, ingestOptions)).accepted).toBe(2);
  });

  it('refuses more than 10,000 events in one call', async () => {
    await expect(ingestEvents(t.deps, new Array(10_001).fill({}), ingestOptions)).rejects.toMatchObject({ code: 'too_many_events' });
  });

  it('marks customers it creates for an import as source import', async () => {
    const result = await ingestEvents(t.deps, [recharge('imp-1', { memberCard: 'imp-card' })], { source: 'import:job-1', createUnknownCustomers: true });
    expect(result.accepted).toBe(1);
    const [row] = await t.deps.database.query<{ source: string; event_source: string }>(
      `select c.source, e.source as event_source from events e join customers c on c.id = e.customer_id where e.external_id = 'imp-1'`,
    );
    expect(row).toEqual({ source: 'import', event_source: 'import:job-1' });
  });

  it('stores concurrent batches over the same customers without deadlock or lost aggregates', async () => {
    // Existing customers first, so both batches update the same customer_stats and monthly rows.
    const cards = Array.from({ length: 40 }, (_, i) => `conc-card-${i}`);
    const seed = await ingestEvents(t.deps, cards.map((card, i) => recharge(`conc-seed-${i}`, { memberCard: card })), ingestOptions);
    expect(seed.accepted).toBe(40);
    // Each batch names the customers in a different order; some event ids overlap between them.
    const batch = (tag: string, order: string[]) =>
      order.flatMap((card, i) => [recharge(`conc-${tag}-${i}`, { memberCard: card }), recharge(`conc-shared-${card}`, { memberCard: card })]);
    const results = await Promise.all(
      Array.from({ length: 4 }, (_, k) => ingestEvents(t.deps, batch(`b${k}`, k % 2 ? [...cards].reverse() : cards), ingestOptions)),
    );
    expect(results.every((r) => r.rejected === 0)).toBe(true);
    expect(results.reduce((n, r) => n + r.accepted, 0)).toBe(4 * 40 + 40);
    expect(results.reduce((n, r) => n + r.duplicate, 0)).toBe(3 * 40);
    const [row] = await t.deps.database.query<{ events: string; total: string; monthly: string }>(
      `select sum(s.event_count)::text as events, sum(s.total_spend)::text as total,
         (select sum(m.amount)::text from customer_monthly_spend m where m.customer_id = any(array_agg(s.customer_id))) as monthly
       from customer_stats s join customer_identities i on i.customer_id = s.customer_id
       where i.type = 'member_card' and i.value like 'conc-card-%'`,
    );
    expect(row).toEqual({ events: String(40 + 4 * 40 + 40), total: '2400.00', monthly: '2400.00' });
  });
});
