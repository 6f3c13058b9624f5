// Business-time arithmetic on a weekly calendar in an IANA time zone, with holidays.
// Intervals are built per local day (wall-clock times converted to instants in the zone), so a
// day boundary is the zone's midnight, not UTC's.

/** One open interval on a weekday (0 = Sunday), local `HH:MM`; `close` may be `24:00`. */
export interface OpenInterval {
  day: number;
  open: string;
  close: string;
}

export interface BusinessCalendar {
  timeZone: string;
  weeklyHours: OpenInterval[];
  /** Local dates (`YYYY-MM-DD`) with no business hours. */
  holidays: string[];
  /** Open all the time: holidays and weekly hours are ignored. */
  is24x7: boolean;
}

const DAY_MS = 86_400_000;
// Ten years of days: a calendar with no hours at all is refused before this is reached.
const MAX_DAYS = 3_660;

type LocalDate = { y: number; m: number; d: number };

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' });
    formatters.set(timeZone, f);
  }
  return f;
}

/** Is `timeZone` a zone this runtime knows? */
export function isTimeZone(timeZone: string): boolean {
  try {
    formatter(timeZone);
    return true;
  } catch {
    return false;
  }
}

function wallClock(instant: number, timeZone: string): { y: number; m: number; d: number; h: number; mi: number; s: number } {
  const parts: Record<string, number> = {};
  for (const p of formatter(timeZone).formatToParts(new Date(instant))) if (p.type !== 'literal') parts[p.type] = Number(p.value);
  return { y: parts.year!, m: parts.month!, d: parts.day!, h: parts.hour! % 24, mi: parts.minute!, s: parts.second! };
}

// Zones change offset only at whole quarter hours (tzdb transitions fall on them), so an offset
// holds for the quarter hour around an instant. Intl's formatToParts is slow (a fifth of the
// CPU of creating tickets before this cache); each (zone, quarter hour) is formatted once.
const QUARTER_HOUR_MS = 900_000;
const offsets = new Map<string, number>();

/** Offset of the zone from UTC at `instant`, in ms (Asia/Shanghai: +8 h). */
function offsetAt(instant: number, timeZone: string): number {
  const key = `${timeZone}|${Math.floor(instant / QUARTER_HOUR_MS)}`;
  let offset = offsets.get(key);
  if (offset === undefined) {
    const w = wallClock(instant, timeZone);
    offset = Date.UTC(w.y, w.m - 1, w.d, w.h, w.mi, w.s) - Math.floor(instant / 1000) * 1000;
    if (offsets.size >= 100_000) offsets.clear();
    offsets.set(key, offset);
  }
  return offset;
}

/** The instant of a local date and minute of day in the zone. */
function zonedInstant(date: LocalDate, minute: number, timeZone: string): number {
  const guess = Date.UTC(date.y, date.m - 1, date.d, 0, minute);
  const first = guess - offsetAt(guess, timeZone);
  return guess - offsetAt(first, timeZone);
}

function localDate(instant: number, timeZone: string): LocalDate {
  const local = new Date(instant + offsetAt(instant, timeZone));
  return { y: local.getUTCFullYear(), m: local.getUTCMonth() + 1, d: local.getUTCDate() };
}

function nextDay(date: LocalDate): LocalDate {
  const next = new Date(Date.UTC(date.y, date.m - 1, date.d) + DAY_MS);
  return { y: next.getUTCFullYear(), m: next.getUTCMonth() + 1, d: next.getUTCDate() };
}

const pad = (n: number) => String(n).padStart(2, '0');
const isoDate = (date: LocalDate) => `${date.y}-${pad(date.m)}-${pad(date.d)}`;

/** `HH:MM` → minutes of the day (`24:00` → 1440); NaN when malformed. */
export function minuteOfDay(hhmm: string): number {
  const match = /^([01]\d|2[0-4]):([0-5]\d)$/.exec(hhmm);
  if (!match) return Number.NaN;
  const minutes = Number(match[1]) * 60 + Number(match[2]);
  return minutes <= 1440 ? minutes : Number.NaN;
}

/** Why the weekly hours cannot be used, or null when they are fine. */
export function weeklyHoursProblem(hours: OpenInterval[], is24x7: boolean): string | null {
  if (!is24x7 && hours.length === 0) return 'a calendar that is not 24x7 needs at least one open interval';
  for (const h of hours) {
    const open = minuteOfDay(h.open);
    const close = minuteOfDay(h.close);
    if (!Number.isInteger(h.day) || h.day < 0 || h.day > 6) return `day ${h.day} is not 0 (Sunday) to 6`;
    if (Number.isNaN(open) || Number.isNaN(close) || open >= close) return `${h.open}-${h.close} is not an interval of HH:MM times within one day`;
  }
  return null;
}

/** The open intervals of one local day, as [from, to) instants. */
function dayIntervals(cal: BusinessCalendar, date: LocalDate): [number, number][] {
  if (cal.holidays.includes(isoDate(date))) return [];
  const weekday = new Date(Date.UTC(date.y, date.m - 1, date.d)).getUTCDay();
  return cal.weeklyHours
    .filter((h) => h.day === weekday)
    .map((h) => [zonedInstant(date, minuteOfDay(h.open), cal.timeZone), zonedInstant(date, minuteOfDay(h.close), cal.timeZone)] as [number, number])
    .sort((a, b) => a[0] - b[0]);
}

/**
 * The instant `ms` of business time after `start`: a due time that falls on a closed hour
 * moves to when the calendar opens again; exactly at a closing time it stays there.
 * @example addBusinessTime(weekdays9to18, new Date('2026-06-05T09:00:00Z'), 2 * 3600_000) // Fri 17:00 +08 → Mon 10:00 +08
 */
export function addBusinessTime(cal: BusinessCalendar, start: Date, ms: number): Date {
  if (cal.is24x7 || ms <= 0) return new Date(start.getTime() + Math.max(ms, 0));
  let remaining = ms;
  let date = localDate(start.getTime(), cal.timeZone);
  for (let i = 0; i < MAX_DAYS; i++, date = nextDay(date)) {
    for (const [from, to] of dayIntervals(cal, date)) {
      const s = Math.max(from, start.getTime());
      if (s >= to) continue;
      if (remaining <= to - s) return new Date(s + remaining);
      remaining -= to - s;
    }
  }
  throw new Error('business calendar has no open hours');
}

/** Business time (ms) between two instants; 0 when `b` is not after `a`. */
export function businessTimeBetween(cal: BusinessCalendar, a: Date, b: Date): number {
  if (b.getTime() <= a.getTime()) return 0;
  if (cal.is24x7) return b.getTime() - a.getTime();
  let total = 0;
  let date = localDate(a.getTime(), cal.timeZone);
  const last = isoDate(localDate(b.getTime(), cal.timeZone));
  for (let i = 0; i < MAX_DAYS; i++, date = nextDay(date)) {
    for (const [from, to] of dayIntervals(cal, date)) {
      const s = Math.max(from, a.getTime());
      const e = Math.min(to, b.getTime());
      if (e > s) total += e - s;
    }
    if (isoDate(date) === last) break;
  }
  return total;
}
