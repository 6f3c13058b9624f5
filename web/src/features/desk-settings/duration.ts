import type { TFunction } from 'i18next';

export const durationUnits = ['s', 'min', 'h', 'd'] as const;
export type DurationUnit = (typeof durationUnits)[number];
export const unitSeconds: Record<DurationUnit, number> = { s: 1, min: 60, h: 3600, d: 86_400 };

/** The API's limit for one target: a year of business time. */
export const MAX_TARGET_S = 365 * 86_400;

/**
 * Seconds → the largest unit that holds them whole, keeping hours up to two weeks (SLA targets read
 * as "72 h" rather than "3 d").
 * @example splitDuration(1800) → { amount: 30, unit: 'min' }; splitDuration(259200) → { amount: 72, unit: 'h' }
 */
export function splitDuration(seconds: number): { amount: number; unit: DurationUnit } {
  if (seconds % 86_400 === 0 && seconds >= 14 * 86_400) return { amount: seconds / 86_400, unit: 'd' };
  if (seconds % 3600 === 0) return { amount: seconds / 3600, unit: 'h' };
  if (seconds % 60 === 0) return { amount: seconds / 60, unit: 'min' };
  return { amount: seconds, unit: 's' };
}

/** A target in words: "30 s", "2 min", "24 h", "1 h 30 min"; "—" when there is none. */
export function formatDuration(t: TFunction, seconds: number | null): string {
  if (seconds === null) return t('deskSettings.sla.noTarget');
  const whole = splitDuration(seconds);
  if (whole.unit !== 's' || seconds < 60) return t(`deskSettings.units.${whole.unit}`, { n: whole.amount });
  // Mixed minutes and seconds, or hours and minutes: both parts.
  const big: DurationUnit = seconds >= 3600 ? 'h' : 'min';
  const small: DurationUnit = big === 'h' ? 'min' : 's';
  const a = Math.floor(seconds / unitSeconds[big]);
  const b = Math.round((seconds - a * unitSeconds[big]) / unitSeconds[small]);
  return `${t(`deskSettings.units.${big}`, { n: a })} ${t(`deskSettings.units.${small}`, { n: b })}`;
}
