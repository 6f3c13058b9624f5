import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn } from '../../../test/helpers/auth';
import { createTestApp, type TestApp } from '../../../test/helpers/test-app';
import type { EventEnvelope } from '../../platform/bus/events';
import { registerCashUpSection } from './cash-up.service';

let t: TestApp;
let admin: Record<string, string>;
let storeId: string;
let member: string;
const published: EventEnvelope<'wallet.changed'>[] = [];

const api = (method: 'GET' | 'POST', url: string, payload?: unknown) =>
  t.app.inject({ method, url: `/api/v1${url}`, headers: admin, ...(payload === undefined ? {} : { payload: payload as object }) });

beforeAll(async () => {
  t = await createTestApp();
  admin = (await signIn(t, 'admin')).headers;
  storeId = (await api('POST', '/stores', { code: 'TU-1', name: 'Top-up store' })).json().id;
  member = (await api('POST', '/customers', { displayName: '阿杰' })).json().id;
  t.deps.bus.subscribe('wallet.changed', (e) => void published.push(e));
});
afterAll(async () => t.close());

describe('top-up edge cases', () => {
  it('tops up once when the same key arrives twice at the same moment', async () => {
    const body = { amountCents: 2500, paymentMethod: 'alipay', storeId, idempotencyKey: 'race-key-0001' };
    const [a, b] = await Promise.all([api('POST', `/members/${member}/top-ups`, body), api('POST', `/members/${member}/top-ups`, body)]);
    expect([a.statusCode, b.statusCode]).toEqual([201, 201]);
    expect(a.json().entryId).toBe(b.json().entryId);
    expect((await api('GET', `/members/${member}/wallet`)).json()).toMatchObject({ cashCents: 2500, bonusCents: 0 });
  });

  it('publishes wallet.changed with the balances after the change', async () => {
    expect(published.at(-1)?.payload).toEqual({ customerId: member, storeId, reason: 'topup', cashCents: 2500, bonusCents: 0 });
  });

  it('answers 404 for an unknown store or member and 400 for a bad cursor or amount', async () => {
    const store = await api('POST', `/members/${member}/top-ups`, { amountCents: 100, paymentMethod: 'cash', storeId: crypto.randomUUID() });
    expect([store.statusCode, store.json().code]).toEqual([404, 'store_not_found']);
    const who = await api('POST', `/members/${crypto.randomUUID()}/top-ups`, { amountCents: 100, paymentMethod: 'cash', storeId });
    expect([who.statusCode, who.json().code]).toEqual([404, 'member_not_found']);
    expect((await api('GET', `/members/${member}/wallet/entries?cursor=bm90LWEtY3Vyc29y`)).statusCode).toBe(400);
    expect((await api('POST', `/members/${member}/top-ups`, { amountCents: 0, paymentMethod: 'cash', storeId })).statusCode).toBe(400);
    expect((await api('POST', `/members/${member}/top-ups`, { amountCents: 100, paymentMethod: 'bitcoin', storeId })).statusCode).toBe(400);
    expect((await api('GET', `/ledgers/cash-up?date=2026-02-30`)).json().code).toBe('invalid_date_range');
    const promo = { name: 'x', minAmountCents: 100, bonusCents: 10 };
    expect((await api('POST', '/topup-promotions', { ...promo, storeId: crypto.randomUUID() })).statusCode).toBe(400);
    const range = await api('POST', '/topup-promotions', { ...promo, validFrom: '2026-05-01T00:00:00Z', validUntil: '2026-04-01T00:00:00Z' });
    expect([range.statusCode, range.json().code]).toEqual([400, 'invalid_date_range']);
  });

  it('adds the sections other modules register to the cash-up', async () => {
    registerCashUpSection('points', async (_db, range) => ({ issued: range.storeId === storeId ? 120 : 0, redeemed: 30 }));
    const res = await api('GET', `/ledgers/cash-up?storeId=${storeId}&date=${new Date().toISOString().slice(0, 10)}`);
    expect(res.json().sections.points).toEqual({ issued: 120, redeemed: 30 });
  });
});
