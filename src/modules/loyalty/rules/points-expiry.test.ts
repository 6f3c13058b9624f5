import { describe, expect, it } from 'vitest';
import { consumeFifo, expiresAt } from './points-expiry';

describe('expiresAt', () => {
  it.each([
    [{ policy: 'never' } as const, '2026-03-01T10:00:00Z', null],
    [{ policy: 'end_of_next_year' } as const, '2026-03-01T10:00:00Z', '2028-01-01T00:00:00.000Z'],
    [{ policy: 'end_of_next_year' } as const, '2026-12-31T23:59:00Z', '2028-01-01T00:00:00.000Z'],
    [{ policy: 'months', months: 12 } as const, '2026-03-01T10:00:00Z', '2027-03-01T10:00:00.000Z'],
    [{ policy: 'months', months: 1 } as const, '2026-01-31T10:00:00Z', '2026-02-28T10:00:00.000Z'],
    [{ policy: 'months', months: 6 } as const, '2026-08-31T00:00:00Z', '2027-02-28T00:00:00.000Z'],
  ])('%o from %s → %s', (policy, earned, out) => {
    expect(expiresAt(policy, new Date(earned))?.toISOString() ?? null).toBe(out);
  });
});

describe('consumeFifo', () => {
  const lots = [{ id: 'a', remaining: 5 }, { id: 'b', remaining: 0 }, { id: 'c', remaining: 10 }];
  it.each([
    [3, [{ id: 'a', take: 3 }], 0],
    [5, [{ id: 'a', take: 5 }], 0],
    [8, [{ id: 'a', take: 5 }, { id: 'c', take: 3 }], 0],
    [15, [{ id: 'a', take: 5 }, { id: 'c', take: 10 }], 0],
    [20, [{ id: 'a', take: 5 }, { id: 'c', take: 10 }], 5],
    [0, [], 0],
  ])('takes %i', (amount, takes, short) => expect(consumeFifo(lots, amount)).toEqual({ takes, short }));
});
