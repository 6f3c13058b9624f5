import type { ServiceDeps } from '../../app';
import { AppError } from '../../platform/http/app-error';
import { sha256 } from '../../platform/ids';
import { readSpendable } from '../membership/session-billing';
import { memberNames } from './session-view';
import type { SeatClientStatus } from './venues.contracts';
import * as repo from './sessions.repository';
import * as setup from './setup.repository';

const TOKEN = /^seat_[A-Za-z0-9_-]{16,64}$/;

/**
 * The seat a seat-client token belongs to, from an `Authorization: Bearer seat_…` header;
 * 401 `seat_token_invalid` otherwise.
 */
export async function seatFromAuthorization(deps: Pick<ServiceDeps, 'database'>, authorization: string | undefined): Promise<setup.SeatRow> {
  const token = /^Bearer\s+(\S+)$/i.exec(authorization ?? '')?.[1];
  if (!token || !TOKEN.test(token)) throw new AppError('seat_token_invalid');
  const seat = await setup.findSeatByTokenHash(deps.database.db, sha256(token));
  if (!seat) throw new AppError('seat_token_invalid');
  return seat;
}

/** What the seat's PC shows: the session on it, the member (masked), time left, balances, reminders reached. */
export async function seatClientStatus(deps: Pick<ServiceDeps, 'database' | 'clock'>, seat: setup.SeatRow): Promise<SeatClientStatus> {
  const db = deps.database.db;
  const s = await repo.activeSessionOfSeat(db, seat.id);
  const head = { id: seat.id, label: seat.label, storeId: seat.storeId, zoneId: seat.zoneId };
  if (!s) return { seat: head, session: null };
  const [balances, names] = await Promise.all([readSpendable(db, s.customerId, deps.clock.now()), memberNames(db, [s.customerId])]);
  return {
    seat: head,
    session: {
      id: s.id,
      memberName: names.get(s.customerId) ?? '',
      startedAt: s.startedAt.toISOString(),
      minutesLeft: s.minutesLeft,
      exhaustedAt: s.exhaustedAt?.toISOString() ?? null,
      balances: { cashCents: balances.cashCents, bonusCents: balances.bonusCents, packageMinutes: balances.packages.reduce((n, p) => n + p.minutesLeft, 0) },
      pendingReminders: s.remindersSent,
    },
  };
}
