export interface TierSpec {
  id: string;
  code: string;
  rank: number;
  minSpendCents: number;
  minVisits: number;
  qualify: 'any' | 'all';
}

export interface Activity {
  spendCents: number;
  visits: number;
}

export interface HeldTier {
  tierId: string;
  heldUntil: Date;
}

export type TierDecision =
  | { action: 'none' }
  | { action: 'assign' | 'upgrade' | 'downgrade'; tierId: string | null; heldUntil: Date }
  | { action: 'extend'; tierId: string; heldUntil: Date };

const YEAR_MS = 365 * 24 * 3600_000;

/** Whether 12-month activity reaches a tier's thresholds (a zero threshold is always met). */
export function qualifies(t: TierSpec, a: Activity): boolean {
  const spend = a.spendCents >= t.minSpendCents;
  const visits = a.visits >= t.minVisits;
  if (t.qualify === 'all') return spend && visits;
  // `any` with one threshold at zero would make everyone qualify: only the set thresholds count.
  const set = [t.minSpendCents > 0 ? spend : null, t.minVisits > 0 ? visits : null].filter((x) => x !== null);
  return set.length === 0 || set.some(Boolean);
}

/** The highest-ranked tier the activity qualifies for, or null. */
export function qualifiedTier(tiers: TierSpec[], a: Activity): TierSpec | null {
  return [...tiers].sort((x, y) => y.rank - x.rank).find((t) => qualifies(t, a)) ?? null;
}

/**
 * What to do with a member's tier: upgrade at once; a tier re-qualified for (or higher) is held
 * for another year from now; a downgrade waits until `heldUntil` + grace has passed, then drops
 * to the tier the activity qualifies for (or none).
 * @example decideTier(tiers, { spendCents: 500000, visits: 0 }, { tierId: silver, heldUntil }, now, 0) // { action: 'upgrade', tierId: gold, … }
 */
export function decideTier(tiers: TierSpec[], a: Activity, held: HeldTier | null, now: Date, graceDays: number): TierDecision {
  const target = qualifiedTier(tiers, a);
  const nextYear = new Date(now.getTime() + YEAR_MS);
  const current = held ? tiers.find((t) => t.id === held.tierId) ?? null : null;
  if (!held) return target ? { action: 'assign', tierId: target.id, heldUntil: nextYear } : { action: 'none' };
  if (target && (!current || target.rank > current.rank)) return { action: 'upgrade', tierId: target.id, heldUntil: nextYear };
  if (target && current && target.rank === current.rank) {
    return nextYear.getTime() > held.heldUntil.getTime() ? { action: 'extend', tierId: current.id, heldUntil: nextYear } : { action: 'none' };
  }
  const graceEnd = held.heldUntil.getTime() + graceDays * 24 * 3600_000;
  if (now.getTime() < graceEnd) return { action: 'none' };
  return { action: 'downgrade', tierId: target?.id ?? null, heldUntil: nextYear };
}
