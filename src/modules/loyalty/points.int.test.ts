import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runExpiry } from './expiry.service';
import { loyaltyKit, recharge, type Kit } from './loyalty.test-kit';

let k: Kit;
beforeAll(async () => {
  k = await loyaltyKit('2026-06-01T00:00:00Z');
  await k.api('POST', '/loyalty/rules', { name: '1 point per yuan', kind: 'per_amount', points: 1, unitCents: 100 });
});
afterAll(async () => k.t.close());

const adjust = (id: string, points: number, reason: string, headers = k.admin) => k.api('POST', `/members/${id}/points/adjust`, { points, reason }, headers);

describe('points expiry', () => {
  it('expires lots FIFO after the redemptions that consumed the oldest first', async () => {
    await k.api('PATCH', '/loyalty/settings', { expiryPolicy: 'months', expiryMonths: 6 });
    const id = await k.member('Expiring');
    // Points count from when the recharge happened: lots A, B, C expire 6 months after it.
    await k.ingest([
      recharge(id, 100, new Date('2026-01-10T10:00:00Z')), // lot A: 100, expires 2026-07-10
      recharge(id, 50, new Date('2026-03-10T10:00:00Z')), // lot B: 50, expires 2026-09-10
      recharge(id, 30, new Date('2026-05-10T10:00:00Z')), // lot C: 30, expires 2026-11-10
    ]);
    await k.earn();
    // A redemption of 120 takes all of A and 20 of B.
    const reward = await k.api('POST', '/loyalty/rewards', { kind: 'gift', name: 'Energy drink', pointsCost: 120, stock: 5 });
    const redeemed = await k.api('POST', `/members/${id}/rewards/redeem`, { rewardId: reward.json().id, storeId: k.storeId });
    expect([redeemed.statusCode, redeemed.json().balance]).toEqual([200, 60]);

    expect(await runExpiry(k.t.deps, new Date('2026-07-10T10:00:00Z'))).toMatchObject({ points: 0 });
    const loyalty = (await k.api('GET', `/members/${id}/loyalty`)).json();
    expect(loyalty.balance).toBe(60);

    expect(await runExpiry(k.t.deps, new Date('2026-09-10T10:00:01Z'))).toMatchObject({ points: 30, lots: 1 });
    expect(await k.balance(id)).toBe(30);
    // Running it again expires nothing more.
    expect(await runExpiry(k.t.deps, new Date('2026-09-10T10:00:01Z'))).toMatchObject({ points: 0 });
    expect(await runExpiry(k.t.deps, new Date('2026-11-10T10:00:00Z'))).toMatchObject({ points: 30 });
    expect(await k.balance(id)).toBe(0);
    const kinds = (await k.api('GET', `/members/${id}/points`)).json().items.map((e: { kind: string; delta: number; balanceAfter: number }) => [e.kind, e.delta, e.balanceAfter]);
    expect(kinds.filter((x: [string]) => x[0] === 'expire')).toEqual([
      ['expire', -30, 0],
      ['expire', -30, 30],
    ]);
    const [sum] = await k.t.deps.database.query<{ lots: string; balance: string }>(
      `select (select coalesce(sum(remaining), 0) from points_lots where customer_id = $1)::text as lots, (select balance from points_balances where customer_id = $1)::text as balance`,
      [id],
    );
    expect(sum).toEqual({ lots: '0', balance: '0' });
  });

  it('shows points expiring within 60 days on the member view', async () => {
    await k.api('PATCH', '/loyalty/settings', { expiryPolicy: 'months', expiryMonths: 1 });
    const id = await k.member('Soon');
    await adjust(id, 40, 'welcome');
    const view = (await k.api('GET', `/members/${id}/loyalty`)).json();
    const inAMonth = k.clock.now();
    inAMonth.setUTCMonth(inAMonth.getUTCMonth() + 1);
    expect(view.expiringSoon).toEqual([{ points: 40, expiresAt: inAMonth.toISOString() }]);
  });
});

describe('manual adjustments', () => {
  it('adds and removes points with a reason, audited, never below zero', async () => {
    const id = await k.member('Adjusted');
    expect((await adjust(id, 100, 'compensation for outage')).json().balance).toBe(100);
    expect((await adjust(id, -30, 'wrong award')).json().balance).toBe(70);
    const tooMuch = await adjust(id, -500, 'oops');
    expect([tooMuch.statusCode, tooMuch.json().code, tooMuch.json().balance]).toEqual([409, 'points_insufficient', 70]);
    const noReason = await adjust(id, 10, '');
    expect([noReason.statusCode, noReason.json().code]).toEqual([400, 'validation_failed']);
    const zero = await adjust(id, 0, 'nothing');
    expect([zero.statusCode, zero.json().code]).toEqual([400, 'points_invalid_adjustment']);
    const audits = await k.t.deps.database.query<{ details: { points: number; reason: string } }>(
      `select details from audit_log where action = 'loyalty.points_adjusted' and target_id = $1 order by at, id`,
      [id],
    );
    expect(audits.map((a) => [a.details.points, a.details.reason])).toEqual([[100, 'compensation for outage'], [-30, 'wrong award']]);
  });

  it('answers 404 for an unknown member and 403 without points:adjust', async () => {
    const unknown = await adjust('00000000-0000-7000-8000-000000000000', 10, 'x');
    expect([unknown.statusCode, unknown.json().code]).toEqual([404, 'customer_not_found']);
    const id = await k.member('Guarded');
    const staff = await k.as('store_staff', k.storeId);
    const res = await adjust(id, 10, 'friend', staff);
    expect([res.statusCode, res.json().code]).toEqual([403, 'forbidden']);
  });
});

