import type { ServiceDeps } from '../../app';
import type { Outbox } from '../../platform/bus/bus';
import type { Tx } from '../../platform/db/database';
import { ingestEventsInTransaction } from '../events/ingest.service';
import type { SessionRow } from './sessions.repository';

type EventDeps = Pick<ServiceDeps, 'clock' | 'ids'>;

/** Records events on the customer timeline in the caller's transaction; ids make a repeat a no-op. */
async function record(tx: Tx, outbox: Outbox, deps: EventDeps, event: Record<string, unknown>): Promise<void> {
  const result = await ingestEventsInTransaction(tx, outbox, deps, [event], { source: 'venues', createUnknownCustomers: false });
  // A customer erased or merged away mid-session has no timeline to write to: billing and the
  // session's end must still go through. Any other rejection is a bug in this module.
  const blocking = result.errors.filter((e) => e.code !== 'unknown_customer');
  if (blocking.length > 0) throw new Error(`venues event rejected: ${JSON.stringify(blocking)}`);
}

/** A `visit` at check-in. */
export function recordVisit(tx: Tx, outbox: Outbox, deps: EventDeps, s: SessionRow): Promise<void> {
  return record(tx, outbox, deps, { id: `seat-session:${s.id}:visit`, type: 'visit', occurredAt: s.startedAt.toISOString(), customer: { customerId: s.customerId }, storeId: s.storeId });
}

/** A `play_session` when a session ends: the zone as the game, the seat as the mode, the end reason as the result. */
export function recordPlaySession(tx: Tx, outbox: Outbox, deps: EventDeps, s: SessionRow, place: { zone: string; seat: string }): Promise<void> {
  const durationSeconds = Math.max(0, Math.floor(((s.endedAt ?? s.startedAt).getTime() - s.startedAt.getTime()) / 1000));
  return record(tx, outbox, deps, {
    id: `seat-session:${s.id}:end`,
    type: 'play_session',
    occurredAt: (s.endedAt ?? s.startedAt).toISOString(),
    customer: { customerId: s.customerId },
    storeId: s.storeId,
    data: { game: place.zone, mode: place.seat, durationSeconds, result: s.endReason ?? 'ended' },
  });
}

/** A `custom` `session_reminder` event for one reminder. */
export function recordReminder(tx: Tx, outbox: Outbox, deps: EventDeps, s: SessionRow, threshold: number, minutesLeft: number, at: Date): Promise<void> {
  return record(tx, outbox, deps, {
    id: `seat-session:${s.id}:reminder:${threshold}`,
    type: 'custom',
    occurredAt: at.toISOString(),
    customer: { customerId: s.customerId },
    storeId: s.storeId,
    data: { name: 'session_reminder', properties: { sessionId: s.id, seatId: s.seatId, threshold, minutesLeft } },
  });
}
