import { describe, expect, it } from 'vitest';
import { bestPromotion, type PromotionRule } from './best-promotion';

const A = 'store-a';
const B = 'store-b';
const at = new Date('2026-03-01T12:00:00Z');
const promo = (id: string, over: Partial<PromotionRule>): PromotionRule => ({
  id, minAmountCents: 10000, bonusCents: 0, bonusPercent: null, storeId: null, validFrom: null, validUntil: null, active: true, ...over,
});

const rules = [
  promo('p100', { minAmountCents: 10000, bonusCents: 2000 }),
  promo('p200', { minAmountCents: 20000, bonusCents: 5000 }),
  promo('p500pct', { minAmountCents: 50000, bonusPercent: 30 }),
  promo('storeB', { minAmountCents: 5000, bonusCents: 9000, storeId: B }),
  promo('off', { minAmountCents: 100, bonusCents: 99999, active: false }),
  promo('future', { minAmountCents: 100, bonusCents: 99999, validFrom: new Date('2026-04-01T00:00:00Z') }),
  promo('past', { minAmountCents: 100, bonusCents: 99999, validUntil: at }),
];

describe('bestPromotion', () => {
  it.each([
    [5000, A, null],
    [9999, A, null],
    [10000, A, { promotionId: 'p100', bonusCents: 2000 }],
    [19999, A, { promotionId: 'p100', bonusCents: 2000 }],
    [20000, A, { promotionId: 'p200', bonusCents: 5000 }],
    [50000, A, { promotionId: 'p500pct', bonusCents: 15000 }],
    [10000, B, { promotionId: 'storeB', bonusCents: 9000 }],
    [5000, B, { promotionId: 'storeB', bonusCents: 9000 }],
  ])('top up %i cents at %s → %j', (amountCents, storeId, expected) => {
    expect(bestPromotion(rules, { amountCents, storeId, at })).toEqual(expected);
  });

  it('rounds a percentage bonus down and adds it to the fixed bonus', () => {
    expect(bestPromotion([promo('mix', { minAmountCents: 100, bonusCents: 100, bonusPercent: 15 })], { amountCents: 999, storeId: A, at })).toEqual({ promotionId: 'mix', bonusCents: 249 });
  });

  it('breaks a tie by the higher threshold', () => {
    const tie = [promo('low', { minAmountCents: 100, bonusCents: 500 }), promo('high', { minAmountCents: 200, bonusCents: 500 })];
    expect(bestPromotion(tie, { amountCents: 300, storeId: A, at })?.promotionId).toBe('high');
  });
});
