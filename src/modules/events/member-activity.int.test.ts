import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/helpers/test-app';
import { FakeClock } from '../../platform/clock';
import { ingestEvents } from './ingest.service';
import { customersActiveSince, eventsAfter, idFloor, loginDevices, memberActivity } from './member-activity.service';

let t: TestApp;
const clock = new FakeClock('2026-06-15T12:00:00Z');
beforeAll(async () => {
  t = await createTestApp({ clock });
});
afterAll(async () => t.close());

const options = { source: 'test', createUnknownCustomers: true };
const recharge = (id: string, qq: string, amount: string, occurredAt: string) => ({
  id,
  type: 'recharge',
  occurredAt,
  customer: { qq },
  data: { orderId: id, amount, currency: 'CNY', channel: 'alipay', status: 'paid' },
});

describe('member activity', () => {
  it('reads the stream in ingest order, only before the given time, after a cursor', async () => {
    await ingestEvents(t.deps, [recharge('ma-1', 'ma-a', '10.00', '2025-01-01T00:00:00Z')], options);
    clock.advance(1000);
    await ingestEvents(t.deps, [recharge('ma-2', 'ma-a', '20.50', '2026-06-01T00:00:00Z')], options);
    const all = await eventsAfter(t.deps.database.db, null, new Date(clock.now().getTime() + 1), 10);
    expect(all.map((e) => e.amountCents)).toEqual([1000, 2050]);
    // Older occurred_at, later ingest: the stream follows ingest (id) order.
    expect(all[0]!.id < all[1]!.id).toBe(true);
    expect(await eventsAfter(t.deps.database.db, null, clock.now(), 10)).toHaveLength(1);
    expect(await eventsAfter(t.deps.database.db, all[0]!.id, new Date(clock.now().getTime() + 1), 10)).toHaveLength(1);
  });

  it('answers 12-month spend and visits', async () => {
    const [e] = await eventsAfter(t.deps.database.db, null, new Date(clock.now().getTime() + 1), 1);
    const storeRes = await t.deps.database.query<{ id: string }>(`insert into stores (id, code, name, created_at, updated_at) values (gen_random_uuid(), 'MA', 'MA', now(), now()) returning id`);
    const storeId = storeRes[0]!.id;
    await ingestEvents(
      t.deps,
      [
        { id: 'ma-v1', type: 'visit', occurredAt: '2026-06-10T00:00:00Z', customer: { qq: 'ma-a' }, storeId, data: {} },
        { id: 'ma-v2', type: 'visit', occurredAt: '2025-01-10T00:00:00Z', customer: { qq: 'ma-a' }, storeId, data: {} },
      ],
      options,
    );
    const activity = await memberActivity(t.deps.database.db, [e!.customerId], clock.now());
    // The 2025 recharge and visit are outside the window.
    expect(activity.get(e!.customerId)).toEqual({ spendCents: 2050, visits: 1 });
    expect(await customersActiveSince(t.deps.database.db, new Date('2026-01-01Z'), null, 10)).toEqual([e!.customerId]);
  });

  it('lists the devices of a customer’s logins', async () => {
    await ingestEvents(t.deps, [{ id: 'ma-l1', type: 'login', occurredAt: '2026-06-10T00:00:00Z', customer: { qq: 'ma-a' }, data: { device: 'PC-1' } }], options);
    const [e] = await eventsAfter(t.deps.database.db, null, new Date(clock.now().getTime() + 1), 1);
    expect(await loginDevices(t.deps.database.db, e!.customerId)).toEqual(['PC-1']);
  });

  it('floors a time to the smallest UUIDv7 of its millisecond', () => {
    expect(idFloor(new Date(0x019b_7760_9c00))).toBe('019b7760-9c00-7000-8000-000000000000');
  });
});
