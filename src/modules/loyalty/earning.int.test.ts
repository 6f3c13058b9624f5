import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runEarning } from './earning.service';
import { loyaltyKit, recharge, visit, type Kit } from './loyalty.test-kit';

let k: Kit;
beforeAll(async () => {
  k = await loyaltyKit('2026-06-01T10:00:00Z');
  const rule = await k.api('POST', '/loyalty/rules', { name: '1 point per yuan', kind: 'per_amount', points: 1, unitCents: 100 });
  expect(rule.statusCode).toBe(201);
  await k.api('POST', '/loyalty/rules', { name: 'First visit', kind: 'first_visit', points: 50 });
  await k.api('POST', '/loyalty/rules', { name: 'Play', kind: 'per_hour', points: 10, maxPerDay: 40 });
});
afterAll(async () => k.t.close());

const now = () => k.clock.now();

describe('earning from the events stream', () => {
  it('earns 1 point per yuan of a paid recharge, once, however often earning runs', async () => {
    const id = await k.member('Payer');
    await k.ingest([recharge(id, 68.5, now()), recharge(id, 10, now(), { status: 'failed' })]);
    expect((await k.earn()).points).toBe(68);
    expect(await k.earn()).toEqual({ events: 0, points: 0 });
    expect(await k.balance(id)).toBe(68);
    // Even with the cursor reset, the source keys stop a second award.
    await k.t.deps.database.query('update loyalty_cursor set last_event_id = null');
    expect((await runEarning(k.t.deps)).points).toBe(0);
    expect(await k.balance(id)).toBe(68);
    const entries = (await k.api('GET', `/members/${id}/points`)).json();
    expect(entries.items).toHaveLength(1);
    expect(entries.items[0]).toMatchObject({ kind: 'earn', delta: 68, balanceAfter: 68 });
  });

  it('waits 10 seconds before reading fresh events, so a committing ingest is not skipped', async () => {
    const id = await k.member('Fresh');
    await k.ingest([recharge(id, 20, now())]);
    k.clock.advance(5_000);
    expect((await runEarning(k.t.deps)).events).toBe(0);
    k.clock.advance(6_000);
    expect((await runEarning(k.t.deps)).points).toBe(20);
  });

  it('earns from a wallet top-up recorded at a store, and reverses a refund in proportion', async () => {
    const id = await k.member('Refunder');
    await k.ingest([recharge(id, 100, now(), { orderId: 'topup:r1', storeId: k.storeId })]);
    await k.earn();
    await k.ingest([recharge(id, 40, now(), { orderId: 'topup:r1', status: 'refunded', storeId: k.storeId })]);
    await k.earn();
    expect(await k.balance(id)).toBe(60);
    const kinds = (await k.api('GET', `/members/${id}/points`)).json().items.map((e: { kind: string; delta: number }) => [e.kind, e.delta]);
    expect(kinds).toEqual([['reverse', -40], ['earn', 100]]);
  });

  it('gives the first visit bonus once ever and caps play time per day', async () => {
    const id = await k.member('Visitor');
    await k.ingest([visit(id, k.storeId, now()), visit(id, k.storeId, now())]);
    await k.ingest([
      { id: `ps-${id}-1`, type: 'play_session', occurredAt: now().toISOString(), customer: { customerId: id }, data: { game: 'lol', durationSeconds: 3 * 3600 } },
      { id: `ps-${id}-2`, type: 'play_session', occurredAt: now().toISOString(), customer: { customerId: id }, data: { game: 'lol', durationSeconds: 2 * 3600 } },
    ]);
    await k.earn();
    // 50 for the first visit; 30 + 10 (the daily cap of 40) for play.
    expect(await k.balance(id)).toBe(90);
  });

  it('multiplies by the tier and a running campaign', async () => {
    await k.api('POST', '/loyalty/tiers', { code: 'vip', name: 'VIP', rank: 1, minSpendCents: 100_000, pointsMultiplier: 1.5 });
    const c = await k.api('POST', '/loyalty/campaigns', { name: 'Double', startsAt: '2026-06-01T00:00:00Z', endsAt: '2026-07-01T00:00:00Z', factor: 2, eventTypes: ['recharge'] });
    expect(c.statusCode).toBe(201);
    const id = await k.member('Whale');
    await k.ingest([recharge(id, 1000, now())]);
    await k.earn();
    // The first 1000 earns 2000 (no tier yet), and lifts the member to VIP.
    expect(await k.balance(id)).toBe(2000);
    expect((await k.api('GET', `/members/${id}/loyalty`)).json().tier).toMatchObject({ code: 'vip', pointsMultiplier: 1.5 });
    await k.ingest([recharge(id, 10, now())]);
    await k.earn();
    expect(await k.balance(id)).toBe(2030);
  });
});
