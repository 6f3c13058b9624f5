import { describe, expect, it } from 'vitest';
import { isOpenAt, isLocalTime, validateOpeningHours } from './opening-hours';

describe('validateOpeningHours', () => {
  it('accepts an empty week (no hours published)', () => {
    expect(validateOpeningHours([])).toEqual({ ok: true });
  });

  it('accepts ordinary, overnight and 24-hour days', () => {
    expect(
      validateOpeningHours([
        { day: 1, open: '09:00', close: '18:00' },
        { day: 5, open: '10:00', close: '02:00' },
        { day: 6, open: '00:00', close: '00:00' },
        { day: 0, open: '00:00', close: '23:59' },
      ]),
    ).toEqual({ ok: true });
  });

  it('refuses a day outside 0..6 and names it', () => {
    expect(validateOpeningHours([{ day: 7, open: '09:00', close: '18:00' }])).toEqual({ ok: false, day: 7, reason: 'invalid_day' });
    expect(validateOpeningHours([{ day: -1, open: '09:00', close: '18:00' }])).toMatchObject({ ok: false, reason: 'invalid_day' });
    expect(validateOpeningHours([{ day: 1.5, open: '09:00', close: '18:00' }])).toMatchObject({ ok: false, reason: 'invalid_day' });
  });

  it('refuses the same day twice', () => {
    expect(
      validateOpeningHours([
        { day: 2, open: '09:00', close: '12:00' },
        { day: 2, open: '14:00', close: '18:00' },
      ]),
    ).toEqual({ ok: false, day: 2, reason: 'duplicate_day' });
  });

  it('refuses times that are not HH:MM within the day', () => {
    expect(validateOpeningHours([{ day: 3, open: '24:00', close: '02:00' }])).toEqual({ ok: false, day: 3, reason: 'invalid_time' });
    expect(validateOpeningHours([{ day: 3, open: '9:00', close: '18:00' }])).toMatchObject({ reason: 'invalid_time' });
    expect(validateOpeningHours([{ day: 3, open: '09:00', close: '18:60' }])).toMatchObject({ reason: 'invalid_time' });
  });

  it('refuses an interval of no length other than the 24-hour 00:00–00:00', () => {
    expect(validateOpeningHours([{ day: 4, open: '10:00', close: '10:00' }])).toEqual({ ok: false, day: 4, reason: 'empty_interval' });
  });
});

describe('isLocalTime', () => {
  it('accepts 00:00 and 23:59 and refuses 24:00', () => {
    expect([isLocalTime('00:00'), isLocalTime('23:59'), isLocalTime('24:00'), isLocalTime('12:5')]).toEqual([true, true, false, false]);
  });
});

describe('isOpenAt', () => {
  const cafe = [
    { day: 5, open: '10:00', close: '02:00' }, // Friday, past midnight
    { day: 6, open: '00:00', close: '00:00' }, // Saturday, 24 hours
    { day: 1, open: '09:00', close: '18:00' },
  ];

  it('is open inside a same-day interval and closed at its close time', () => {
    expect(isOpenAt(cafe, 1, '09:00')).toBe(true);
    expect(isOpenAt(cafe, 1, '17:59')).toBe(true);
    expect(isOpenAt(cafe, 1, '18:00')).toBe(false);
    expect(isOpenAt(cafe, 1, '08:59')).toBe(false);
  });

  it('stays open past midnight into the next day until the close time', () => {
    expect(isOpenAt(cafe, 5, '23:30')).toBe(true);
    expect(isOpenAt(cafe, 5, '09:59')).toBe(false);
    expect(isOpenAt([{ day: 5, open: '10:00', close: '02:00' }], 6, '01:59')).toBe(true);
    expect(isOpenAt([{ day: 5, open: '10:00', close: '02:00' }], 6, '02:00')).toBe(false);
  });

  it('wraps Saturday night into Sunday', () => {
    const weekend = [{ day: 6, open: '20:00', close: '03:00' }];
    expect(isOpenAt(weekend, 0, '02:30')).toBe(true);
    expect(isOpenAt(weekend, 0, '03:30')).toBe(false);
  });

  it('is open all day on a 00:00–00:00 day and closed on a day without hours', () => {
    expect(isOpenAt(cafe, 6, '04:00')).toBe(true);
    expect(isOpenAt(cafe, 3, '12:00')).toBe(false);
  });

  it('treats a close of 00:00 as midnight with nothing spilling into the next day', () => {
    const late = [{ day: 2, open: '18:00', close: '00:00' }];
    expect(isOpenAt(late, 2, '23:59')).toBe(true);
    expect(isOpenAt(late, 3, '00:00')).toBe(false);
  });
});
