import { describe, expect, it } from 'vitest';
import { formatCents, isCurrency, parseCents } from './money';

describe('parseCents', () => {
  it('reads decimal strings and numbers into integer cents', () => {
    expect([parseCents('68'), parseCents('68.5'), parseCents('0.07'), parseCents(12), parseCents(139.12), parseCents(' 3.10 ')]).toEqual([6800, 6850, 7, 1200, 13912, 310]);
  });

  it('does not let binary float noise through', () => {
    expect([parseCents(0.1 + 0.2), parseCents(1.005), parseCents(19.99 * 3)]).toEqual([30, 101, 5997]);
  });

  it('rounds half up on the third decimal', () => {
    expect([parseCents('1.004'), parseCents('1.005'), parseCents('1.0049999'), parseCents('2.999')]).toEqual([100, 101, 100, 300]);
  });

  it('refuses negative, non-numeric, empty, exponent and oversize amounts', () => {
    expect(['-1', -0.5, 'abc', '', '1e3', '1.2.3', null, true, Number.NaN, Infinity, '1000000000.01', 1e21].map(parseCents)).toEqual(Array(12).fill(null));
  });

  it('accepts the largest allowed amount and tiny numbers as zero', () => {
    expect([parseCents('1000000000'), parseCents(1e-9)]).toEqual([100_000_000_000, 0]);
  });
});

describe('formatCents', () => {
  it('writes two decimal places with a sign for negatives', () => {
    expect([formatCents(6800), formatCents(7), formatCents(0), formatCents(-5), formatCents(-123456)]).toEqual(['68.00', '0.07', '0.00', '-0.05', '-1234.56']);
  });
});

describe('isCurrency', () => {
  it('accepts known ISO 4217 codes in capitals only', () => {
    expect(['CNY', 'USD', 'TWD', 'cny', 'XYZ', 'CN', 'CNYY', 7].map(isCurrency)).toEqual([true, true, true, false, false, false, false, false]);
  });
});
