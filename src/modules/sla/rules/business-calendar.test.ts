import { describe, expect, it } from 'vitest';
import { addBusinessTime, businessTimeBetween, weeklyHoursProblem, type BusinessCalendar } from './business-calendar';

const weekdays = (open: string, close: string) => [1, 2, 3, 4, 5].map((day) => ({ day, open, close }));
// Mon–Fri 09:00–18:00 in Shanghai (01:00–10:00 UTC); 2026-06-19 (Fri) is the Dragon Boat holiday.
const shanghai: BusinessCalendar = { timeZone: 'Asia/Shanghai', weeklyHours: weekdays('09:00', '18:00'), holidays: ['2026-06-19'], is24x7: false };
const newYork: BusinessCalendar = { timeZone: 'America/New_York', weeklyHours: weekdays('09:00', '17:00'), holidays: [], is24x7: false };
const split: BusinessCalendar = { ...shanghai, weeklyHours: [{ day: 1, open: '14:00', close: '18:00' }, { day: 1, open: '09:00', close: '12:00' }] };
const always: BusinessCalendar = { timeZone: 'Asia/Shanghai', weeklyHours: [], holidays: ['2026-06-19'], is24x7: true };
const h = 3_600_000;

describe('addBusinessTime', () => {
  it.each([
    ['within one day', shanghai, '2026-06-01T02:00:00Z', 2 * h, '2026-06-01T04:00:00Z'],
    ['ending exactly at closing time stays there', shanghai, '2026-06-01T08:00:00Z', 2 * h, '2026-06-01T10:00:00Z'],
    ['over the weekend (Fri 17:00 + 2 h → Mon 10:00)', shanghai, '2026-06-05T09:00:00Z', 2 * h, '2026-06-08T02:00:00Z'],
    ['started on a Saturday', shanghai, '2026-06-06T04:00:00Z', 1 * h, '2026-06-08T02:00:00Z'],
    ['over a holiday (Thu 17:00 + 2 h → Mon 10:00)', shanghai, '2026-06-18T09:00:00Z', 2 * h, '2026-06-22T02:00:00Z'],
    ['24 business hours are 2⅔ working days', shanghai, '2026-06-01T01:00:00Z', 24 * h, '2026-06-03T07:00:00Z'],
    ['late evening: the next local morning', shanghai, '2026-06-01T15:30:00Z', 1 * h, '2026-06-02T02:00:00Z'],
    ['Sunday in UTC is already Monday in Shanghai', shanghai, '2026-06-07T17:00:00Z', 1 * h, '2026-06-08T02:00:00Z'],
    ['a lunch break between intervals', split, '2026-06-01T03:00:00Z', 2 * h, '2026-06-01T07:00:00Z'],
    ['across a DST change (Fri 16:00 EST + 2 h → Mon 10:00 EDT)', newYork, '2026-03-06T21:00:00Z', 2 * h, '2026-03-09T14:00:00Z'],
    ['24x7 ignores hours and holidays', always, '2026-06-19T03:00:00Z', 30_000, '2026-06-19T03:00:30Z'],
    ['nothing to add', shanghai, '2026-06-06T04:00:00Z', 0, '2026-06-06T04:00:00Z'],
  ] as const)('%s', (_name, cal, start, ms, due) => {
    expect(addBusinessTime(cal, new Date(start), ms).toISOString()).toBe(new Date(due).toISOString());
  });
});

describe('businessTimeBetween', () => {
  it.each([
    ['within one day', shanghai, '2026-06-01T02:00:00Z', '2026-06-01T04:30:00Z', 2.5 * h],
    ['over the weekend', shanghai, '2026-06-05T09:00:00Z', '2026-06-08T02:00:00Z', 2 * h],
    ['over a holiday', shanghai, '2026-06-18T09:00:00Z', '2026-06-22T02:00:00Z', 2 * h],
    ['a whole week', shanghai, '2026-06-01T00:00:00Z', '2026-06-08T00:00:00Z', 45 * h],
    ['nights do not count', shanghai, '2026-06-01T12:00:00Z', '2026-06-01T20:00:00Z', 0],
    ['reversed is zero', shanghai, '2026-06-02T02:00:00Z', '2026-06-01T02:00:00Z', 0],
    ['24x7 is wall time', always, '2026-06-19T00:00:00Z', '2026-06-20T00:00:00Z', 24 * h],
  ] as const)('%s', (_name, cal, a, b, ms) => {
    expect(businessTimeBetween(cal, new Date(a), new Date(b))).toBe(ms);
  });

  it('is the inverse of addBusinessTime', () => {
    const start = new Date('2026-06-04T06:17:00Z');
    for (const ms of [1, 59 * 60_000, 9 * h, 31 * h, 100 * h]) {
      expect(businessTimeBetween(shanghai, start, addBusinessTime(shanghai, start, ms))).toBe(ms);
    }
  });
});

describe('weeklyHoursProblem', () => {
  it.each([
    [weekdays('09:00', '18:00'), false, null],
    [[], true, null],
    [[{ day: 1, open: '00:00', close: '24:00' }], false, null],
    [[], false, 'a calendar that is not 24x7 needs at least one open interval'],
    [[{ day: 7, open: '09:00', close: '18:00' }], false, 'day 7 is not 0 (Sunday) to 6'],
    [[{ day: 1, open: '18:00', close: '09:00' }], false, '18:00-09:00 is not an interval of HH:MM times within one day'],
    [[{ day: 1, open: '9:00', close: '18:00' }], false, '9:00-18:00 is not an interval of HH:MM times within one day'],
  ] as const)('%j (24x7 %s) → %s', (hours, is24x7, problem) => {
    expect(weeklyHoursProblem([...hours], is24x7)).toBe(problem);
  });
});
