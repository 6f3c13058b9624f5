import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/helpers/test-app';
import { systemContext } from '../../platform/audit/audit.service';
import { FakeClock } from '../../platform/clock';
import { changeCardStatus, issueCard } from '../membership/cards.service';
import { checkIn } from './check-in.service';
import { createReservation, listReservations } from './reservations.service';
import { chainContext, seedMember, seedVenue } from './venues.test-kit';

const clock = new FakeClock('2026-01-05T02:00:00Z');
let t: TestApp;
let venue: Awaited<ReturnType<typeof seedVenue>>;
const customerCtx = { ...systemContext, viewer: { pii: false }, author: { id: null, label: 'test' } };

beforeAll(async () => {
  t = await createTestApp({ clock });
  venue = await seedVenue(t.deps, { seats: 3 });
});
afterAll(async () => t.close());

const codeOf = (p: Promise<unknown>) => p.then(() => 'ok', (e: { code?: string }) => e.code);

describe('check-in', () => {
  it('refuses a member whose only card is frozen', async () => {
    const customerId = await seedMember(t.deps, venue.storeId, 500, '冻结');
    const card = await issueCard(t.deps, customerCtx, customerId, { kind: 'physical' });
    await changeCardStatus(t.deps, customerCtx, card.id, 'freeze');
    expect(await codeOf(checkIn(t.deps, chainContext, { seatId: venue.seatIds[0]!, customerId }))).toBe('member_card_inactive');
  });

  it('keeps a reserved seat for its member and claims the reservation on check-in', async () => {
    const booker = await seedMember(t.deps, venue.storeId, 500, '预约');
    const other = await seedMember(t.deps, venue.storeId, 500, '路人');
    const r = await createReservation(t.deps, chainContext, {
      seatId: venue.seatIds[1]!,
      customerId: booker,
      startsAt: clock.now().toISOString(),
      endsAt: new Date(clock.now().getTime() + 3600_000).toISOString(),
    });
    expect(await codeOf(checkIn(t.deps, chainContext, { seatId: venue.seatIds[1]!, customerId: other }))).toBe('seat_reserved');
    expect(await codeOf(checkIn(t.deps, chainContext, { seatId: venue.seatIds[1]!, customerId: other, reservationId: r.id }))).toBe('reservation_mismatch');
    await checkIn(t.deps, chainContext, { seatId: venue.seatIds[1]!, customerId: booker });
    const after = (await listReservations(t.deps, chainContext, { storeId: venue.storeId })).items.find((x) => x.id === r.id);
    expect(after?.status).toBe('checked_in');
  });

  it('lets exactly one of two simultaneous check-ins on one seat win', async () => {
    const a = await seedMember(t.deps, venue.storeId, 500, '甲');
    const b = await seedMember(t.deps, venue.storeId, 500, '乙');
    const results = await Promise.all([a, b].map((customerId) => codeOf(checkIn(t.deps, chainContext, { seatId: venue.seatIds[2]!, customerId }))));
    expect(results.sort()).toEqual(['ok', 'seat_occupied']);
  });
});
