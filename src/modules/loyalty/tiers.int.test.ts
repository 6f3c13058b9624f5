import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EventEnvelope } from '../../platform/bus/events';
import { loyaltyKit, recharge, visit, type Kit } from './loyalty.test-kit';
import { memberTier } from './member-tier';
import { evaluateTiers } from './tier-evaluation';

let k: Kit;
const changes: EventEnvelope<'tier.changed'>[] = [];
beforeAll(async () => {
  k = await loyaltyKit('2026-01-15T10:00:00Z');
  await k.api('PATCH', '/loyalty/settings', { tierGraceDays: 30 });
  await k.api('POST', '/loyalty/tiers', { code: 'silver', name: 'Silver', rank: 1, minSpendCents: 50_000, minVisits: 10, rateDiscountPct: 5 });
  await k.api('POST', '/loyalty/tiers', { code: 'gold', name: 'Gold', rank: 2, minSpendCents: 200_000, rateDiscountPct: 10, pointsMultiplier: 2, priorityService: true });
  k.t.deps.bus.subscribe('tier.changed', (e) => {
    changes.push(e);
  });
});
afterAll(async () => k.t.close());

const tierOf = async (id: string) => (await memberTier(k.t.deps.database.db, id))?.code ?? null;
const waitForBus = () => new Promise((r) => setTimeout(r, 50));

describe('tiers', () => {
  it('upgrades at once when an event lifts 12-month spend over a threshold, and publishes priority service', async () => {
    const id = await k.member('Climber');
    await k.ingest([recharge(id, 600, k.clock.now())]);
    await k.earn();
    expect(await tierOf(id)).toBe('silver');
    await k.ingest([recharge(id, 1500, k.clock.now())]);
    await k.earn();
    expect(await memberTier(k.t.deps.database.db, id)).toMatchObject({ code: 'gold', rateDiscountPct: 10, pointsMultiplier: 2, priorityService: true });
    await waitForBus();
    expect(changes.filter((c) => c.payload.customerId === id).map((c) => [c.payload.from, c.payload.to, c.payload.priorityService])).toEqual([
      [null, 'silver', false],
      ['silver', 'gold', true],
    ]);
  });

  it('qualifies by visit frequency too', async () => {
    const id = await k.member('Regular');
    await k.ingest(Array.from({ length: 10 }, (_, i) => visit(id, k.storeId, new Date(k.clock.now().getTime() - i * 86_400_000))));
    await k.earn();
    expect(await tierOf(id)).toBe('silver');
  });

  it('holds a tier for a year after the member last qualified, plus the grace period, then downgrades', async () => {
    const id = await k.member('Lapsed');
    await k.ingest([recharge(id, 2000, k.clock.now())]);
    await k.earn();
    expect(await tierOf(id)).toBe('gold');
    // December: the January spend is still in the 12-month window, so gold is held until 2027-12-20.
    k.clock.set('2026-12-20T10:00:00Z');
    await evaluateTiers(k.t.deps);
    expect(await tierOf(id)).toBe('gold');
    // March 2027: no longer qualifying, but the tier is held.
    k.clock.set('2027-03-01T10:00:00Z');
    await evaluateTiers(k.t.deps);
    expect(await tierOf(id)).toBe('gold');
    // Past 2027-12-20 but inside the 30 days of grace.
    k.clock.set('2028-01-18T10:00:00Z');
    await evaluateTiers(k.t.deps);
    expect(await tierOf(id)).toBe('gold');
    k.clock.set('2028-01-20T10:00:00Z');
    await evaluateTiers(k.t.deps);
    expect(await tierOf(id)).toBeNull();
    await waitForBus();
    expect(changes.filter((c) => c.payload.customerId === id).map((c) => [c.payload.from, c.payload.to])).toEqual([
      [null, 'gold'],
      ['gold', null],
    ]);
  });

  it('lists tiers with their member counts and refuses to delete a tier in use', async () => {
    // By 2028 everyone above has lapsed; one new big spender holds gold.
    const id = await k.member('Newcomer');
    await k.ingest([recharge(id, 3000, k.clock.now())]);
    await k.earn();
    const tiers = (await k.api('GET', '/loyalty/tiers')).json().items;
    expect(tiers.map((t: { code: string; members: number }) => [t.code, t.members])).toEqual([
      ['silver', 0],
      ['gold', 1],
    ]);
    const gold = tiers.find((t: { code: string }) => t.code === 'gold');
    const del = await k.api('DELETE', `/loyalty/tiers/${gold.id}`);
    expect([del.statusCode, del.json().code]).toEqual([409, 'tier_in_use']);
    const dup = await k.api('POST', '/loyalty/tiers', { code: 'gold', name: 'Again', rank: 9 });
    expect([dup.statusCode, dup.json().code]).toEqual([409, 'tier_taken']);
  });
});
