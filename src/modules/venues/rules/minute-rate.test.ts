import { describe, expect, it } from 'vitest';
import { rateAt, type ZoneRates } from './minute-rate';
import { weeklyWindowCovers } from './time-window';

const rates: ZoneRates = {
  baseCentsPerHour: 800,
  windows: [
    { days: [1, 2, 3, 4, 5], start: 9 * 60, end: 18 * 60, centsPerHour: 600 },
    { days: [5, 6], start: 22 * 60, end: 8 * 60, centsPerHour: 500 },
    { days: [0], start: 0, end: 0, centsPerHour: 1000 },
  ],
};

describe('rateAt', () => {
  it.each([
    ['Mon 08:59 before the day window: base', { day: 1, minute: 539 }, 800],
    ['Mon 09:00 first minute of the day window', { day: 1, minute: 540 }, 600],
    ['Mon 17:59 last minute of the day window', { day: 1, minute: 1079 }, 600],
    ['Mon 18:00 window end is exclusive', { day: 1, minute: 1080 }, 800],
    ['Fri 22:00 night window starts', { day: 5, minute: 1320 }, 500],
    ['Sat 07:59 night window of Friday crosses midnight', { day: 6, minute: 479 }, 500],
    ['Sat 08:00 night window over', { day: 6, minute: 480 }, 800],
    ['Sun 00:00 Saturday night (cheaper) beats all-day Sunday', { day: 0, minute: 0 }, 500],
    ['Sun 12:00 all-day Sunday window', { day: 0, minute: 720 }, 1000],
    ['Mon 00:30 Sunday all-day window does not spill into Monday', { day: 1, minute: 30 }, 800],
    ['Thu 23:00 night window is not on Thursday', { day: 4, minute: 1380 }, 800],
  ])('%s → %i', (_name, at, expected) => {
    expect(rateAt(rates, at)).toBe(expected);
  });

  it('answers the base rate when the zone has no windows', () => {
    expect(rateAt({ baseCentsPerHour: 700, windows: [] }, { day: 3, minute: 100 })).toBe(700);
  });
});

describe('weeklyWindowCovers', () => {
  it.each([
    ['Sat 23:00–02:00 covers Sun 01:59 (week boundary)', { days: [6], start: 1380, end: 120 }, { day: 0, minute: 119 }, true],
    ['Sat 23:00–02:00 does not cover Sun 02:00', { days: [6], start: 1380, end: 120 }, { day: 0, minute: 120 }, false],
    ['Sun 23:00–02:00 covers Mon 00:00', { days: [0], start: 1380, end: 120 }, { day: 1, minute: 0 }, true],
    ['Sun 23:00–02:00 does not cover Sun 00:30', { days: [0], start: 1380, end: 120 }, { day: 0, minute: 30 }, false],
  ])('%s', (_name, w, at, expected) => {
    expect(weeklyWindowCovers(w, at)).toBe(expected);
  });
});
