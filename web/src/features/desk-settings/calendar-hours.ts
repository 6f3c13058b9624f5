import type { WeeklyInterval } from './desk-settings.types';

/** One editor row: a weekday (0 = Sunday, as in the API) and its open intervals (none = closed). */
export interface DayRow {
  day: number;
  intervals: { open: string; close: string }[];
}

/** Monday first, as the week is read in China and most of Europe. */
export const weekOrder = [1, 2, 3, 4, 5, 6, 0] as const;

const HHMM = /^([01]\d|2[0-3]):[0-5]\d$|^24:00$/;
const minutes = (v: string) => Number(v.slice(0, 2)) * 60 + Number(v.slice(3, 5));

export function toDayRows(hours: WeeklyInterval[]): DayRow[] {
  return weekOrder.map((day) => ({
    day,
    intervals: hours.filter((h) => h.day === day).map((h) => ({ open: h.open, close: h.close })).sort((a, b) => a.open.localeCompare(b.open)),
  }));
}

export function fromDayRows(rows: DayRow[]): WeeklyInterval[] {
  return rows.flatMap((r) => r.intervals.map((i) => ({ day: r.day, open: i.open.trim(), close: i.close.trim() })));
}

/**
 * Per form path, what is wrong with the hours (translation keys): a time not HH:MM (24:00 may close
 * a day), an interval that does not open before it closes, or intervals of one day overlapping.
 * @example hoursProblems([{ day: 1, intervals: [{ open: '18:00', close: '09:00' }] }]) → { 'hours.0.intervals.0.close': '…closeAfterOpen' }
 */
export function hoursProblems(rows: DayRow[]): Record<string, string> {
  const out: Record<string, string> = {};
  rows.forEach((row, r) => {
    const spans: [number, number, number][] = [];
    row.intervals.forEach((iv, i) => {
      const path = `hours.${r}.intervals.${i}`;
      if (!HHMM.test(iv.open.trim()) || iv.open.trim() === '24:00') out[`${path}.open`] = 'deskSettings.calendars.timeRule';
      else if (!HHMM.test(iv.close.trim())) out[`${path}.close`] = 'deskSettings.calendars.timeRule';
      else if (minutes(iv.open) >= minutes(iv.close)) out[`${path}.close`] = 'deskSettings.calendars.closeAfterOpen';
      else spans.push([minutes(iv.open), minutes(iv.close), i]);
    });
    spans.sort((a, b) => a[0] - b[0]);
    for (let k = 1; k < spans.length; k++) {
      if (spans[k]![0] < spans[k - 1]![1]) out[`hours.${r}.intervals.${spans[k]![2]}.open`] = 'deskSettings.calendars.overlap';
    }
  });
  return out;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A real calendar date written YYYY-MM-DD (holidays are local dates). */
export function isIsoDate(v: string): boolean {
  if (!DATE.test(v)) return false;
  const d = new Date(`${v}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v;
}
