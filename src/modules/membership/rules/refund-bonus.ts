/**
 * Bonus forfeited when cash is refunded: the bonus came with the cash, so it goes in the same
 * proportion as the share of the cash balance refunded (rounded half up, never more than the
 * bonus held). Refunding all the cash forfeits all the bonus; bonus is never paid out.
 * @example refundBonusForfeit({ refundCents: 5000, cashCents: 10000, bonusCents: 2000 }) // 1000
 */
export function refundBonusForfeit(input: { refundCents: number; cashCents: number; bonusCents: number }): number {
  const { refundCents, cashCents, bonusCents } = input;
  if (cashCents <= 0 || refundCents <= 0 || bonusCents <= 0) return 0;
  if (refundCents >= cashCents) return bonusCents;
  return Math.min(bonusCents, Math.floor((refundCents * bonusCents * 2 + cashCents) / (cashCents * 2)));
}
