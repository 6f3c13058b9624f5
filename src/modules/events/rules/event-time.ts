const ISO_WITH_OFFSET = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?(Z|[+-]\d{2}(?::?\d{2})?)$/i;

/** Events may be stamped up to a day ahead (clock skew, time zones); later ones are rejected. */
export const MAX_FUTURE_MS = 24 * 3600 * 1000;
const EARLIEST = Date.UTC(1970, 0, 1);

const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/**
 * Reads an ISO 8601 date-time with a UTC offset into epoch ms; null when it is not one, names
 * an impossible date, or has no offset (a local time is ambiguous).
 * @example parseEventTime('2026-03-01T20:15:00+08:00') // 1772367300000; parseEventTime('2026-03-01T20:15:00') // null
 */
export function parseEventTime(value: unknown): number | null {
  if (typeof value !== 'string' || value.length > 40) return null;
  const m = ISO_WITH_OFFSET.exec(value);
  if (!m) return null;
  const year = +m[1]!;
  const month = +m[2]!;
  const day = +m[3]!;
  const hour = +m[4]!;
  const minute = +m[5]!;
  const second = m[6] === undefined ? 0 : +m[6];
  if (month < 1 || month > 12 || day < 1 || (day > 28 && day > daysIn(year, month))) return null;
  if (hour > 23 || minute > 59 || second > 59) return null;
  const fraction = m[7] ? Number(`0${m[7]}`) : 0;
  let offsetMinutes = 0;
  const zone = m[8]!;
  if (zone !== 'Z' && zone !== 'z') {
    // ±hh, ±hhmm or ±hh:mm
    const oh = +zone.slice(1, 3);
    const om = zone.length === 3 ? 0 : +zone.slice(zone.length - 2);
    if (oh > 18 || om > 59) return null;
    offsetMinutes = (zone[0] === '-' ? -1 : 1) * (oh * 60 + om);
  }
  const local = Date.UTC(year, month - 1, day, hour, minute, second) + Math.floor(fraction * 1000);
  return local - offsetMinutes * 60_000;
}

/**
 * Whether an event time is acceptable now: late and out-of-order events of any age since
 * 1970 are fine, more than a day in the future is not.
 */
export function checkEventTime(ms: number, now: number): 'ok' | 'too_early' | 'future' {
  if (ms < EARLIEST) return 'too_early';
  return ms > now + MAX_FUTURE_MS ? 'future' : 'ok';
}
