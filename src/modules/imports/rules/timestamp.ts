/** How dates are written in a column. `auto` takes ISO 8601 and YYYYMMDD. */
export const dateFormats = ['auto', 'iso', 'YYYY-MM-DD', 'YYYYMMDD', 'DD/MM/YYYY', 'MM/DD/YYYY'] as const;
export type DateFormat = (typeof dateFormats)[number];

export type TimestampResult = { ok: true; at: Date } | { ok: false; reason: string };

interface LocalTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  ms: number;
  /** Minutes east of UTC when the text carries an offset (`Z`, `+08:00`). */
  offset?: number;
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;
const SLASHED = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;

/**
 * Reads a date or date-time written in `format`; times without an offset are wall-clock
 * times in `timeZone` (an IANA name), dates alone are midnight there.
 * @example parseTimestamp('20100112', 'YYYYMMDD', 'Asia/Shanghai') // { ok: true, at: 2010-01-11T16:00:00.000Z }
 */
export function parseTimestamp(raw: string, format: DateFormat, timeZone: string): TimestampResult {
  const text = raw.trim();
  if (text === '') return { ok: false, reason: 'is empty' };
  const local = readLocal(text, format);
  if (!local) return { ok: false, reason: `"${raw}" is not a date in the format ${format}` };
  const problem = checkRanges(local);
  if (problem) return { ok: false, reason: `"${raw}": ${problem}` };
  const wall = Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute, local.second, local.ms);
  const at = local.offset !== undefined ? wall - local.offset * 60_000 : zonedToUtc(wall, timeZone);
  return { ok: true, at: new Date(at) };
}

/**
 * A calendar date (`YYYY-MM-DD`, `YYYYMMDD` or `YYYY/MM/DD`) checked and written as `YYYY-MM-DD`.
 * @example parseDate('1990/7/4') // { ok: true, date: '1990-07-04' }
 */
export function parseDate(raw: string): { ok: true; date: string } | { ok: false; reason: string } {
  const text = raw.trim();
  const m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(text) ?? COMPACT.exec(text);
  if (!m) return { ok: false, reason: `"${raw}" is not a date (YYYY-MM-DD)` };
  const local = { year: +m[1]!, month: +m[2]!, day: +m[3]!, hour: 0, minute: 0, second: 0, ms: 0 };
  const problem = checkRanges(local);
  if (problem) return { ok: false, reason: `"${raw}": ${problem}` };
  return { ok: true, date: `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}` };
}

/** Is `name` a time zone this runtime knows (IANA, e.g. `Asia/Shanghai`, or `UTC`)? */
export function isTimeZone(name: string): boolean {
  try {
    formatterFor(name);
    return true;
  } catch {
    return false;
  }
}

function readLocal(text: string, format: DateFormat): LocalTime | undefined {
  if (format === 'YYYYMMDD' || (format === 'auto' && COMPACT.test(text))) {
    const m = COMPACT.exec(text);
    return m ? { year: +m[1]!, month: +m[2]!, day: +m[3]!, hour: 0, minute: 0, second: 0, ms: 0 } : undefined;
  }
  if (format === 'DD/MM/YYYY' || format === 'MM/DD/YYYY') {
    const m = SLASHED.exec(text);
    if (!m) return undefined;
    const [a, b] = [+m[1]!, +m[2]!];
    const [day, month] = format === 'DD/MM/YYYY' ? [a, b] : [b, a];
    return { year: +m[3]!, month, day, hour: +(m[4] ?? 0), minute: +(m[5] ?? 0), second: +(m[6] ?? 0), ms: 0 };
  }
  const m = ISO.exec(text);
  if (!m || (format === 'YYYY-MM-DD' && m[4] !== undefined)) return undefined;
  return {
    year: +m[1]!,
    month: +m[2]!,
    day: +m[3]!,
    hour: +(m[4] ?? 0),
    minute: +(m[5] ?? 0),
    second: +(m[6] ?? 0),
    ms: m[7] ? Math.floor(Number(`0.${m[7]}`) * 1000) : 0,
    offset: m[8] ? offsetMinutes(m[8]) : undefined,
  };
}

function offsetMinutes(text: string): number {
  if (text.toUpperCase() === 'Z') return 0;
  const digits = text.slice(1).replace(':', '');
  const minutes = Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2) || '0');
  return text[0] === '-' ? -minutes : minutes;
}

function checkRanges(t: LocalTime): string | undefined {
  if (t.year < 1900 || t.year > 2999) return 'year out of range';
  if (t.month < 1 || t.month > 12) return 'no such month';
  const daysInMonth = new Date(Date.UTC(t.year, t.month, 0)).getUTCDate();
  if (t.day < 1 || t.day > daysInMonth) return 'no such day';
  if (t.hour > 23 || t.minute > 59 || t.second > 59) return 'no such time of day';
  if (t.offset !== undefined && Math.abs(t.offset) > 18 * 60) return 'offset out of range';
  return undefined;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** How far `timeZone`'s wall clock is ahead of UTC at the instant `utc`, in ms. */
function zoneOffset(utc: number, timeZone: string): number {
  const parts: Record<string, number> = {};
  for (const p of formatterFor(timeZone).formatToParts(utc)) if (p.type !== 'literal') parts[p.type] = Number(p.value);
  const wall = Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!, parts.second!);
  return wall - (utc - (((utc % 1000) + 1000) % 1000));
}

/**
 * The instant at which `timeZone`'s wall clock shows `wall` (given as if it were UTC).
 * In a DST gap the wall time is read with the offset from before the gap.
 */
function zonedToUtc(wall: number, timeZone: string): number {
  if (timeZone === 'UTC' || timeZone === 'Etc/UTC') return wall;
  const first = wall - zoneOffset(wall, timeZone);
  const second = wall - zoneOffset(first, timeZone);
  return first === second ? first : Math.max(first, second);
}
