import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn } from '../../../test/helpers/auth';
import { createTestApp, type TestApp } from '../../../test/helpers/test-app';
import { FakeClock } from '../../platform/clock';
import { AppError } from '../../platform/http/app-error';
import { inTransaction } from '../../platform/db/unit-of-work';
import { drawForSession, grantPackageMinutes, lockSpendable, readSpendable } from './session-billing';
import * as repo from './wallet.repository';
import { postMoney } from './wallet-ledger';

let t: TestApp;
let admin: Record<string, string>;
let storeId: string;
const clock = new FakeClock('2026-03-01T10:00:00Z');

beforeAll(async () => {
  t = await createTestApp({ clock });
  admin = (await signIn(t, 'admin')).headers;
  const store = await t.app.inject({ method: 'POST', url: '/api/v1/stores', headers: admin, payload: { code: 'SB-1', name: 'Billing store' } });
  storeId = store.json().id;
});
afterAll(async () => t.close());

async function newCustomer(name: string): Promise<string> {
  const res = await t.app.inject({ method: 'POST', url: '/api/v1/customers', headers: admin, payload: { displayName: name } });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id;
}

/** Puts cash on the wallet directly through the ledger (top-ups have their own tests). */
async function fund(customerId: string, cashCents: number, bonusCents = 0) {
  await inTransaction(t.deps, async (tx, outbox) => {
    await lockSpendable(tx, customerId, clock.now());
    await postMoney(tx, outbox, { customerId, storeId, at: clock.now(), actor: 'test', reason: 'test' }, [
      { kind: 'adjustment', asset: 'cash', amount: cashCents },
      { kind: 'adjustment', asset: 'bonus', amount: bonusCents },
    ]);
  });
}

const draw = (customerId: string, d: { cashCents?: number; bonusCents?: number; packageMinutes?: { packageId: string; minutes: number }[] }, sessionId = crypto.randomUUID()) =>
  inTransaction(t.deps, (tx, outbox) =>
    drawForSession(tx, outbox, {
      customerId,
      storeId,
      sessionId,
      at: clock.now(),
      actor: 'system:sessions',
      draw: { cashCents: d.cashCents ?? 0, bonusCents: d.bonusCents ?? 0, packageMinutes: d.packageMinutes ?? [] },
    }),
  );

async function expectLedgerMatches(customerId: string) {
  const wallet = await repo.findWallet(t.deps.database.db, customerId);
  const sums = await repo.ledgerSums(t.deps.database.db, customerId);
  expect(sums).toEqual({ cash: wallet!.cashCents, bonus: wallet!.bonusCents });
}

