import type { OpeningHours } from '../organisation.schema';

/** Why a set of opening hours was refused; `day` says which entry is wrong. */
export type OpeningHoursProblem =
  | { ok: false; day: number; reason: 'invalid_day' | 'duplicate_day' | 'invalid_time' | 'empty_interval' };

export type OpeningHoursCheck = { ok: true } | OpeningHoursProblem;

const HH_MM = /^([01]\d|2[0-3]):[0-5]\d$/;
const ALL_DAY = '00:00';

/** True for a local time written HH:MM between 00:00 and 23:59. */
export function isLocalTime(value: string): boolean {
  return HH_MM.test(value);
}

/**
 * Checks a week of opening hours: days 0 (Sunday) to 6, at most one entry per day, times
 * HH:MM. `close < open` runs past midnight (10:00–02:00); `00:00–00:00` means open 24 hours.
 * Any other `open === close` is refused: an interval of no length is almost surely a typo.
 * @example validateOpeningHours([{ day: 5, open: '10:00', close: '02:00' }]) // { ok: true }
 */
export function validateOpeningHours(hours: OpeningHours): OpeningHoursCheck {
  const seen = new Set<number>();
  for (const entry of hours) {
    const { day } = entry;
    if (!Number.isInteger(day) || day < 0 || day > 6) return { ok: false, day, reason: 'invalid_day' };
    if (seen.has(day)) return { ok: false, day, reason: 'duplicate_day' };
    seen.add(day);
    if (!isLocalTime(entry.open) || !isLocalTime(entry.close)) return { ok: false, day, reason: 'invalid_time' };
    if (entry.open === entry.close && entry.open !== ALL_DAY) return { ok: false, day, reason: 'empty_interval' };
  }
  return { ok: true };
}

/**
 * Is a place with these (valid) hours open at a local weekday and time? An overnight
 * interval that started the day before still counts (Saturday 01:00 with Friday 10:00–02:00).
 * @example isOpenAt([{ day: 5, open: '10:00', close: '02:00' }], 6, '01:30') // true
 */
export function isOpenAt(hours: OpeningHours, localDay: number, localTime: string): boolean {
  const today = hours.find((h) => h.day === localDay);
  if (today) {
    if (today.open === today.close) return true;
    if (today.open < today.close ? localTime >= today.open && localTime < today.close : localTime >= today.open) {
      return true;
    }
  }
  const yesterday = hours.find((h) => h.day === (localDay + 6) % 7);
  return Boolean(yesterday && yesterday.close < yesterday.open && localTime < yesterday.close);
}
