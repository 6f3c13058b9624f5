import { describe, expect, it } from 'vitest';
import { formatCents, parseCents } from './money';

describe('parseCents', () => {
  it('removes binary float noise by rounding to cents', () => {
    expect(parseCents('22.200000000000003')).toEqual({ ok: true, cents: 2220 });
    expect(parseCents('139.12')).toEqual({ ok: true, cents: 13912 });
    expect(parseCents('15.299999999999999')).toEqual({ ok: true, cents: 1530 });
  });

  it('rounds half away from zero on the third decimal', () => {
    expect(parseCents('2.675')).toEqual({ ok: true, cents: 268 });
    expect(parseCents('2.674999')).toEqual({ ok: true, cents: 267 });
    expect(parseCents('-0.125')).toEqual({ ok: true, cents: -13 });
    expect(parseCents('0.994')).toEqual({ ok: true, cents: 99 });
    expect(parseCents('0.995')).toEqual({ ok: true, cents: 100 });
  });

  it('reads whole numbers, bare fractions, signs, padding and thousands separators', () => {
    expect(parseCents('0')).toEqual({ ok: true, cents: 0 });
    expect(parseCents(' 29.33 ')).toEqual({ ok: true, cents: 2933 });
    expect(parseCents('.5')).toEqual({ ok: true, cents: 50 });
    expect(parseCents('7.')).toEqual({ ok: true, cents: 700 });
    expect(parseCents('+0012')).toEqual({ ok: true, cents: 1200 });
    expect(parseCents('1,234,567.891')).toEqual({ ok: true, cents: 123456789 });
    expect(parseCents('-0.001')).toEqual({ ok: true, cents: 0 });
  });

  it('refuses text that is not a plain decimal amount', () => {
    for (const raw of ['', ' ', '.', '-', '1e5', '¥12', '12,5', '1.2.3', 'abc', '1,23']) {
      expect(parseCents(raw), raw).toMatchObject({ ok: false });
    }
  });

  it('refuses amounts beyond numeric(14, 2)', () => {
    expect(parseCents('999999999999.99')).toEqual({ ok: true, cents: 99999999999999 });
    expect(parseCents('999999999999.995')).toMatchObject({ ok: false });
    expect(parseCents('1000000000000')).toMatchObject({ ok: false, reason: expect.stringContaining('too large') });
  });
});

describe('formatCents', () => {
  it('prints two decimals with the sign in front', () => {
    expect([formatCents(2220), formatCents(5), formatCents(0), formatCents(-1305)]).toEqual(['22.20', '0.05', '0.00', '-13.05']);
  });
});
