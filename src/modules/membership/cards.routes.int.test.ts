import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn } from '../../../test/helpers/auth';
import { createTestApp, type TestApp } from '../../../test/helpers/test-app';
import { isGeneratedCardNumber } from './rules/card-number';

let t: TestApp;
let admin: Record<string, string>;
let staff: Record<string, string>;
let analyst: Record<string, string>;
let storeA: string;
let member: string;

const api = (method: 'GET' | 'POST', url: string, headers: Record<string, string>, payload?: unknown) =>
  t.app.inject({ method, url: `/api/v1${url}`, headers, ...(payload === undefined ? {} : { payload: payload as object }) });
const lookup = (q: string) => api('GET', `/members/lookup?q=${encodeURIComponent(q)}`, staff);

beforeAll(async () => {
  t = await createTestApp();
  admin = (await signIn(t, 'admin')).headers;
  storeA = (await api('POST', '/stores', admin, { code: 'CARD-A', name: 'Store A' })).json().id;
  staff = (await signIn(t, 'store_staff', { storeId: storeA })).headers;
  analyst = (await signIn(t, 'analyst')).headers;
  member = (await api('POST', '/customers', admin, { displayName: '刀锋' })).json().id;
});
afterAll(async () => t.close());

describe('member cards', () => {
  let cardId: string;
  let number: string;

  it('issues a card with a generated number that finds the member', async () => {
    const res = await api('POST', `/members/${member}/cards`, staff, { kind: 'physical' });
    expect(res.statusCode, res.body).toBe(201);
    ({ id: cardId, number } = res.json());
    expect(res.json()).toMatchObject({ customerId: member, kind: 'physical', status: 'active', storeId: null });
    expect(isGeneratedCardNumber(number)).toBe(true);
    const found = await lookup(number);
    expect(found.statusCode).toBe(200);
    expect(found.json().cards).toEqual([expect.objectContaining({ id: cardId, number })]);
    const search = await api('GET', `/customers/search?q=${number}`, admin);
    expect(search.json().items[0].customer.id).toBe(member);
  });

  it('refuses a number another card has, an invalid number, and an analyst', async () => {
    const taken = await api('POST', `/members/${member}/cards`, staff, { kind: 'virtual', number });
    expect([taken.statusCode, taken.json().code]).toEqual([409, 'card_number_taken']);
    const bad = await api('POST', `/members/${member}/cards`, staff, { kind: 'virtual', number: 'a#' });
    expect([bad.statusCode, bad.json().code]).toEqual([400, 'invalid_card_number']);
    expect((await api('POST', `/members/${member}/cards`, analyst, { kind: 'virtual' })).statusCode).toBe(403);
  });

  it("turns a card number already on the member's profile into a card, but not someone else's", async () => {
    const imported = (await api('POST', '/customers', admin, { displayName: '导入会员', identities: [{ type: 'member_card', value: 'IMP-0042' }] })).json().id;
    const res = await api('POST', `/members/${imported}/cards`, staff, { kind: 'physical', number: 'IMP-0042' });
    expect(res.statusCode, res.body).toBe(201);
    expect((await lookup('IMP-0042')).json().cards).toEqual([expect.objectContaining({ number: res.json().number, status: 'active' })]);
    const other = await api('POST', `/members/${member}/cards`, staff, { kind: 'physical', number: 'IMP-0042' });
    expect([other.statusCode, other.json().code]).toEqual([409, 'card_number_taken']);
  });

  it('freezes and unfreezes, refusing a change the status does not allow', async () => {
    expect((await api('POST', `/cards/${cardId}/freeze`, staff)).json().status).toBe('frozen');
    const again = await api('POST', `/cards/${cardId}/freeze`, staff);
    expect([again.statusCode, again.json().code]).toEqual([409, 'card_state_conflict']);
    expect((await api('POST', `/cards/${cardId}/unfreeze`, staff)).json().status).toBe('active');
  });

  it('lost → replace: the old number no longer finds the member, the new one does, the wallet stays', async () => {
    await api('POST', `/members/${member}/top-ups`, staff, { amountCents: 3000, paymentMethod: 'cash' });
    expect((await api('POST', `/cards/${cardId}/report-lost`, staff)).json().status).toBe('lost');
    expect((await lookup(number)).json().cards[0].status).toBe('lost');
    const res = await api('POST', `/cards/${cardId}/replace`, staff, { number: 'NEW-0001' });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().old).toMatchObject({ status: 'replaced', replacedByCardId: res.json().card.id });
    expect(res.json().card).toMatchObject({ number: 'NEW-0001', kind: 'physical', status: 'active' });
    expect((await lookup(number)).statusCode).toBe(404);
    const found = await lookup('new-0001');
    expect(found.statusCode, found.body).toBe(200);
    expect(found.json().wallet.cashCents).toBe(3000);
    const again = await api('POST', `/cards/${cardId}/replace`, staff, {});
    expect([again.statusCode, again.json().code]).toEqual([409, 'card_state_conflict']);
    const audit = await api('GET', `/audit?action=card.replaced&targetId=${cardId}`, admin);
    expect(audit.json().items[0].details).toMatchObject({ oldNumber: number, newNumber: 'NEW-0001' });
  });

  it('answers 404 card_not_found and member_not_found', async () => {
    expect((await api('POST', `/cards/${crypto.randomUUID()}/freeze`, staff)).json().code).toBe('card_not_found');
    expect((await api('POST', `/members/${crypto.randomUUID()}/cards`, staff, { kind: 'virtual' })).json().code).toBe('member_not_found');
  });
});
