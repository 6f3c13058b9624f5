import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn } from '../../../test/helpers/auth';
import { createTestApp, type TestApp } from '../../../test/helpers/test-app';
import { FakeClock } from '../../platform/clock';
import * as repo from './wallet.repository';

const clock = new FakeClock('2026-03-01T04:00:00Z'); // 12:00 in Shanghai
let t: TestApp;
let admin: Record<string, string>;
let staffA: Record<string, string>;
let managerA: Record<string, string>;
let analyst: Record<string, string>;
let storeA: string;
let storeB: string;
let member: string;

const api = (method: 'GET' | 'POST' | 'PATCH', url: string, headers: Record<string, string>, payload?: unknown) =>
  t.app.inject({ method, url: `/api/v1${url}`, headers, ...(payload === undefined ? {} : { payload: payload as object }) });

beforeAll(async () => {
  t = await createTestApp({ clock });
  admin = (await signIn(t, 'admin')).headers;
  storeA = (await api('POST', '/stores', admin, { code: 'ST-A', name: 'Store A', timezone: 'Asia/Shanghai' })).json().id;
  storeB = (await api('POST', '/stores', admin, { code: 'ST-B', name: 'Store B', timezone: 'Asia/Shanghai' })).json().id;
  staffA = (await signIn(t, 'store_staff', { storeId: storeA })).headers;
  managerA = (await signIn(t, 'store_manager', { storeId: storeA })).headers;
  analyst = (await signIn(t, 'analyst')).headers;
  const created = await api('POST', '/customers', admin, { displayName: '夜雨', realName: '张伟', homeStoreId: storeB, identities: [{ type: 'phone', value: '138 1234 1234' }] });
  member = created.json().id;
  await api('POST', '/topup-promotions', admin, { name: '充100送20', minAmountCents: 10000, bonusCents: 2000 });
  await api('POST', '/topup-promotions', admin, { name: '充500送150', minAmountCents: 50000, bonusCents: 15000 });
});
afterAll(async () => t.close());

async function expectLedgerMatches(customerId: string) {
  const wallet = await repo.findWallet(t.deps.database.db, customerId);
  expect(await repo.ledgerSums(t.deps.database.db, customerId)).toEqual({ cash: wallet!.cashCents, bonus: wallet!.bonusCents });
}

describe('top-ups', () => {
  it('tops up 100 by WeChat Pay with the 100 → +20 promotion and records a recharge event', async () => {
    const res = await api('POST', `/members/${member}/top-ups`, staffA, { amountCents: 10000, paymentMethod: 'wechat_pay' });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ amountCents: 10000, bonusCents: 2000, wallet: { cashCents: 10000, bonusCents: 2000 } });
    const events = await t.deps.database.query<{ type: string; store_id: string; amount: string; external_id: string }>(`select type, store_id, amount::text, external_id from events where customer_id = $1`, [member]);
    expect(events).toEqual([{ type: 'recharge', store_id: storeA, amount: '100.00', external_id: `topup:${res.json().entryId}` }]);
    const customer = await api('GET', `/customers/${member}`, admin);
    expect(customer.json().stats).toMatchObject({ rechargeCount: 1, rechargeTotal: '100.00' });
    await expectLedgerMatches(member);
  });

  it('previews the bonus the desk will see', async () => {
    const res = await api('GET', `/topup-promotions/preview?amountCents=60000`, staffA);
    expect(res.json()).toMatchObject({ name: '充500送150', bonusCents: 15000 });
    expect((await api('GET', `/topup-promotions/preview?amountCents=5000`, staffA)).json()).toEqual({ promotionId: null, name: null, bonusCents: 0 });
  });

  it('answers the same top-up for the same idempotency key, and tops up once', async () => {
    const body = { amountCents: 5000, paymentMethod: 'cash', idempotencyKey: 'desk-1-0001' };
    const first = await api('POST', `/members/${member}/top-ups`, staffA, body);
    const again = await api('POST', `/members/${member}/top-ups`, staffA, body);
    expect(again.json()).toEqual(first.json());
    expect((await api('GET', `/members/${member}/wallet`, staffA)).json()).toMatchObject({ cashCents: 15000, bonusCents: 2000 });
    const other = await api('POST', `/members/${member}/top-ups`, staffA, { ...body, amountCents: 6000 });
    expect([other.statusCode, other.json().code]).toEqual([409, 'idempotency_conflict']);
  });

  it('keeps store staff to their own store, but lets them find a member registered at another', async () => {
    const res = await api('POST', `/members/${member}/top-ups`, staffA, { amountCents: 1000, paymentMethod: 'cash', storeId: storeB });
    expect([res.statusCode, res.json().code]).toEqual([403, 'store_scope']);
    const found = await api('GET', `/members/lookup?q=${encodeURIComponent('13812341234')}`, staffA);
    expect(found.statusCode).toBe(200);
    expect(found.json().customer).toMatchObject({ id: member, realName: '张*', homeStoreId: storeB });
    expect(found.json().wallet).toMatchObject({ cashCents: 15000 });
  });

  it('makes a chain user name the store, and refuses an analyst', async () => {
    const noStore = await api('POST', `/members/${member}/top-ups`, admin, { amountCents: 1000, paymentMethod: 'cash' });
    expect([noStore.statusCode, noStore.json().code]).toEqual([400, 'store_required']);
    const byAnalyst = await api('POST', `/members/${member}/top-ups`, analyst, { amountCents: 1000, paymentMethod: 'cash', storeId: storeA });
    expect(byAnalyst.statusCode).toBe(403);
    expect((await api('GET', `/members/${member}/wallet`, analyst)).statusCode).toBe(200);
  });

  it('answers 404 member_not_found for a lookup nobody matches, and never matches by name', async () => {
    for (const q of ['0000000000', '夜雨']) {
      const res = await api('GET', `/members/lookup?q=${encodeURIComponent(q)}`, staffA);
      expect([res.statusCode, res.json().code]).toEqual([404, 'member_not_found']);
    }
    expect((await api('GET', `/members/lookup?q=${member}`, staffA)).json().customer.id).toBe(member);
  });
});

