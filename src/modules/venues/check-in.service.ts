import type { ServiceDeps } from '../../app';
import { actingStoreId } from '../../platform/auth/store-scope';
import { isUniqueViolation } from '../../platform/db/db-errors';
import { inTransaction } from '../../platform/db/unit-of-work';
import { AppError } from '../../platform/http/app-error';
import { findCustomerById } from '../customers/customers.repository';
import { memberTier } from '../loyalty/member-tier';
import { discountPct } from './rules/tier-discount';
import { chargeSession } from './session-charge';
import { recordVisit } from './session-timeline';
import { memberNames, presentSession } from './session-view';
import { actingUserId, auditVenue, ledgerActor, type VenueContext } from './venue-context';
import { loadPricing } from './venue-pricing';
import type { CheckInBody, SeatSession } from './venues.contracts';
import * as repo from './sessions.repository';
import * as setup from './setup.repository';

/** A seat in the caller's store, or 404 / 403 `store_scope`. */
export async function seatInScope(deps: Pick<ServiceDeps, 'database'>, ctx: VenueContext, seatId: string): Promise<setup.SeatRow> {
  const seat = await setup.findSeat(deps.database.db, seatId);
  if (!seat) throw new AppError('seat_not_found');
  actingStoreId(ctx.principal, seat.storeId);
  return seat;
}

async function checkCustomer(ex: Parameters<typeof findCustomerById>[0], customerId: string): Promise<void> {
  const customer = await findCustomerById(ex, customerId);
  if (!customer) throw new AppError('customer_not_found');
  if (customer.status === 'merged') throw new AppError('customer_merged');
  if (customer.status === 'erased') throw new AppError('customer_erased');
}

/** Claims the reservation for this check-in, or refuses a seat reserved for someone else now. */
async function claimReservation(tx: Parameters<typeof repo.lockReservation>[0], body: CheckInBody, now: Date): Promise<string | null> {
  if (body.reservationId) {
    const r = await repo.lockReservation(tx, body.reservationId);
    if (!r) throw new AppError('reservation_not_found');
    if (r.status !== 'booked') throw new AppError('reservation_not_booked');
    if (r.seatId !== body.seatId || r.customerId !== body.customerId) throw new AppError('reservation_mismatch');
    await repo.updateReservation(tx, r.id, { status: 'checked_in', updatedAt: now });
    return r.id;
  }
  const holding = await repo.overlappingReservations(tx, body.seatId, now, new Date(now.getTime() + 60_000));
  const other = holding.find((r) => r.customerId !== body.customerId);
  if (other) throw new AppError('seat_reserved', `Reserved until ${other.endsAt.toISOString()}`);
  const own = holding.find((r) => r.customerId === body.customerId);
  if (own) await repo.updateReservation(tx, own.id, { status: 'checked_in', updatedAt: now });
  return own?.id ?? null;
}

/**
 * Starts a session: the seat is free and not under maintenance, the member's card is active,
 * the member has no other active session and something to pay with. The tier discount is
 * fixed at the start. Records a `visit` on the timeline; audited as `session.started`.
 */
export async function checkIn(deps: ServiceDeps, ctx: VenueContext, body: CheckInBody): Promise<SeatSession> {
  const seat = await seatInScope(deps, ctx, body.seatId);
  const pricing = await loadPricing(deps, seat.storeId, [seat.zoneId]);
  try {
    return await inTransaction(deps, async (tx, outbox) => {
      const now = deps.clock.now();
      const locked = await setup.lockSeat(tx, seat.id);
      if (!locked) throw new AppError('seat_not_found');
      if (locked.maintenance) throw new AppError('seat_maintenance');
      if (await repo.activeSessionOfSeat(tx, locked.id)) throw new AppError('seat_occupied');
      await checkCustomer(tx, body.customerId);
      if (await repo.activeSessionOfCustomer(tx, body.customerId)) throw new AppError('member_in_session');
      const reservationId = await claimReservation(tx, body, now);
      const tier = await memberTier(tx, body.customerId);
      const started = await repo.insertSession(tx, {
        id: deps.ids.uuid(),
        storeId: locked.storeId,
        seatId: locked.id,
        zoneId: locked.zoneId,
        customerId: body.customerId,
        startedAt: now,
        chargedThrough: now,
        discountPct: discountPct(tier?.rateDiscountPct),
        startedBy: actingUserId(ctx),
        reservationId,
      });
      const charged = await chargeSession(tx, outbox, pricing, started, now, { roundUp: false, actor: ledgerActor(ctx) });
      if (!charged.balances.cardActive) throw new AppError('member_card_inactive');
      if (charged.minutesLeft === 0) throw new AppError('session_no_balance');
      await recordVisit(tx, outbox, deps, started);
      await auditVenue(tx, now, ctx, 'session.started', { type: 'seat_session', id: started.id }, { seat: locked.label, customerId: body.customerId, discountPct: started.discountPct });
      const ids = { sessionId: started.id, storeId: started.storeId, seatId: started.seatId, customerId: started.customerId };
      outbox.add('session.started', ids);
      outbox.add('seat.updated', { seatId: locked.id, storeId: locked.storeId, state: 'in_use' });
      const names = await memberNames(tx, [body.customerId]);
      return presentSession(charged.session, locked.label, names.get(body.customerId) ?? '');
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw new AppError('member_in_session', 'The seat or the member got a session at the same moment');
    throw err;
  }
}
