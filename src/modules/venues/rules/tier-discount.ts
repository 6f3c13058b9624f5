/** Units of value per cent: rate (cents/hour) × percent payable (0–100) per minute = 1/6000 cent. */
export const UNITS_PER_CENT = 6000;

/** A tier's rate discount as a whole percent 0–100 (missing, fractional or out of range values are clamped). */
export function discountPct(tierDiscount: number | null | undefined): number {
  if (tierDiscount == null || !Number.isFinite(tierDiscount)) return 0;
  return Math.min(100, Math.max(0, Math.floor(tierDiscount)));
}

/**
 * The exact value of one minute at an hourly rate after a discount, in 1/6000 cent, so
 * summing minutes and dividing once loses and invents nothing.
 * @example minuteValue(600, 10) // 600 × 90 = 54000 units = 9 cents
 */
export function minuteValue(centsPerHour: number, pct: number): number {
  return centsPerHour * (100 - pct);
}