describe('refunds', () => {
  it('is refused to store staff (no wallets:refund)', async () => {
    expect((await api('POST', `/members/${member}/refunds`, staffA, { amountCents: 100, paymentMethod: 'cash', reason: 'x' })).statusCode).toBe(403);
  });

  it('never refunds more than the cash balance', async () => {
    const res = await api('POST', `/members/${member}/refunds`, managerA, { amountCents: 15001, paymentMethod: 'cash', reason: 'moving away' });
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ code: 'refund_exceeds_cash', cashCents: 15000 });
  });

  it('refunds cash, forfeits the bonus share that came with it, and audits the reason', async () => {
    const res = await api('POST', `/members/${member}/refunds`, managerA, { amountCents: 7500, paymentMethod: 'cash', reason: 'moving away' });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ amountCents: 7500, bonusForfeitedCents: 1000, wallet: { cashCents: 7500, bonusCents: 1000 } });
    const audit = await api('GET', `/audit?action=wallet.refund&targetId=${member}`, admin);
    expect(audit.json().items[0].details).toMatchObject({ reason: 'moving away', amountCents: 7500 });
    await expectLedgerMatches(member);
  });
});

describe('time packages', () => {
  let productId: string;

  it('sells a package from the wallet and at the desk', async () => {
    const product = await api('POST', '/time-package-products', admin, { name: '包夜', minutes: 480, priceCents: 3000, windowStart: '23:00', windowEnd: '07:00', validDays: 30 });
    expect(product.statusCode, product.body).toBe(201);
    productId = product.json().id;
    const fromWallet = await api('POST', `/members/${member}/packages`, staffA, { productId, payWith: 'wallet' });
    expect(fromWallet.statusCode, fromWallet.body).toBe(201);
    expect(fromWallet.json()).toMatchObject({ package: { name: '包夜', minutesLeft: 480, windowStart: '23:00', windowEnd: '07:00', validUntil: '2026-03-31T04:00:00.000Z' }, wallet: { cashCents: 4500 } });
    const atDesk = await api('POST', `/members/${member}/packages`, staffA, { productId, payWith: 'payment', paymentMethod: 'alipay' });
    expect(atDesk.json().wallet.cashCents).toBe(4500);
    const view = await api('GET', `/members/${member}`, staffA);
    expect(view.json().packages).toHaveLength(2);
    await expectLedgerMatches(member);
  });

  it('refuses a sale the wallet cannot pay and a desk sale without a payment method', async () => {
    const dear = (await api('POST', '/time-package-products', admin, { name: '月卡', minutes: 10000, priceCents: 99900 })).json().id;
    const short = await api('POST', `/members/${member}/packages`, staffA, { productId: dear, payWith: 'wallet' });
    expect([short.statusCode, short.json().code]).toEqual([409, 'insufficient_balance']);
    const noMethod = await api('POST', `/members/${member}/packages`, staffA, { productId: dear, payWith: 'payment' });
    expect([noMethod.statusCode, noMethod.json().code]).toEqual([400, 'payment_method_required']);
    await api('PATCH', `/time-package-products/${dear}`, admin, { active: false });
    const inactive = await api('POST', `/members/${member}/packages`, staffA, { productId: dear, payWith: 'payment', paymentMethod: 'cash' });
    expect([inactive.statusCode, inactive.json().code]).toEqual([409, 'package_product_inactive']);
  });

  it('lets only venue managers configure products', async () => {
    expect((await api('POST', '/time-package-products', staffA, { name: 'x', minutes: 60, priceCents: 100 })).statusCode).toBe(403);
    const bad = await api('POST', '/time-package-products', admin, { name: 'x', minutes: 60, priceCents: 100, windowStart: '23:00' });
    expect([bad.statusCode, bad.json().code]).toEqual([400, 'invalid_package_window']);
  });
});

