import { describe, expect, it } from 'vitest';
import { decideTier, qualifiedTier, type TierSpec } from './tier-decision';

const tiers: TierSpec[] = [
  { id: 'basic', code: 'basic', rank: 0, minSpendCents: 0, minVisits: 0, qualify: 'any' },
  { id: 'silver', code: 'silver', rank: 1, minSpendCents: 100_000, minVisits: 10, qualify: 'any' },
  { id: 'gold', code: 'gold', rank: 2, minSpendCents: 500_000, minVisits: 30, qualify: 'all' },
];
const now = new Date('2026-06-01T00:00:00Z');
const later = (days: number) => new Date(now.getTime() + days * 86_400_000);

describe('qualifiedTier', () => {
  it.each([
    [{ spendCents: 0, visits: 0 }, 'basic'],
    [{ spendCents: 100_000, visits: 0 }, 'silver'],
    [{ spendCents: 0, visits: 10 }, 'silver'],
    [{ spendCents: 500_000, visits: 29 }, 'silver'],
    [{ spendCents: 500_000, visits: 30 }, 'gold'],
  ])('%o → %s', (activity, code) => expect(qualifiedTier(tiers, activity)?.code).toBe(code));
});

describe('decideTier', () => {
  it.each([
    ['assigns the qualified tier to a member without one', { spendCents: 0, visits: 0 }, null, 0, 'assign', 'basic'],
    ['upgrades at once', { spendCents: 100_000, visits: 0 }, { tierId: 'basic', heldUntil: later(200) }, 0, 'upgrade', 'silver'],
    ['keeps a higher tier before its period ends', { spendCents: 0, visits: 0 }, { tierId: 'gold', heldUntil: later(1) }, 0, 'none', undefined],
    ['keeps it through the grace period', { spendCents: 0, visits: 0 }, { tierId: 'gold', heldUntil: later(-5) }, 30, 'none', undefined],
    ['downgrades after the period and grace', { spendCents: 100_000, visits: 0 }, { tierId: 'gold', heldUntil: later(-31) }, 30, 'downgrade', 'silver'],
    ['downgrades to the tier still qualified for, not one step', { spendCents: 0, visits: 0 }, { tierId: 'gold', heldUntil: later(-1) }, 0, 'downgrade', 'basic'],
    ['extends a re-qualified tier', { spendCents: 100_000, visits: 0 }, { tierId: 'silver', heldUntil: later(10) }, 0, 'extend', 'silver'],
  ] as const)('%s', (_name, activity, held, grace, action, tierId) => {
    const d = decideTier(tiers, activity, held, now, grace);
    expect(d.action).toBe(action);
    if (d.action !== 'none') {
      expect(d.tierId).toBe(tierId);
      expect(d.heldUntil.toISOString()).toBe('2027-06-01T00:00:00.000Z');
    }
  });

  it('drops a member to no tier when none qualifies', () => {
    const noBase = tiers.filter((t) => t.id !== 'basic');
    expect(decideTier(noBase, { spendCents: 0, visits: 0 }, { tierId: 'silver', heldUntil: later(-1) }, now, 0)).toMatchObject({ action: 'downgrade', tierId: null });
  });
});
