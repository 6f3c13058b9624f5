import { describe, expect, it } from 'vitest';
import { couponTransition, couponValidity, type CouponFacts } from './coupon-state';

const now = new Date('2026-06-01T12:00:00Z');
const facts = (over: Partial<CouponFacts>): CouponFacts => ({ status: 'issued', validFrom: new Date('2026-05-01Z'), validUntil: new Date('2026-07-01Z'), ...over });

describe('couponTransition', () => {
  it.each([
    ['redeems an issued coupon in its window', facts({}), 'redeem', { ok: true, to: 'redeemed' }],
    ['redeems a coupon without an end', facts({ validUntil: null }), 'redeem', { ok: true, to: 'redeemed' }],
    ['refuses a second redemption', facts({ status: 'redeemed' }), 'redeem', { ok: false, reason: 'coupon_already_redeemed' }],
    ['refuses an expired coupon', facts({ status: 'expired' }), 'redeem', { ok: false, reason: 'coupon_expired' }],
    ['refuses a coupon past its window', facts({ validUntil: now }), 'redeem', { ok: false, reason: 'coupon_expired' }],
    ['refuses a coupon before its window', facts({ validFrom: new Date('2026-06-02Z') }), 'redeem', { ok: false, reason: 'coupon_not_yet_valid' }],
    ['refuses a void coupon', facts({ status: 'void' }), 'redeem', { ok: false, reason: 'coupon_void' }],
    ['expires a coupon past its window', facts({ validUntil: now }), 'expire', { ok: true, to: 'expired' }],
    ['does not expire a valid coupon', facts({}), 'expire', { ok: false, reason: 'coupon_not_yet_valid' }],
    ['voids an issued coupon', facts({}), 'void', { ok: true, to: 'void' }],
    ['cannot void a redeemed coupon', facts({ status: 'redeemed' }), 'void', { ok: false, reason: 'coupon_already_redeemed' }],
  ] as const)('%s', (_name, c, action, out) => expect(couponTransition(c, action, now)).toEqual(out));
});

describe('couponValidity', () => {
  const issued = new Date('2026-06-01T00:00:00Z');
  it.each([
    ['N days after issue', { validFrom: null, validTo: null, validDays: 30 }, '2026-06-01T00:00:00.000Z', '2026-07-01T00:00:00.000Z'],
    ['a fixed window that starts later', { validFrom: new Date('2026-06-10Z'), validTo: new Date('2026-06-20Z'), validDays: null }, '2026-06-10T00:00:00.000Z', '2026-06-20T00:00:00.000Z'],
    ['the earlier end of both', { validFrom: null, validTo: new Date('2026-06-05Z'), validDays: 30 }, '2026-06-01T00:00:00.000Z', '2026-06-05T00:00:00.000Z'],
    ['no end', { validFrom: null, validTo: null, validDays: null }, '2026-06-01T00:00:00.000Z', null],
  ])('%s', (_name, t, from, until) => {
    const v = couponValidity(t, issued);
    expect([v.validFrom.toISOString(), v.validUntil?.toISOString() ?? null]).toEqual([from, until]);
  });
});
