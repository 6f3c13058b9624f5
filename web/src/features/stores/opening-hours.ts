import type { OpeningHoursEntry } from '../../api/types';

/** One editor row; `day` 0 = Sunday as in the API. */
export interface DayHours {
  day: number;
  isOpen: boolean;
  open: string;
  close: string;
}

/** Monday first, as the week is read in China and most of Europe. */
export const weekOrder = [1, 2, 3, 4, 5, 6, 0] as const;

const HHMM = /^([01]\d|2[0-3]):[0-5]\d$/;
export const isTime = (v: string) => HHMM.test(v);

/** API entries → the seven editor rows (closed days filled with a default). */
export function toDayHours(entries: OpeningHoursEntry[]): DayHours[] {
  return weekOrder.map((day) => {
    const e = entries.find((x) => x.day === day);
    return e ? { day, isOpen: true, open: e.open, close: e.close } : { day, isOpen: false, open: '10:00', close: '22:00' };
  });
}

/** Editor rows → API entries: only open days. */
export function fromDayHours(rows: DayHours[]): OpeningHoursEntry[] {
  return rows.filter((r) => r.isOpen).map((r) => ({ day: r.day, open: r.open, close: r.close }));
}

/** 00:00–00:00 is the API's way of saying open around the clock. */
export const allDay = (r: DayHours) => r.isOpen && r.open === '00:00' && r.close === '00:00';

/** Closing before opening means the venue closes after midnight (common for internet cafés). */
export const pastMidnight = (r: DayHours) => r.isOpen && isTime(r.open) && isTime(r.close) && r.close < r.open;
