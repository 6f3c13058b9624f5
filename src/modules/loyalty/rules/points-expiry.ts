/** never | months (N months after earning) | end_of_next_year (31 December of the following year, UTC). */
export type ExpiryPolicy = { policy: 'never' } | { policy: 'months'; months: number } | { policy: 'end_of_next_year' };

/**
 * When points earned at `earnedAt` expire, or null when they never do.
 * @example expiresAt({ policy: 'end_of_next_year' }, new Date('2026-03-01Z')) // 2028-01-01T00:00:00Z (the end of 2027)
 */
export function expiresAt(p: ExpiryPolicy, earnedAt: Date): Date | null {
  switch (p.policy) {
    case 'never':
      return null;
    case 'end_of_next_year':
      return new Date(Date.UTC(earnedAt.getUTCFullYear() + 2, 0, 1));
    case 'months': {
      const d = new Date(earnedAt);
      const day = d.getUTCDate();
      d.setUTCDate(1);
      d.setUTCMonth(d.getUTCMonth() + p.months);
      const last = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
      d.setUTCDate(Math.min(day, last));
      return d;
    }
  }
}

export interface Lot {
  id: string;
  remaining: number;
}

/**
 * Takes `amount` points from lots given oldest first; answers what to take from each lot and
 * how much could not be covered.
 * @example consumeFifo([{ id: 'a', remaining: 5 }, { id: 'b', remaining: 10 }], 8) // { takes: [{ id: 'a', take: 5 }, { id: 'b', take: 3 }], short: 0 }
 */
export function consumeFifo(lots: Lot[], amount: number): { takes: { id: string; take: number }[]; short: number } {
  const takes: { id: string; take: number }[] = [];
  let left = amount;
  for (const lot of lots) {
    if (left <= 0) break;
    const take = Math.min(lot.remaining, left);
    if (take > 0) takes.push({ id: lot.id, take });
    left -= take;
  }
  return { takes, short: left };
}
