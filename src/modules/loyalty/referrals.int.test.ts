import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runEarning } from './earning.service';
import { loyaltyKit, recharge, type Kit } from './loyalty.test-kit';

let k: Kit;
beforeAll(async () => {
  k = await loyaltyKit('2026-06-01T10:00:00Z');
  await k.api('PATCH', '/loyalty/settings', { referrerPoints: 300, refereePoints: 100, referralThresholdCents: 5000, referralWindowDays: 30 });
});
afterAll(async () => k.t.close());

const codeOf = async (id: string) => (await k.api('GET', `/members/${id}/referral-code`)).json().code as string;
const link = (refereeId: string, code: string) => k.api('POST', `/members/${refereeId}/referral`, { code });

describe('referrals', () => {
  it('makes one code per member on first ask', async () => {
    const id = await k.member('Asker');
    const code = await codeOf(id);
    expect(code).toMatch(/^[3-9A-Z]{4}-[3-9A-Z]{4}$/);
    expect(await codeOf(id)).toBe(code);
  });

  it('rewards referrer and referee exactly once, at the first recharge reaching the threshold', async () => {
    const referrer = await k.member('Referrer');
    const referee = await k.member('Referee');
    const linked = await link(referee, (await codeOf(referrer)).toLowerCase());
    expect([linked.statusCode, linked.json().status]).toEqual([201, 'pending']);
    // Below the threshold: nothing yet.
    await k.ingest([recharge(referee, 20, k.clock.now())]);
    await k.earn();
    expect(await k.balance(referrer)).toBe(0);
    // Two qualifying recharges in one page, and earning run twice.
    await k.ingest([recharge(referee, 50, k.clock.now()), recharge(referee, 80, k.clock.now())]);
    await k.earn();
    await k.t.deps.database.query('update loyalty_cursor set last_event_id = null');
    await runEarning(k.t.deps);
    expect(await k.balance(referrer)).toBe(300);
    expect(await k.balance(referee)).toBe(100);
    const view = (await k.api('GET', `/members/${referrer}/loyalty`)).json();
    expect(view.referral).toMatchObject({ invited: 1, qualified: 1, rewarded: 1 });
    expect((await k.api('GET', `/members/${referee}/loyalty`)).json().referral.referredBy).toBe(referrer);
  });

  it('links a member only once', async () => {
    const a = await k.member('A');
    const b = await k.member('B');
    const n = await k.member('New');
    expect((await link(n, await codeOf(a))).statusCode).toBe(201);
    const again = await link(n, await codeOf(b));
    expect([again.statusCode, again.json().code]).toEqual([409, 'referral_already_linked']);
  });

  it('refuses self-referral, a shared device, an unknown code and a member registered too long ago', async () => {
    const referrer = await k.member('Cheater');
    const code = await codeOf(referrer);
    expect((await link(referrer, code)).json().code).toBe('referral_self');
    const alt = await k.member('Alt account');
    const login = (id: string, n: number) => ({ id: `login-${id}-${n}`, type: 'login', occurredAt: k.clock.now().toISOString(), customer: { customerId: id }, data: { device: 'PC-07' } });
    await k.ingest([login(referrer, 1), login(alt, 1)]);
    expect((await link(alt, code)).json().code).toBe('referral_same_device');
    expect((await link(alt, 'ZZZZ-ZZZZ')).json().code).toBe('referral_code_not_found');
    const old = await k.member('Old timer', { registeredAt: '2026-01-01T00:00:00Z' });
    const late = await link(old, code);
    expect([late.statusCode, late.json().code]).toEqual([422, 'referral_too_late']);
  });
});
