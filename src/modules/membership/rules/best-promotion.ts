/** A top-up promotion as the rule sees it. */
export interface PromotionRule {
  id: string;
  minAmountCents: number;
  bonusCents: number;
  /** Extra bonus as a percentage of the amount (rounded down to the cent). */
  bonusPercent: number | null;
  /** null = every store. */
  storeId: string | null;
  validFrom: Date | null;
  validUntil: Date | null;
  active: boolean;
}

/** The bonus one promotion gives for `amountCents`: fixed plus percentage. */
export function promotionBonus(p: Pick<PromotionRule, 'bonusCents' | 'bonusPercent'>, amountCents: number): number {
  return p.bonusCents + Math.floor((amountCents * (p.bonusPercent ?? 0)) / 100);
}

/**
 * The promotion that gives the most bonus for a top-up at a store and time (promotions do not
 * stack); ties go to the higher threshold, then the smaller id. Null when none applies.
 * @example bestPromotion([{ minAmountCents: 10000, bonusCents: 2000, … }], { amountCents: 10000, storeId, at }) // { promotionId, bonusCents: 2000 }
 */
export function bestPromotion(
  promotions: PromotionRule[],
  topUp: { amountCents: number; storeId: string; at: Date },
): { promotionId: string; bonusCents: number } | null {
  const t = topUp.at.getTime();
  let best: { p: PromotionRule; bonus: number } | null = null;
  for (const p of promotions) {
    if (!p.active || p.minAmountCents > topUp.amountCents) continue;
    if (p.storeId !== null && p.storeId !== topUp.storeId) continue;
    if ((p.validFrom && p.validFrom.getTime() > t) || (p.validUntil && p.validUntil.getTime() <= t)) continue;
    const bonus = promotionBonus(p, topUp.amountCents);
    if (bonus <= 0) continue;
    const better =
      !best ||
      bonus > best.bonus ||
      (bonus === best.bonus && (p.minAmountCents > best.p.minAmountCents || (p.minAmountCents === best.p.minAmountCents && p.id < best.p.id)));
    if (better) best = { p, bonus };
  }
  return best ? { promotionId: best.p.id, bonusCents: best.bonus } : null;
}