describe('session billing', () => {
  it('answers an empty wallet for a new member and creates it when locked', async () => {
    const id = await newCustomer('新会员');
    expect(await readSpendable(t.deps.database.db, id, clock.now())).toEqual({ customerId: id, cashCents: 0, bonusCents: 0, packages: [], cardActive: true });
    const locked = await inTransaction(t.deps, (tx) => lockSpendable(tx, id, clock.now()));
    expect(locked.cashCents).toBe(0);
    expect(await repo.findWallet(t.deps.database.db, id)).toBeDefined();
  });

  it('draws package minutes, bonus and cash in one step with session_charge entries', async () => {
    const id = await newCustomer('夜猫子');
    await fund(id, 1000, 300);
    const { packageId } = await inTransaction(t.deps, (tx, outbox) =>
      grantPackageMinutes(tx, outbox, { customerId: id, storeId, minutes: 30, name: '免费半小时', reason: 'override: PC crashed', actor: 'user:x', at: clock.now() }),
    );
    const sessionId = crypto.randomUUID();
    const after = await draw(id, { packageMinutes: [{ packageId, minutes: 10 }], bonusCents: 100, cashCents: 250 }, sessionId);
    expect(after).toEqual({ cashCents: 750, bonusCents: 200 });
    const spendable = await readSpendable(t.deps.database.db, id, clock.now());
    expect(spendable.packages).toEqual([expect.objectContaining({ id: packageId, minutesLeft: 20, name: '免费半小时' })]);
    const entries = await t.deps.database.query<{ kind: string; asset: string; amount: string; reference: string }>(
      `select kind, asset, amount::text, reference from wallet_entries where customer_id = $1 and kind = 'session_charge' order by asset`,
      [id],
    );
    expect(entries).toEqual([
      { kind: 'session_charge', asset: 'bonus', amount: '-100', reference: sessionId },
      { kind: 'session_charge', asset: 'cash', amount: '-250', reference: sessionId },
      { kind: 'session_charge', asset: 'package', amount: '-10', reference: sessionId },
    ]);
    const grant = await t.deps.database.query<{ note: string }>(`select note from wallet_entries where customer_id = $1 and kind = 'package_grant'`, [id]);
    expect(grant).toEqual([{ note: 'override: PC crashed' }]);
    await expectLedgerMatches(id);
  });

  it('refuses a draw that would go negative and posts nothing, not even the package part', async () => {
    const id = await newCustomer('穷玩家');
    await fund(id, 50);
    const { packageId } = await inTransaction(t.deps, (tx, outbox) =>
      grantPackageMinutes(tx, outbox, { customerId: id, storeId, minutes: 5, name: 'gift', reason: 'test', actor: 'test', at: clock.now() }),
    );
    await expect(draw(id, { packageMinutes: [{ packageId, minutes: 5 }], cashCents: 51 })).rejects.toMatchObject({ code: 'insufficient_balance' });
    await expect(draw(id, { packageMinutes: [{ packageId, minutes: 6 }] })).rejects.toBeInstanceOf(AppError);
    // Even when the caller swallows the error and commits, nothing was written.
    await inTransaction(t.deps, async (tx, outbox) => {
      await drawForSession(tx, outbox, { customerId: id, storeId, sessionId: crypto.randomUUID(), at: clock.now(), actor: 't', draw: { packageMinutes: [{ packageId, minutes: 5 }], bonusCents: 1, cashCents: 0 } }).catch(() => null);
    });
    const s = await readSpendable(t.deps.database.db, id, clock.now());
    expect(s.cashCents).toBe(50);
    expect(s.packages[0]!.minutesLeft).toBe(5);
  });

  it('does not offer or draw an expired package', async () => {
    const id = await newCustomer('过期');
    const { packageId } = await inTransaction(t.deps, (tx, outbox) =>
      grantPackageMinutes(tx, outbox, { customerId: id, storeId, minutes: 60, name: 'old', reason: 't', actor: 't', at: clock.now(), validUntil: new Date(clock.now().getTime() + 60_000) }),
    );
    clock.advance(120_000);
    expect((await readSpendable(t.deps.database.db, id, clock.now())).packages).toEqual([]);
    await expect(draw(id, { packageMinutes: [{ packageId, minutes: 1 }] })).rejects.toMatchObject({ code: 'insufficient_balance' });
  });

  it('1,000 concurrent one-cent debits on 600 cents: exactly 600 succeed, the balance ends at 0', async () => {
    const id = await newCustomer('并发');
    await fund(id, 600);
    const results = await Promise.allSettled(Array.from({ length: 1000 }, () => draw(id, { cashCents: 1 })));
    const ok = results.filter((r) => r.status === 'fulfilled').length;
    const refused = results.filter((r) => r.status === 'rejected' && (r.reason as AppError).code === 'insufficient_balance').length;
    expect({ ok, refused }).toEqual({ ok: 600, refused: 400 });
    expect((await repo.findWallet(t.deps.database.db, id))!.cashCents).toBe(0);
    await expectLedgerMatches(id);
    const [{ n }] = (await t.deps.database.query<{ n: number }>(`select count(*)::int as n from wallet_entries where customer_id = $1 and kind = 'session_charge'`, [id])) as [{ n: number }];
    expect(n).toBe(600);
  }, 120_000);
});
