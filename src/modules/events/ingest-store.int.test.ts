import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../../../test/helpers/test-app';
import { rebuildCustomerStats } from './customer-stats.service';
import { ingestEvents } from './ingest.service';
import { ingestOptions, ingestTestApp, recharge } from './ingest.test-kit';

let t: TestApp;
beforeAll(async () => {
  t = await ingestTestApp();
});
afterAll(async () => t.close());
const count = async (text: string, values: unknown[] = []) => Number((await t.deps.database.query<{ n: string }>(text, values))[0]!.n);

describe('storeBatch', () => {
  it('stores ids holding quotes, backslashes, commas, braces, NULL and non-Latin text exactly, once', async () => {
    const ids = ['q"uote', 'back\\slash', 'a,b', '{brace}', 'NULL', ' spaced ', '订单-42', 'tab\there'];
    const batch = ids.map((id, i) => recharge(`odd:${id}`, { qq: `odd-${i % 3}` }));
    expect(await ingestEvents(t.deps, batch, ingestOptions)).toMatchObject({ accepted: ids.length, duplicate: 0, rejected: 0 });
    const stored = await t.deps.database.query<{ external_id: string }>(`select external_id from events where external_id like 'odd:%' order by 1`);
    expect(stored.map((r) => r.external_id)).toEqual(ids.map((id) => `odd:${id}`).sort());
    expect(await ingestEvents(t.deps, batch, ingestOptions)).toMatchObject({ accepted: 0, duplicate: ids.length });
  });

  it('creates no customer for an event stored before, even when it now names someone unknown', async () => {
    await ingestEvents(t.deps, [recharge('moved-1', { qq: 'moved-old' })], ingestOptions);
    const customers = await count('select count(*) as n from customers');
    const again = await ingestEvents(t.deps, [recharge('moved-1', { qq: 'moved-new' })], ingestOptions);
    expect(again).toMatchObject({ accepted: 0, duplicate: 1, rejected: 0 });
    expect(await count('select count(*) as n from customers')).toBe(customers);
    expect(await count(`select count(*) as n from customer_identities where value = 'moved-new'`)).toBe(0);
  });

  it('counts an event stored before as duplicate even when its customer can no longer be resolved', async () => {
    await ingestEvents(t.deps, [recharge('known-1', { memberCard: 'card-known-1' })], ingestOptions);
    const res = await ingestEvents(t.deps, [recharge('known-1', { memberCard: 'card-never-seen' }), recharge('known-2', { memberCard: 'card-never-seen' })], {
      ...ingestOptions,
      createUnknownCustomers: false,
    });
    expect(res).toMatchObject({ accepted: 0, duplicate: 1, rejected: 1, errors: [{ index: 1, code: 'unknown_customer' }] });
  });

  it('stores overlapping batches that create the same new players once each, with exact aggregates', async () => {
    // Two clients send overlapping windows of one stream; the players are new to both.
    const events = Array.from({ length: 120 }, (_, i) => recharge(`ovl-${i}`, { gameAccount: { id: `ovl-p${i % 30}`, server: 's1' } }, `2026-0${1 + (i % 3)}-0${1 + (i % 9)}T10:00:00Z`));
    const windows = [events.slice(0, 80), events.slice(40, 120), [...events.slice(20, 100)].reverse()];
    const results = await Promise.all(windows.map((w) => ingestEvents(t.deps, w, ingestOptions)));
    expect(results.every((r) => r.rejected === 0)).toBe(true);
    expect(results.reduce((n, r) => n + r.accepted, 0)).toBe(120);
    expect(results.reduce((n, r) => n + r.duplicate, 0)).toBe(80 + 80 + 80 - 120);
    expect(await count(`select count(*) as n from events where external_id like 'ovl-%'`)).toBe(120);
    expect(await count(`select count(*) as n from customer_identities where value like 'ovl-p%'`)).toBe(30);
    // Created customers that lost a race are gone: every customer of these players owns an identity.
    expect(await count(`select count(distinct customer_id) as n from events where external_id like 'ovl-%'`)).toBe(30);
    const [row] = await t.deps.database.query<{ events: string; spend: string }>(
      `select sum(s.event_count)::text as events, sum(s.total_spend)::text as spend from customer_stats s
       join customer_identities i on i.customer_id = s.customer_id where i.value like 'ovl-p%'`,
    );
    expect(row).toEqual({ events: '120', spend: '1200.00' });
    const snapshot = () => t.deps.database.query('select * from customer_stats order by customer_id');
    const incremental = await snapshot();
    await rebuildCustomerStats(t.deps.database);
    expect(await snapshot()).toEqual(incremental);
  });
});
