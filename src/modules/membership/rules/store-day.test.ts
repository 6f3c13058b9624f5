import { describe, expect, it } from 'vitest';
import { isCalendarDate, storeDay } from './store-day';

describe('storeDay', () => {
  it.each([
    ['2026-03-01', 'Asia/Shanghai', '2026-02-28T16:00:00.000Z', '2026-03-01T16:00:00.000Z'],
    ['2026-12-31', 'Asia/Shanghai', '2026-12-30T16:00:00.000Z', '2026-12-31T16:00:00.000Z'],
    ['2026-03-01', 'UTC', '2026-03-01T00:00:00.000Z', '2026-03-02T00:00:00.000Z'],
    // Europe/Berlin: spring forward on 29 March 2026 (23 h), fall back on 25 October (25 h).
    ['2026-03-29', 'Europe/Berlin', '2026-03-28T23:00:00.000Z', '2026-03-29T22:00:00.000Z'],
    ['2026-10-25', 'Europe/Berlin', '2026-10-24T22:00:00.000Z', '2026-10-25T23:00:00.000Z'],
    ['2026-06-15', 'America/Los_Angeles', '2026-06-15T07:00:00.000Z', '2026-06-16T07:00:00.000Z'],
  ])('%s in %s is [%s, %s)', (date, tz, from, to) => {
    const day = storeDay(date, tz);
    expect([day.from.toISOString(), day.to.toISOString()]).toEqual([from, to]);
  });

  it.each([
    ['2026-02-28', true],
    ['2026-02-29', false],
    ['2028-02-29', true],
    ['2026-13-01', false],
    ['26-01-01', false],
  ])('isCalendarDate(%s) is %s', (value, ok) => expect(isCalendarDate(value)).toBe(ok));
});
