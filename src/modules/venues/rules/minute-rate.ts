import type { LocalMinute } from './local-time';
import { weeklyWindowCovers } from './time-window';

/** One rate window of a zone, times as minutes after local midnight. */
export interface RateWindow {
  days: readonly number[];
  start: number;
  end: number;
  centsPerHour: number;
}

/** A zone's rates: the base rate and its windows. */
export interface ZoneRates {
  baseCentsPerHour: number;
  windows: readonly RateWindow[];
}

/**
 * The hourly rate of one local minute: the cheapest window covering it, else the base rate.
 * Cheapest wins so overlapping windows never depend on the order they were entered in.
 * @example rateAt({ baseCentsPerHour: 800, windows: [{ days: [5, 6], start: 1320, end: 480, centsPerHour: 500 }] }, { day: 6, minute: 60 }) // 500
 */
export function rateAt(rates: ZoneRates, at: LocalMinute): number {
  let best: number | null = null;
  for (const w of rates.windows) {
    if (weeklyWindowCovers(w, at) && (best === null || w.centsPerHour < best)) best = w.centsPerHour;
  }
  return best ?? rates.baseCentsPerHour;
}
