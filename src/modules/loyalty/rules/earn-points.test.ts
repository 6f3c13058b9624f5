import { describe, expect, it } from 'vitest';
import { campaignFactor, earnPoints, isBirthdayOn, reversalPoints, type EarningEvent, type EarningRule } from './earn-points';

const at = new Date('2026-05-20T10:00:00Z');
const event = (over: Partial<EarningEvent>): EarningEvent => ({
  id: 'e1', customerId: 'c1', type: 'recharge', occurredAt: at, amountCents: 6850, status: 'paid', durationSeconds: null, customName: null, ...over,
});
const rule = (over: Partial<EarningRule>): EarningRule => ({
  id: 'r1', kind: 'per_amount', eventTypes: [], points: 1, unitCents: 100, customName: null, maxPerEvent: null, maxPerDay: null, ...over,
});
const ctx = { tierMultiplier: 1, campaigns: [], isBirthday: false, earnedToday: () => 0 };

describe('earnPoints', () => {
  it.each([
    ['1 point per yuan of a paid recharge', event({}), rule({}), ctx, 68],
    ['a failed recharge earns nothing', event({ status: 'failed' }), rule({}), ctx, 0],
    ['a refunded recharge earns nothing (it reverses instead)', event({ status: 'refunded' }), rule({}), ctx, 0],
    ['a purchase earns through the same rule', event({ type: 'purchase', status: null }), rule({}), ctx, 68],
    ['a rule limited to purchases ignores recharges', event({}), rule({ eventTypes: ['purchase'] }), ctx, 0],
    ['2 points per 10 yuan', event({}), rule({ points: 2, unitCents: 1000 }), ctx, 12],
    ['the tier multiplier', event({}), rule({}), { ...ctx, tierMultiplier: 1.5 }, 102],
    ['the multiplier rounds down', event({ amountCents: 100 }), rule({}), { ...ctx, tierMultiplier: 1.25 }, 1],
    ['the per-event cap', event({}), rule({ maxPerEvent: 50 }), ctx, 50],
    ['what is left of the daily cap', event({}), rule({ maxPerDay: 100 }), { ...ctx, earnedToday: () => 80 }, 20],
    ['nothing once the daily cap is used', event({}), rule({ maxPerDay: 100 }), { ...ctx, earnedToday: () => 100 }, 0],
    ['10 points per hour for 90 minutes', event({ type: 'play_session', amountCents: null, status: null, durationSeconds: 5400 }), rule({ kind: 'per_hour', points: 10 }), ctx, 15],
    ['per hour ignores recharges', event({}), rule({ kind: 'per_hour', points: 10 }), ctx, 0],
    ['first visit', event({ type: 'visit', amountCents: null, status: null }), rule({ kind: 'first_visit', points: 50 }), ctx, 50],
    ['birthday visit', event({ type: 'visit', amountCents: null, status: null }), rule({ kind: 'birthday', points: 88 }), { ...ctx, isBirthday: true }, 88],
    ['birthday rule off the birthday', event({}), rule({ kind: 'birthday', points: 88 }), ctx, 0],
    ['custom event by name', event({ type: 'custom', customName: 'survey_done' }), rule({ kind: 'custom_event', points: 5, customName: 'survey_done' }), ctx, 5],
    ['another custom event', event({ type: 'custom', customName: 'other' }), rule({ kind: 'custom_event', points: 5, customName: 'survey_done' }), ctx, 0],
  ])('%s', (_name, e, r, c, points) => {
    const awards = earnPoints(e, [r], c);
    expect(awards.reduce((s, a) => s + a.points, 0)).toBe(points);
  });

  it('keys awards per event, once ever for a first visit and once a year for a birthday', () => {
    const visit = event({ type: 'visit', amountCents: null, status: null });
    const keys = earnPoints(visit, [rule({ id: 'fv', kind: 'first_visit', points: 1 }), rule({ id: 'bd', kind: 'birthday', points: 1 })], { ...ctx, isBirthday: true }).map((a) => a.sourceKey);
    expect(keys).toEqual(['first_visit:c1:rule:fv', 'birthday:c1:2026:rule:bd']);
    expect(earnPoints(event({}), [rule({})], ctx)[0]!.sourceKey).toBe('event:e1:rule:r1');
  });
});

describe('campaignFactor', () => {
  const c = (startsAt: string, endsAt: string, factor: number, eventTypes: string[] = []) => ({ startsAt: new Date(startsAt), endsAt: new Date(endsAt), factor, eventTypes });
  it.each([
    ['no campaign', [], 1],
    ['inside the window', [c('2026-05-01Z', '2026-06-01Z', 2)], 2],
    ['the end is exclusive', [c('2026-05-01Z', '2026-05-20T10:00:00Z', 2)], 1],
    ['the largest factor wins, no stacking', [c('2026-05-01Z', '2026-06-01Z', 2), c('2026-05-01Z', '2026-06-01Z', 3)], 3],
    ['limited to other event types', [c('2026-05-01Z', '2026-06-01Z', 2, ['purchase'])], 1],
  ])('%s', (_name, campaigns, factor) => {
    expect(campaignFactor(campaigns, { type: 'recharge', occurredAt: at })).toBe(factor);
  });
});

describe('reversalPoints', () => {
  it.each([
    [{ earned: 100, basisCents: 10000, refundCents: 10000, reversed: 0 }, 100],
    [{ earned: 100, basisCents: 10000, refundCents: 5000, reversed: 0 }, 50],
    [{ earned: 100, basisCents: 10000, refundCents: 5000, reversed: 80 }, 20],
    [{ earned: 100, basisCents: 10000, refundCents: 20000, reversed: 0 }, 100],
    [{ earned: 0, basisCents: 10000, refundCents: 10000, reversed: 0 }, 0],
  ])('%o → %i', (input, out) => expect(reversalPoints(input)).toBe(out));
});

describe('isBirthdayOn', () => {
  it.each([
    ['1990-05-20', '2026-05-20T23:59:00Z', true],
    ['1990-05-20', '2026-05-21T00:00:00Z', false],
    [null, '2026-05-20T00:00:00Z', false],
    ['2000-02-29', '2026-02-28T12:00:00Z', true],
    ['2000-02-29', '2028-02-28T12:00:00Z', false],
    ['2000-02-29', '2028-02-29T12:00:00Z', true],
  ])('%s on %s → %s', (birthday, when, out) => expect(isBirthdayOn(birthday, new Date(when))).toBe(out));
});
