import type { LocalMinute } from './local-time';
import { rateAt, type ZoneRates } from './minute-rate';
import type { PricedMinute } from './session-draw';

/**
 * The `count` minutes starting at `fromMs`, each with its store-local time and rate.
 * @example priceMinutes(Date.parse('2026-01-02T13:58:00Z'), 4, localClock('Asia/Shanghai'), rates)
 */
export function priceMinutes(fromMs: number, count: number, toLocal: (ms: number) => LocalMinute, rates: ZoneRates): PricedMinute[] {
  const out: PricedMinute[] = [];
  for (let i = 0; i < count; i++) {
    const startMs = fromMs + i * 60_000;
    const local = toLocal(startMs);
    out.push({ startMs, local, centsPerHour: rateAt(rates, local) });
  }
  return out;
}

/** Whole minutes between two instants (floor; never negative). */
export function wholeMinutesBetween(fromMs: number, toMs: number): number {
  return Math.max(0, Math.floor((toMs - fromMs) / 60_000));
}
