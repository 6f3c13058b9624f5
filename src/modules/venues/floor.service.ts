import type { ServiceDeps } from '../../app';
import { readableStoreId } from '../../platform/auth/store-scope';
import { getStore } from '../organisation/stores.service';
import { seatState } from './rules/seat-state';
import { memberNames } from './session-view';
import type { VenueContext } from './venue-context';
import type { Floor } from './venues.contracts';
import * as repo from './sessions.repository';
import * as setup from './setup.repository';

/** Every seat of a store with its state, masked member, time left and next reservation. */
export async function storeFloor(deps: Pick<ServiceDeps, 'database' | 'clock'>, ctx: VenueContext, storeId: string): Promise<Floor> {
  readableStoreId(ctx.principal, storeId);
  await getStore(deps, storeId);
  const db = deps.database.db;
  const now = deps.clock.now();
  const [zones, seats, sessions, reservations] = await Promise.all([
    setup.zonesOfStore(db, storeId),
    setup.seatsOfStore(db, storeId),
    repo.activeSessionsOfStore(db, storeId),
    repo.upcomingReservations(db, storeId, now),
  ]);
  const names = await memberNames(db, [...sessions.map((s) => s.customerId), ...reservations.map((r) => r.customerId)]);
  const sessionBySeat = new Map(sessions.map((s) => [s.seatId, s]));
  const nextBySeat = new Map<string, repo.ReservationRow>();
  for (const r of reservations) if (!nextBySeat.has(r.seatId)) nextBySeat.set(r.seatId, r);
  return {
    storeId,
    at: now.toISOString(),
    zones: zones.map((z) => ({ id: z.id, storeId: z.storeId, code: z.code, name: z.name, sort: z.sort, baseCentsPerHour: z.baseCentsPerHour })),
    seats: seats.map((seat) => {
      const s = sessionBySeat.get(seat.id);
      const next = nextBySeat.get(seat.id);
      return {
        id: seat.id,
        zoneId: seat.zoneId,
        label: seat.label,
        x: seat.x,
        y: seat.y,
        state: seatState({ maintenance: seat.maintenance, inUse: Boolean(s), nextStartsAt: next?.startsAt ?? null }, now),
        session: s
          ? {
              id: s.id,
              customerId: s.customerId,
              memberName: names.get(s.customerId) ?? '',
              startedAt: s.startedAt.toISOString(),
              minutesLeft: s.minutesLeft,
              exhaustedAt: s.exhaustedAt?.toISOString() ?? null,
              remindersSent: s.remindersSent,
            }
          : null,
        nextReservation: next
          ? { id: next.id, customerId: next.customerId, memberName: names.get(next.customerId) ?? '', startsAt: next.startsAt.toISOString(), endsAt: next.endsAt.toISOString() }
          : null,
      };
    }),
  };
}
