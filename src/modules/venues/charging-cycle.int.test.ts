import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/helpers/test-app';
import { FakeClock } from '../../platform/clock';
import { listCustomerEvents } from '../events/events-query.service';
import { walletOf } from '../membership/members.service';
import { topUp } from '../membership/topups.service';
import { systemContext } from '../../platform/audit/audit.service';
import { runChargingCycle } from './charging-cycle';
import { checkIn } from './check-in.service';
import { findSession } from './sessions.repository';
import { chainContext, seedMember, seedVenue } from './venues.test-kit';

// Monday 2026-01-05 10:00 in Shanghai; the hall costs 6.00/hour = 10 cents a minute.
const clock = new FakeClock('2026-01-05T02:00:00Z');
let t: TestApp;
const minutes = (n: number) => clock.advance(n * 60_000);
const reminders: number[] = [];

beforeAll(async () => {
  t = await createTestApp({ clock });
  t.deps.bus.subscribe('session.reminder', (e) => void reminders.push(e.payload.minutesLeft));
});
afterAll(async () => t.close());

const session = async (id: string) => (await findSession(t.deps.database.db, id))!;
const customEvents = async (customerId: string) =>
  (await listCustomerEvents(t.deps.database.db, customerId, { types: ['custom'], limit: 50 })).map((e) => (e.data.properties as { threshold: number }).threshold);

describe('runChargingCycle', () => {
  it('charges per minute, reminds at 10 and 5 minutes once each, and ends the session after the grace period', async () => {
    const venue = await seedVenue(t.deps);
    const customerId = await seedMember(t.deps, venue.storeId, 150);
    const started = await checkIn(t.deps, chainContext, { seatId: venue.seatIds[0]!, customerId });
    expect(started).toMatchObject({ status: 'active', minutesLeft: 15, memberName: '张*' });

    minutes(4);
    await runChargingCycle(t.deps, clock.now());
    expect(await session(started.id)).toMatchObject({ chargedMinutes: 4, centsCharged: 40, minutesLeft: 11, remindersSent: [] });

    minutes(1);
    const first = await runChargingCycle(t.deps, clock.now());
    expect(first.reminders).toBe(1);
    const afterReminder = await session(started.id);
    expect(afterReminder).toMatchObject({ minutesLeft: 10, remindersSent: [10] });

    // Same `now` again: nothing changes, nothing is sent.
    const again = await runChargingCycle(t.deps, clock.now());
    expect(again).toMatchObject({ reminders: 0, ended: 0 });
    expect(await session(started.id)).toEqual(afterReminder);

    minutes(5);
    await runChargingCycle(t.deps, clock.now());
    expect(await session(started.id)).toMatchObject({ minutesLeft: 5, remindersSent: [10, 5] });

    minutes(5);
    await runChargingCycle(t.deps, clock.now());
    const exhausted = await session(started.id);
    expect(exhausted).toMatchObject({ status: 'active', chargedMinutes: 15, centsCharged: 150, minutesLeft: 0 });
    expect(exhausted.exhaustedAt?.toISOString()).toBe('2026-01-05T02:15:00.000Z');

    minutes(1);
    expect((await runChargingCycle(t.deps, clock.now())).ended).toBe(0);
    minutes(1);
    expect((await runChargingCycle(t.deps, clock.now())).ended).toBe(1);
    expect(await session(started.id)).toMatchObject({ status: 'ended', endReason: 'balance_exhausted', chargedMinutes: 15, centsCharged: 150 });
    expect((await walletOf(t.deps, customerId)).cashCents).toBe(0);
    expect(reminders).toEqual([10, 5]);
    expect((await customEvents(customerId)).sort()).toEqual([10, 5].sort());
    const played = await listCustomerEvents(t.deps.database.db, customerId, { types: ['play_session', 'visit'], limit: 10 });
    expect(played.map((e) => e.type).sort()).toEqual(['play_session', 'visit']);
    expect(played.find((e) => e.type === 'play_session')?.data).toMatchObject({ durationSeconds: 17 * 60, mode: 'A01', result: 'balance_exhausted' });
  });

  it('clears exhaustion when the member tops up during the grace period, and charges the grace minutes', async () => {
    const venue = await seedVenue(t.deps);
    const customerId = await seedMember(t.deps, venue.storeId, 20);
    const s = await checkIn(t.deps, chainContext, { seatId: venue.seatIds[0]!, customerId });
    minutes(3);
    await runChargingCycle(t.deps, clock.now());
    expect((await session(s.id)).exhaustedAt).not.toBeNull();
    await topUp(t.deps, systemContext, customerId, venue.storeId, { amountCents: 1000, paymentMethod: 'cash' });
    minutes(1);
    await runChargingCycle(t.deps, clock.now());
    expect(await session(s.id)).toMatchObject({ status: 'active', exhaustedAt: null, chargedMinutes: 4, centsCharged: 40 });
    minutes(5);
    expect((await runChargingCycle(t.deps, clock.now())).ended).toBe(0);
  });

  it('cancels reservations nobody claimed within the no-show window', async () => {
    const venue = await seedVenue(t.deps);
    const customerId = await seedMember(t.deps, venue.storeId, 0);
    const { createReservation, listReservations } = await import('./reservations.service');
    const startsAt = new Date(clock.now().getTime() + 10 * 60_000);
    const r = await createReservation(t.deps, chainContext, { seatId: venue.seatIds[1]!, customerId, startsAt: startsAt.toISOString(), endsAt: new Date(startsAt.getTime() + 3600_000).toISOString() });
    minutes(24);
    await runChargingCycle(t.deps, clock.now());
    expect((await listReservations(t.deps, chainContext, { storeId: venue.storeId })).items.find((x) => x.id === r.id)?.status).toBe('booked');
    minutes(1);
    expect((await runChargingCycle(t.deps, clock.now())).noShows).toBe(1);
    expect((await listReservations(t.deps, chainContext, { storeId: venue.storeId })).items.find((x) => x.id === r.id)?.status).toBe('no_show');
  });
});
