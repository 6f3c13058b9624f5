import { describe, expect, it } from 'vitest';
import { refundBonusForfeit } from './refund-bonus';

describe('refundBonusForfeit', () => {
  it.each([
    [{ refundCents: 10000, cashCents: 10000, bonusCents: 2000 }, 2000],
    [{ refundCents: 5000, cashCents: 10000, bonusCents: 2000 }, 1000],
    [{ refundCents: 1, cashCents: 3, bonusCents: 1 }, 0],
    [{ refundCents: 2, cashCents: 3, bonusCents: 1 }, 1],
    [{ refundCents: 1, cashCents: 2, bonusCents: 1 }, 1],
    [{ refundCents: 3000, cashCents: 10000, bonusCents: 0 }, 0],
    [{ refundCents: 0, cashCents: 10000, bonusCents: 500 }, 0],
    [{ refundCents: 500, cashCents: 0, bonusCents: 500 }, 0],
  ])('%j forfeits %i', (input, expected) => expect(refundBonusForfeit(input)).toBe(expected));
});
