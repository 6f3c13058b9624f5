import type { ServiceDeps } from '../../app';
import type { Outbox } from '../../platform/bus/bus';
import type { Tx } from '../../platform/db/database';
import * as setup from './setup.repository';
import * as repo from './sessions.repository';
import { recordPlaySession } from './session-timeline';

export type EndReason = 'manual' | 'balance_exhausted' | 'override';

/**
 * Ends a locked, active session: status, end time and reason, the `play_session` timeline
 * event, and `session.ended` + `seat.updated` after commit.
 */
export async function finishSession(
  tx: Tx,
  outbox: Outbox,
  deps: Pick<ServiceDeps, 'clock' | 'ids'>,
  session: repo.SessionRow,
  input: { at: Date; reason: EndReason; endedBy: string | null },
): Promise<repo.SessionRow> {
  const ended = await repo.updateSession(tx, session.id, { status: 'ended', endedAt: input.at, endReason: input.reason, endedBy: input.endedBy, minutesLeft: null });
  const [zone, seat] = await Promise.all([setup.findZone(tx, ended.zoneId), setup.findSeat(tx, ended.seatId)]);
  await recordPlaySession(tx, outbox, deps, ended, { zone: zone?.name ?? 'venue', seat: seat?.label ?? '' });
  const ids = { sessionId: ended.id, storeId: ended.storeId, seatId: ended.seatId, customerId: ended.customerId };
  outbox.add('session.ended', { ...ids, reason: input.reason });
  outbox.add('seat.updated', { seatId: ended.seatId, storeId: ended.storeId, state: seat?.maintenance ? 'maintenance' : 'free' });
  return ended;
}
