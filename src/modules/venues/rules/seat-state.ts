/** A booking starting this soon (or already running) shows its seat as reserved. */
export const RESERVED_AHEAD_MS = 30 * 60_000;

export type SeatState = 'free' | 'in_use' | 'reserved' | 'maintenance';

/**
 * A seat's state on the floor: maintenance, then in use, then reserved (a booking that has
 * started or starts within 30 minutes), else free.
 * @example seatState({ maintenance: false, inUse: false, nextStartsAt: new Date('2026-01-05T10:20:00Z') }, new Date('2026-01-05T10:00:00Z')) // 'reserved'
 */
export function seatState(seat: { maintenance: boolean; inUse: boolean; nextStartsAt: Date | null }, now: Date): SeatState {
  if (seat.maintenance) return 'maintenance';
  if (seat.inUse) return 'in_use';
  if (seat.nextStartsAt && seat.nextStartsAt.getTime() - now.getTime() <= RESERVED_AHEAD_MS) return 'reserved';
  return 'free';
}