describe('rewards', () => {
  it('never sells more than the stock, even to concurrent redemptions', async () => {
    const reward = (await k.api('POST', '/loyalty/rewards', { kind: 'gift', name: 'Headset', pointsCost: 10, stock: 3 })).json();
    const members = await Promise.all([1, 2, 3, 4, 5].map((n) => k.member(`Fan ${n}`)));
    for (const id of members) await adjust(id, 50, 'seed');
    const results = await Promise.all(members.map((id) => k.api('POST', `/members/${id}/rewards/redeem`, { rewardId: reward.id, storeId: k.storeId })));
    const codes = results.map((r) => r.statusCode).sort();
    expect(codes).toEqual([200, 200, 200, 409, 409]);
    expect(results.filter((r) => r.statusCode === 409).map((r) => r.json().code)).toEqual(['reward_out_of_stock', 'reward_out_of_stock']);
    const list = (await k.api('GET', '/loyalty/rewards')).json().items;
    expect(list.find((r: { id: string }) => r.id === reward.id).stock).toBe(0);
  });

  it('refuses a redemption without enough points and keeps the stock', async () => {
    const reward = (await k.api('POST', '/loyalty/rewards', { kind: 'gift', name: 'Mouse pad', pointsCost: 500, stock: 1 })).json();
    const id = await k.member('Poor');
    await adjust(id, 100, 'seed');
    const res = await k.api('POST', `/members/${id}/rewards/redeem`, { rewardId: reward.id, storeId: k.storeId });
    expect([res.statusCode, res.json().code]).toEqual([409, 'points_insufficient']);
    expect((await k.api('GET', '/loyalty/rewards')).json().items.find((r: { id: string }) => r.id === reward.id).stock).toBe(1);
    expect(await k.balance(id)).toBe(100);
  });

  it('keeps store staff at their own store and makes chain roles name one', async () => {
    const reward = (await k.api('POST', '/loyalty/rewards', { kind: 'gift', name: 'Sticker', pointsCost: 1 })).json();
    const id = await k.member('Scoped');
    await adjust(id, 10, 'seed');
    const other = (await k.api('POST', '/stores', { code: 'S-other', name: 'Other' })).json().id;
    const staff = await k.as('store_staff', k.storeId);
    const elsewhere = await k.api('POST', `/members/${id}/rewards/redeem`, { rewardId: reward.id, storeId: other }, staff);
    expect([elsewhere.statusCode, elsewhere.json().code]).toEqual([403, 'store_scope']);
    const own = await k.api('POST', `/members/${id}/rewards/redeem`, { rewardId: reward.id }, staff);
    expect(own.statusCode).toBe(200);
    const noStore = await k.api('POST', `/members/${id}/rewards/redeem`, { rewardId: reward.id });
    expect([noStore.statusCode, noStore.json().code]).toEqual([400, 'store_required']);
    // Staff read any member chain-wide but cannot configure the catalog.
    expect((await k.api('GET', `/members/${id}/loyalty`, undefined, staff)).statusCode).toBe(200);
    expect((await k.api('POST', '/loyalty/rewards', { kind: 'gift', name: 'x', pointsCost: 1 }, staff)).statusCode).toBe(403);
  });
});

describe('cash-up and the points report', () => {
  it('adds points issued and redeemed at the store to the daily cash-up', async () => {
    const reward = (await k.api('POST', '/loyalty/rewards', { kind: 'gift', name: 'Keychain', pointsCost: 25 })).json();
    const id = await k.member('Cash-up');
    await k.api('POST', `/members/${id}/points/adjust`, { points: 100, reason: 'seed', storeId: k.storeId });
    await k.api('POST', `/members/${id}/rewards/redeem`, { rewardId: reward.id, storeId: k.storeId });
    const day = k.clock.now().toISOString().slice(0, 10);
    const res = await k.api('GET', `/ledgers/cash-up?storeId=${k.storeId}&date=${day}`);
    expect(res.statusCode).toBe(200);
    expect(res.json().sections.points).toEqual({ issued: expect.any(Number), redeemed: expect.any(Number) });
    expect(res.json().sections.points.redeemed).toBeGreaterThanOrEqual(25);
    const manager = await k.as('store_manager', k.storeId);
    const from = `${day}T00:00:00Z`;
    const to = new Date(Date.parse(from) + 86_400_000).toISOString();
    const report = await k.api('GET', `/loyalty/reports/points?from=${from}&to=${to}`, undefined, manager);
    expect(report.statusCode).toBe(200);
    expect(report.json().items.every((r: { storeId: string }) => r.storeId === k.storeId)).toBe(true);
    const other = await k.api('GET', `/loyalty/reports/points?from=${from}&to=${to}&storeId=00000000-0000-7000-8000-000000000009`, undefined, manager);
    expect([other.statusCode, other.json().code]).toEqual([403, 'store_scope']);
  });
});
