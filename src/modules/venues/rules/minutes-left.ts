import type { LocalMinute } from './local-time';
import type { ZoneRates } from './minute-rate';
import { priceMinutes } from './minute-plan';
import { drawMinutes, type DrawInput } from './session-draw';

/** The prediction looks this far ahead at most (24 hours). */
export const PREDICTION_CAP_MINUTES = 24 * 60;

/**
 * How many minutes from `fromMs` the balances pay at the rates ahead (capped at 24 h), using
 * the same draw as charging so the prediction and the charge never disagree.
 * @example predictMinutesLeft({ fromMs, toLocal, rates, zoneId, discountPct: 0, remainder: 0, cashCents: 100, bonusCents: 0, packages: [], order }) // 10 at 600 cents/hour
 */
export function predictMinutesLeft(
  input: Omit<DrawInput, 'minutes'> & { fromMs: number; toLocal: (ms: number) => LocalMinute; rates: ZoneRates; cap?: number },
): number {
  const cap = input.cap ?? PREDICTION_CAP_MINUTES;
  const minutes = priceMinutes(input.fromMs, cap, input.toLocal, input.rates);
  return drawMinutes({ ...input, minutes }).paidMinutes;
}
