import { describe, expect, it } from 'vitest';
import { discountPct, minuteValue, UNITS_PER_CENT } from './tier-discount';

describe('discountPct', () => {
  it.each([
    [null, 0],
    [undefined, 0],
    [10, 10],
    [12.7, 12],
    [-5, 0],
    [150, 100],
    [Number.NaN, 0],
  ])('%s → %i', (input, expected) => {
    expect(discountPct(input)).toBe(expected);
  });
});

describe('minuteValue', () => {
  it.each([
    [600, 0, 10],
    [600, 10, 9],
    [600, 100, 0],
    [500, 0, 500 / 60],
    [1000, 15, (1000 * 0.85) / 60],
  ])('%i cents/hour at %i%% off is %f cents a minute', (rate, pct, cents) => {
    expect(minuteValue(rate, pct) / UNITS_PER_CENT).toBeCloseTo(cents, 10);
  });
});