describe('ledgers and cash-up', () => {
  it('answers the day of store A in its time zone', async () => {
    const res = await api('GET', `/ledgers/cash-up?storeId=${storeA}&date=2026-03-01`, managerA);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ timezone: 'Asia/Shanghai', from: '2026-02-28T16:00:00.000Z', to: '2026-03-01T16:00:00.000Z' });
    expect(body.totals).toEqual({
      topUpCents: 15000, refundCents: 7500, packagePaidCents: 3000, packageWalletCents: 3000, packagesSold: 2, netCents: 10500,
      bonusGrantedCents: 2000, bonusForfeitedCents: 1000, sessionCashCents: 0, sessionBonusCents: 0, sessionPackageMinutes: 0, grantedMinutes: 0,
    });
    expect(body.byPaymentMethod.find((r: { paymentMethod: string }) => r.paymentMethod === 'wechat_pay')).toMatchObject({ topUpCents: 10000, topUpCount: 1 });
    const nextDay = await api('GET', `/ledgers/cash-up?storeId=${storeA}&date=2026-03-02`, managerA);
    expect(nextDay.json().totals.netCents).toBe(0);
  });

  it('keeps a store manager to their own store; a chain role sees any', async () => {
    const other = await api('GET', `/ledgers/cash-up?storeId=${storeB}&date=2026-03-01`, managerA);
    expect([other.statusCode, other.json().code]).toEqual([403, 'store_scope']);
    const own = await api('GET', '/ledgers?kind=topup', managerA);
    expect(own.json().items.every((e: { storeId: string }) => e.storeId === storeA)).toBe(true);
    expect((await api('GET', `/ledgers?storeId=${storeB}`, analyst)).json().items).toEqual([]);
    expect((await api('GET', '/ledgers', staffA)).statusCode).toBe(403);
  });

  it('pages the member ledger newest first', async () => {
    const first = await api('GET', `/members/${member}/wallet/entries?limit=3`, staffA);
    expect(first.json().items).toHaveLength(3);
    const rest = await api('GET', `/members/${member}/wallet/entries?limit=50&cursor=${first.json().nextCursor}`, staffA);
    const all = [...first.json().items, ...rest.json().items];
    expect(new Set(all.map((e: { id: string }) => e.id)).size).toBe(all.length);
    expect(all.at(-1).kind).toBe('topup');
  });
});

describe('lookup by member QR', () => {
  const lookup = (q: string) => api('GET', `/members/lookup?q=${encodeURIComponent(q)}`, staffA);
  const withoutRequestId = ({ requestId: _, ...body }: Record<string, unknown>) => body;

  it('finds the member by the QR payload of a card, as a scanner types it, frozen or not', async () => {
    const card = await api('POST', `/members/${member}/cards`, staffA, { kind: 'physical', number: 'QR-0001' });
    for (const q of ['GH1:card:QR-0001', '  gh1:CARD:qr-0001\n']) {
      const found = await lookup(q);
      expect(found.statusCode, found.body).toBe(200);
      expect(found.json()).toMatchObject({ customer: { id: member }, cards: [{ number: 'QR-0001', status: 'active' }] });
    }
    await api('POST', `/cards/${card.json().id}/freeze`, staffA);
    const [byQr, byNumber] = [await lookup('GH1:card:QR-0001'), await lookup('QR-0001')];
    expect(byQr.json().cards[0].status).toBe('frozen');
    expect(byQr.json()).toEqual(byNumber.json());
  });

  it('answers the same 404 member_not_found for the QR of an unknown card as for unknown text', async () => {
    const unknown = withoutRequestId((await lookup('0000000000')).json());
    for (const q of ['GH1:card:0000000000', 'GH1:card:a#']) {
      const res = await lookup(q);
      expect([res.statusCode, withoutRequestId(res.json())]).toEqual([404, unknown]);
    }
    expect(unknown).toMatchObject({ status: 404, code: 'member_not_found' });
  });
});
