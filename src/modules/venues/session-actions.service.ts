import type { ServiceDeps } from '../../app';
import { actingStoreId } from '../../platform/auth/store-scope';
import type { Tx } from '../../platform/db/database';
import { isUniqueViolation } from '../../platform/db/db-errors';
import { inTransaction } from '../../platform/db/unit-of-work';
import { AppError } from '../../platform/http/app-error';
import { grantPackageMinutes } from '../membership/session-billing';
import { chargeSession } from './session-charge';
import { finishSession } from './session-end';
import { memberNames, presentSession } from './session-view';
import { actingUserId, auditVenue, ledgerActor, type VenueContext } from './venue-context';
import { loadPricing } from './venue-pricing';
import type { ChangeSeatBody, OverrideBody, SeatSession } from './venues.contracts';
import * as repo from './sessions.repository';
import * as setup from './setup.repository';

/** The session in the caller's store (404 / 403 `store_scope`), read before the transaction. */
async function sessionInScope(deps: Pick<ServiceDeps, 'database'>, ctx: VenueContext, id: string): Promise<repo.SessionRow> {
  const s = await repo.findSession(deps.database.db, id);
  if (!s) throw new AppError('session_not_found');
  actingStoreId(ctx.principal, s.storeId);
  return s;
}

/** The session locked and still active, or 409 `session_not_active`. */
async function lockActive(tx: Tx, id: string): Promise<repo.SessionRow> {
  const s = await repo.lockSession(tx, id);
  if (!s || s.status !== 'active') throw new AppError('session_not_active');
  return s;
}

async function present(tx: Tx, row: repo.SessionRow): Promise<SeatSession> {
  const [seat, names] = await Promise.all([setup.findSeat(tx, row.seatId), memberNames(tx, [row.customerId])]);
  return presentSession(row, seat?.label ?? '', names.get(row.customerId) ?? '');
}

/** Ends a session by hand, charging through now (a started minute counts); audited as `session.ended`. */
export async function endSession(deps: ServiceDeps, ctx: VenueContext, id: string): Promise<SeatSession> {
  const found = await sessionInScope(deps, ctx, id);
  const pricing = await loadPricing(deps, found.storeId, [found.zoneId]);
  return inTransaction(deps, async (tx, outbox) => {
    const now = deps.clock.now();
    const s = await lockActive(tx, id);
    const charged = await chargeSession(tx, outbox, pricing, s, now, { roundUp: true, actor: ledgerActor(ctx) });
    const ended = await finishSession(tx, outbox, deps, charged.session, { at: now, reason: 'manual', endedBy: actingUserId(ctx) });
    await auditVenue(tx, now, ctx, 'session.ended', { type: 'seat_session', id }, { reason: 'manual', chargedMinutes: ended.chargedMinutes, centsCharged: ended.centsCharged });
    return present(tx, ended);
  });
}

/**
 * Moves an active session to another free seat of the same store. Minutes up to now are
 * charged at the old zone's rate first; audited as `session.seat_changed`.
 */
export async function changeSeat(deps: ServiceDeps, ctx: VenueContext, id: string, body: ChangeSeatBody): Promise<SeatSession> {
  const found = await sessionInScope(deps, ctx, id);
  const target = await setup.findSeat(deps.database.db, body.seatId);
  if (!target) throw new AppError('seat_not_found');
  if (target.storeId !== found.storeId) throw new AppError('seat_other_store');
  const pricing = await loadPricing(deps, found.storeId, [found.zoneId, target.zoneId]);
  try {
    return await inTransaction(deps, async (tx, outbox) => {
      const now = deps.clock.now();
      const s = await lockActive(tx, id);
      const seat = await setup.lockSeat(tx, target.id);
      if (!seat) throw new AppError('seat_not_found');
      if (seat.id === s.seatId) return present(tx, s);
      if (seat.maintenance) throw new AppError('seat_maintenance');
      if (await repo.activeSessionOfSeat(tx, seat.id)) throw new AppError('seat_occupied');
      const charged = await chargeSession(tx, outbox, pricing, s, now, { roundUp: false, actor: ledgerActor(ctx) });
      const moved = await repo.updateSession(tx, s.id, { seatId: seat.id, zoneId: seat.zoneId });
      const from = await setup.findSeat(tx, s.seatId);
      await auditVenue(tx, now, ctx, 'session.seat_changed', { type: 'seat_session', id }, { from: from?.label, to: seat.label, chargedMinutes: charged.session.chargedMinutes });
      const ids = { sessionId: s.id, storeId: s.storeId, customerId: s.customerId };
      outbox.add('seat.updated', { seatId: s.seatId, storeId: s.storeId, state: from?.maintenance ? 'maintenance' : 'free' });
      outbox.add('seat.updated', { seatId: seat.id, storeId: s.storeId, state: 'in_use' });
      outbox.add('session.updated', { ...ids, seatId: seat.id });
      return present(tx, moved);
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw new AppError('seat_occupied');
    throw err;
  }
}

/**
 * A staff override with a reason (audited as `session.override`): `end_free` ends the session
 * without charging the minutes since the last charge; `grant_minutes` gives free minutes as a
 * member package and clears exhaustion.
 */
export async function overrideSession(deps: ServiceDeps, ctx: VenueContext, id: string, body: OverrideBody): Promise<SeatSession> {
  if (body.action === 'grant_minutes' && !body.minutes) throw new AppError('override_minutes_required');
  await sessionInScope(deps, ctx, id);
  return inTransaction(deps, async (tx, outbox) => {
    const now = deps.clock.now();
    const s = await lockActive(tx, id);
    const details: Record<string, unknown> = { action: body.action, reason: body.reason, customerId: s.customerId };
    let row: repo.SessionRow;
    if (body.action === 'end_free') {
      row = await finishSession(tx, outbox, deps, s, { at: now, reason: 'override', endedBy: actingUserId(ctx) });
      details.uncharged = { from: s.chargedThrough.toISOString(), to: now.toISOString() };
    } else {
      const grant = await grantPackageMinutes(tx, outbox, {
        customerId: s.customerId,
        storeId: s.storeId,
        minutes: body.minutes!,
        name: 'Staff override',
        reason: `session_override:${s.id}: ${body.reason}`,
        actor: ledgerActor(ctx),
        at: now,
      });
      row = await repo.updateSession(tx, s.id, { exhaustedAt: null });
      details.minutes = body.minutes;
      details.packageId = grant.packageId;
      outbox.add('session.updated', { sessionId: s.id, storeId: s.storeId, seatId: s.seatId, customerId: s.customerId });
    }
    await auditVenue(tx, now, ctx, 'session.override', { type: 'seat_session', id }, details);
    return present(tx, row);
  });
}
