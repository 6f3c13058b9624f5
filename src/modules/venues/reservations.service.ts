import type { ServiceDeps } from '../../app';
import { actingStoreId, readableStoreId } from '../../platform/auth/store-scope';
import { inTransaction } from '../../platform/db/unit-of-work';
import { AppError } from '../../platform/http/app-error';
import { findCustomerById } from '../customers/customers.repository';
import { seatInScope } from './check-in.service';
import { memberNames } from './session-view';
import { actingUserId, auditVenue, type VenueContext } from './venue-context';
import type { CreateReservationBody, Reservation, ReservationListQuery } from './venues.contracts';
import * as repo from './sessions.repository';
import * as setup from './setup.repository';

/** The longest a reservation may last. */
const MAX_RESERVATION_MS = 24 * 3600_000;

function toReservation(r: repo.ReservationRow, seatLabel: string, memberName: string): Reservation {
  return {
    id: r.id,
    storeId: r.storeId,
    seatId: r.seatId,
    seatLabel,
    customerId: r.customerId,
    memberName,
    startsAt: r.startsAt.toISOString(),
    endsAt: r.endsAt.toISOString(),
    status: r.status as Reservation['status'],
    note: r.note,
  };
}

/** Books a seat for a window that overlaps no other booking of the seat; audited. */
export async function createReservation(deps: ServiceDeps, ctx: VenueContext, body: CreateReservationBody): Promise<Reservation> {
  const seat = await seatInScope(deps, ctx, body.seatId);
  const startsAt = new Date(body.startsAt);
  const endsAt = new Date(body.endsAt);
  const now = deps.clock.now();
  if (endsAt <= startsAt || endsAt <= now || endsAt.getTime() - startsAt.getTime() > MAX_RESERVATION_MS) {
    throw new AppError('invalid_reservation_window', 'The window must end after it starts, in the future, and last at most 24 hours');
  }
  const customer = await findCustomerById(deps.database.db, body.customerId);
  if (!customer || customer.status !== 'active') throw new AppError('customer_not_found');
  return inTransaction(deps, async (tx, outbox) => {
    const locked = await setup.lockSeat(tx, seat.id);
    if (!locked) throw new AppError('seat_not_found');
    if ((await repo.overlappingReservations(tx, seat.id, startsAt, endsAt)).length > 0) throw new AppError('reservation_overlap');
    const row = await repo.insertReservation(tx, {
      id: deps.ids.uuid(),
      storeId: seat.storeId,
      seatId: seat.id,
      customerId: body.customerId,
      startsAt,
      endsAt,
      note: body.note ?? '',
      createdBy: actingUserId(ctx),
      createdAt: now,
      updatedAt: now,
    });
    await auditVenue(tx, now, ctx, 'reservation.created', { type: 'seat_reservation', id: row.id }, { seat: seat.label, startsAt: body.startsAt, endsAt: body.endsAt });
    outbox.add('reservation.changed', { reservationId: row.id, storeId: row.storeId, seatId: row.seatId, status: row.status });
    const names = await memberNames(tx, [row.customerId]);
    return toReservation(row, seat.label, names.get(row.customerId) ?? '');
  });
}

/** Cancels a booked reservation; audited. */
export async function cancelReservation(deps: ServiceDeps, ctx: VenueContext, id: string): Promise<Reservation> {
  return inTransaction(deps, async (tx, outbox) => {
    const r = await repo.lockReservation(tx, id);
    if (!r) throw new AppError('reservation_not_found');
    actingStoreId(ctx.principal, r.storeId);
    if (r.status !== 'booked') throw new AppError('reservation_not_booked');
    const now = deps.clock.now();
    const row = await repo.updateReservation(tx, id, { status: 'cancelled', updatedAt: now });
    await auditVenue(tx, now, ctx, 'reservation.cancelled', { type: 'seat_reservation', id }, {});
    outbox.add('reservation.changed', { reservationId: id, storeId: row.storeId, seatId: row.seatId, status: row.status });
    const [seat, names] = await Promise.all([setup.findSeat(tx, row.seatId), memberNames(tx, [row.customerId])]);
    return toReservation(row, seat?.label ?? '', names.get(row.customerId) ?? '');
  });
}

/** Reservations of a store (own store for store-bound callers), by start time. */
export async function listReservations(deps: Pick<ServiceDeps, 'database'>, ctx: VenueContext, query: ReservationListQuery) {
  const storeId = readableStoreId(ctx.principal, query.storeId);
  const rows = await repo.listReservations(deps.database.db, {
    storeId,
    status: query.status,
    from: query.from ? new Date(query.from) : undefined,
    to: query.to ? new Date(query.to) : undefined,
  });
  const names = await memberNames(deps.database.db, rows.map((r) => r.customerId));
  return { items: rows.map((r) => toReservation(r, r.seatLabel, names.get(r.customerId) ?? '')) };
}
