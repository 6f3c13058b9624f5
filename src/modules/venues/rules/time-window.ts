import type { LocalMinute } from './local-time';

const HHMM = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** Minutes after midnight of 'HH:MM', or null when it is not a valid time. */
export function parseHhmm(value: string): number | null {
  const m = HHMM.exec(value);
  return m ? Number(m[1]) * 60 + Number(m[2]) : null;
}

/**
 * Does a daily window [start, end) cover this minute of the day? `end <= start` crosses
 * midnight (22:00–06:00); `start == end` is the whole day.
 * @example windowCovers(1320, 360, 30) // true: 00:30 is inside 22:00–06:00
 */
export function windowCovers(start: number, end: number, minute: number): boolean {
  if (end > start) return minute >= start && minute < end;
  return minute >= start || minute < end;
}

/**
 * Does a weekly window cover this local minute? The part after midnight of a window that
 * crosses midnight belongs to the day it started: Friday 22:00–06:00 covers Saturday 05:59.
 * @example weeklyWindowCovers({ days: [5], start: 1320, end: 360 }, { day: 6, minute: 300 }) // true
 */
export function weeklyWindowCovers(w: { days: readonly number[]; start: number; end: number }, at: LocalMinute): boolean {
  if (w.end > w.start) return w.days.includes(at.day) && at.minute >= w.start && at.minute < w.end;
  if (at.minute >= w.start) return w.days.includes(at.day);
  return at.minute < w.end && w.days.includes((at.day + 6) % 7);
}
