import { describe, expect, it } from 'vitest';
import { localClock } from './local-time';
import { priceMinutes } from './minute-plan';
import type { ZoneRates } from './minute-rate';
import { predictMinutesLeft } from './minutes-left';
import { drawMinutes, type DrawInput, type DrawPackage, type FundingSource } from './session-draw';

const shanghai = localClock('Asia/Shanghai');
const flat = (cents: number): ZoneRates => ({ baseCentsPerHour: cents, windows: [] });
// Friday 2026-01-02 21:58 Shanghai; a night rate from 22:00 to 08:00 on Fri/Sat.
const friday2158 = Date.parse('2026-01-02T13:58:00Z');
const nightRates: ZoneRates = { baseCentsPerHour: 600, windows: [{ days: [5, 6], start: 1320, end: 480, centsPerHour: 300 }] };
const order: FundingSource[] = ['package', 'bonus', 'cash'];

function draw(over: Partial<DrawInput> & { count?: number; rates?: ZoneRates; from?: number }) {
  const minutes = priceMinutes(over.from ?? friday2158, over.count ?? 10, shanghai, over.rates ?? flat(600));
  return drawMinutes({ minutes, zoneId: 'z1', discountPct: 0, remainder: 0, cashCents: 0, bonusCents: 0, packages: [], order, ...over });
}

const pkg = (over: Partial<DrawPackage>): DrawPackage => ({ id: 'p1', minutesLeft: 60, windowStart: null, windowEnd: null, zoneIds: null, validUntil: null, ...over });

describe('drawMinutes', () => {
  it.each([
    ['cash pays 10 cents a minute at 6.00/hour', { cashCents: 100 }, { paidMinutes: 10, exhausted: false, cashCents: 100, bonusCents: 0 }],
    ['bonus before cash', { cashCents: 100, bonusCents: 30 }, { paidMinutes: 10, cashCents: 70, bonusCents: 30 }],
    ['a minute is split across bonus and cash', { cashCents: 100, bonusCents: 25 }, { paidMinutes: 10, cashCents: 75, bonusCents: 25 }],
    ['cash before bonus when configured', { cashCents: 100, bonusCents: 30, order: ['cash', 'bonus'] as FundingSource[] }, { cashCents: 100, bonusCents: 0 }],
    ['stops at the first minute it cannot pay', { cashCents: 35 }, { paidMinutes: 3, exhausted: true, cashCents: 30 }],
    ['nothing to pay with: exhausted at once', {}, { paidMinutes: 0, exhausted: true, cashCents: 0 }],
    ['a 10% tier discount: 9 cents a minute', { cashCents: 100, discountPct: 10 }, { paidMinutes: 10, cashCents: 90 }],
    ['a 100% discount is free', { discountPct: 100 }, { paidMinutes: 10, exhausted: false, cashCents: 0 }],
  ])('%s', (_name, over, expected) => {
    expect(draw(over)).toMatchObject(expected);
  });

  it('charges across the 22:00 rate boundary minute by minute', () => {
    // 21:58 and 21:59 at 6.00/hour (10 cents), then 22:00.. at 3.00/hour (5 cents).
    expect(draw({ cashCents: 1000, count: 4, rates: nightRates })).toMatchObject({ cashCents: 30, remainder: 0 });
  });

  it('keeps the night rate across midnight and the following morning, then the base rate', () => {
    const sat0758 = Date.parse('2026-01-02T23:58:00Z');
    expect(draw({ from: sat0758, cashCents: 1000, count: 4, rates: nightRates })).toMatchObject({ cashCents: 30 });
  });

  it('carries fractions of a cent exactly: 5.00/hour for 60 minutes is 500 cents, never 480 or 540', () => {
    const r = draw({ cashCents: 10_000, count: 60, rates: flat(500) });
    expect(r).toMatchObject({ cashCents: 500, remainder: 0 });
    const split = [0, 1, 2].reduce(
      (acc, i) => {
        const part = draw({ from: friday2158 + i * 20 * 60_000, cashCents: 10_000, count: 20, rates: flat(500), remainder: acc.remainder });
        return { cents: acc.cents + part.cashCents, remainder: part.remainder };
      },
      { cents: 0, remainder: 0 },
    );
    expect(split).toEqual({ cents: 500, remainder: 0 });
  });

  it('uses a package first, then money once the package is spent', () => {
    const r = draw({ cashCents: 100, packages: [pkg({ minutesLeft: 4 })] });
    expect(r).toMatchObject({ paidMinutes: 10, packageMinutes: [{ packageId: 'p1', minutes: 4 }], cashCents: 60 });
  });

  it.each([
    ['a package for another zone is not used', pkg({ zoneIds: ['z2'] }), 0],
    ['a package for this zone is used', pkg({ zoneIds: ['z1', 'z2'] }), 10],
    ['an overnight package (22:00–08:00) pays only from 22:00', pkg({ windowStart: '22:00', windowEnd: '08:00' }), 8],
    ['a daytime package does not pay at night', pkg({ windowStart: '09:00', windowEnd: '18:00' }), 0],
    ['an expired package is not used', pkg({ validUntil: '2026-01-02T13:00:00Z' }), 0],
    ['a package expiring mid-run pays until then', pkg({ validUntil: '2026-01-02T14:03:00Z' }), 5],
  ])('%s', (_name, p, packageMinutes) => {
    const r = draw({ cashCents: 1000, packages: [p] });
    expect(r.packageMinutes.reduce((s, x) => s + x.minutes, 0)).toBe(packageMinutes);
    expect(r.paidMinutes).toBe(10);
  });

  it('uses the package that expires first', () => {
    const r = draw({ packages: [pkg({ id: 'late', validUntil: '2026-02-01T00:00:00Z' }), pkg({ id: 'soon', validUntil: '2026-01-10T00:00:00Z' }), pkg({ id: 'never' })] });
    expect(r.packageMinutes).toEqual([{ packageId: 'soon', minutes: 10 }]);
  });

  it('pays with money before a package when the order says so', () => {
    const r = draw({ cashCents: 30, packages: [pkg({})], order: ['cash', 'package'] });
    expect(r).toMatchObject({ cashCents: 30, packageMinutes: [{ packageId: 'p1', minutes: 7 }] });
  });
});

describe('predictMinutesLeft', () => {
  const base = { zoneId: 'z1', discountPct: 0, remainder: 0, bonusCents: 0, packages: [], order, toLocal: shanghai, fromMs: friday2158 };
  it.each([
    ['1.00 at 6.00/hour is 10 minutes', { cashCents: 100, rates: flat(600) }, 10],
    ['the cheaper night rate ahead stretches the balance', { cashCents: 100, rates: nightRates }, 2 + 16],
    ['a package plus money', { cashCents: 100, rates: flat(600), packages: [pkg({ minutesLeft: 30 })] }, 40],
    ['a free zone is capped at 24 hours', { cashCents: 0, rates: flat(0) }, 1440],
    ['minutes worth under a cent accrue until a whole cent is due', { cashCents: 0, rates: flat(1) }, 59],
    ['a carried remainder brings the first whole cent forward', { cashCents: 0, remainder: 5999, rates: flat(1) }, 0],
  ])('%s', (_name, over, expected) => {
    expect(predictMinutesLeft({ ...base, ...over })).toBe(expected);
  });
});
