import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/helpers/test-app';
import { FakeClock } from '../../platform/clock';
import { listCustomerEvents } from './events-query.service';
import { ingestEvents } from './ingest.service';

let t: TestApp;
let customerId: string;
const c = { qq: 'timeline-1' };

beforeAll(async () => {
  t = await createTestApp({ clock: new FakeClock('2026-03-15T12:00:00Z') });
  await ingestEvents(
    t.deps,
    [
      { id: 'tl-2', type: 'login', occurredAt: '2026-03-02T10:00:00Z', customer: c, data: { device: 'iOS' } },
      { id: 'tl-1', type: 'recharge', occurredAt: '2026-03-01T10:00:00Z', customer: c, data: { orderId: 'o-1', amount: 68, currency: 'CNY', channel: 'wechat', status: 'paid' } },
      { id: 'tl-4', type: 'play_session', occurredAt: '2026-03-04T10:00:00Z', customer: c, data: { game: 'Arena', durationSeconds: 1500, result: 'win' } },
      { id: 'tl-3', type: 'level_up', occurredAt: '2026-03-03T10:00:00Z', customer: c, data: { level: 30 } },
      { id: 'tl-3b', type: 'logout', occurredAt: '2026-03-03T10:00:00Z', customer: c },
      { id: 'other', type: 'login', occurredAt: '2026-03-05T10:00:00Z', customer: { qq: 'timeline-2' } },
    ],
    { source: 'test', createUnknownCustomers: true },
  );
  const [row] = await t.deps.database.query<{ customer_id: string }>(`select customer_id from events where external_id = 'tl-1'`);
  customerId = row!.customer_id;
});
afterAll(async () => t.close());

describe('listCustomerEvents', () => {
  it('answers the customer’s events newest first with a summary and the data', async () => {
    const items = await listCustomerEvents(t.deps.database.db, customerId, { limit: 10 });
    expect(items.map((e) => e.data.externalId)).toEqual(['tl-4', expect.any(String), expect.any(String), 'tl-2', 'tl-1']);
    expect(items[0]).toMatchObject({ at: '2026-03-04T10:00:00.000Z', type: 'play_session', summary: 'Played Arena for 25 min: win' });
    expect(items[4]).toMatchObject({
      type: 'recharge',
      summary: 'Recharge 68.00 CNY via wechat (paid)',
      data: { orderId: 'o-1', amount: '68.00', currency: 'CNY', channel: 'wechat', status: 'paid', externalId: 'tl-1' },
    });
  });

  it('pages with before, breaking ties at the same time by id', async () => {
    const all = await listCustomerEvents(t.deps.database.db, customerId, { limit: 10 });
    const first = await listCustomerEvents(t.deps.database.db, customerId, { limit: 2 });
    const last = first[1]!;
    const rest = await listCustomerEvents(t.deps.database.db, customerId, { limit: 10, before: { at: last.at, id: last.id } });
    expect([...first, ...rest].map((e) => e.id)).toEqual(all.map((e) => e.id));
    expect(all[1]!.at).toBe(all[2]!.at);
    expect(all[1]!.id > all[2]!.id).toBe(true);
  });

  it('filters by type and by time (from inclusive, to exclusive)', async () => {
    const db = t.deps.database.db;
    expect((await listCustomerEvents(db, customerId, { limit: 10, types: ['login', 'recharge'] })).map((e) => e.type)).toEqual(['login', 'recharge']);
    const range = await listCustomerEvents(db, customerId, { limit: 10, from: '2026-03-02T10:00:00Z', to: '2026-03-04T10:00:00Z' });
    expect(range.map((e) => e.data.externalId).sort()).toEqual(['tl-2', 'tl-3', 'tl-3b']);
  });

  it('refuses a time that is not one', async () => {
    await expect(listCustomerEvents(t.deps.database.db, customerId, { limit: 10, from: 'last week' })).rejects.toMatchObject({ code: 'invalid_event_filter' });
  });
});
