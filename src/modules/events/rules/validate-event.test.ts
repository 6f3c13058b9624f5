import { describe, expect, it } from 'vitest';
import { validateEvent, type ValidationContext } from './validate-event';

const now = Date.parse('2026-03-01T12:00:00Z');
const ctx: ValidationContext = { now };
const STORE = '0195f0a0-0000-7000-8000-000000000001';
const OTHER_STORE = '0195f0a0-0000-7000-8000-000000000002';

const recharge = (data: Record<string, unknown> = {}, extra: Record<string, unknown> = {}) => ({
  id: 'game-1:r-1',
  type: 'recharge',
  occurredAt: '2026-03-01T20:15:00+08:00',
  customer: { phone: '138 1234 1234' },
  data: { orderId: 'o-1', amount: '68', currency: 'CNY', channel: 'wechat', status: 'paid', ...data },
  ...extra,
});

const rejection = (input: unknown, context = ctx) => {
  const r = validateEvent(input, context);
  return r.ok ? 'ok' : r.code;
};

describe('validateEvent: a recharge', () => {
  it('normalises time, money and the customer', () => {
    const r = validateEvent(recharge(), ctx);
    expect(r).toEqual({
      ok: true,
      event: {
        externalId: 'game-1:r-1',
        type: 'recharge',
        occurredAt: Date.parse('2026-03-01T12:15:00Z'),
        storeId: null,
        customer: { identities: [{ type: 'phone', value: '138 1234 1234' }] },
        amountCents: 6800,
        currency: 'CNY',
        status: 'paid',
        durationSeconds: null,
        properties: { orderId: 'o-1', channel: 'wechat', status: 'paid' },
      },
    });
  });

  it('refuses an unknown status, a bad amount or currency, and unknown data fields', () => {
    expect(rejection(recharge({ status: 'pending' }))).toBe('invalid_data');
    expect(rejection(recharge({ amount: '-5' }))).toBe('invalid_amount');
    expect(rejection(recharge({ amount: 'free' }))).toBe('invalid_amount');
    expect(rejection(recharge({ currency: 'RMB' }))).toBe('invalid_currency');
    expect(rejection(recharge({ bonus: 5 }))).toBe('invalid_data');
    expect(rejection(recharge({ orderId: undefined }))).toBe('invalid_data');
  });
});

describe('validateEvent: the envelope', () => {
  it('needs an id of 1 to 128 characters', () => {
    expect([rejection(recharge({}, { id: '' })), rejection(recharge({}, { id: 'x'.repeat(129) })), rejection(recharge({}, { id: 7 }))]).toEqual(['invalid_id', 'invalid_id', 'invalid_id']);
    expect(rejection(recharge({}, { id: 'x'.repeat(128) }))).toBe('ok');
  });

  it('refuses non-objects, unknown fields and unknown types', () => {
    expect([rejection(null), rejection([1]), rejection('event')]).toEqual(['invalid_event', 'invalid_event', 'invalid_event']);
    expect(rejection(recharge({}, { extra: 1 }))).toBe('invalid_event');
    expect(rejection(recharge({}, { type: 'refund' }))).toBe('invalid_type');
  });

  it('accepts late events of any age but not more than 24 hours ahead or without an offset', () => {
    expect(rejection(recharge({}, { occurredAt: '2019-05-01T00:00:00Z' }))).toBe('ok');
    expect(rejection(recharge({}, { occurredAt: '2026-03-02T11:59:00Z' }))).toBe('ok');
    expect(rejection(recharge({}, { occurredAt: '2026-03-02T12:00:01Z' }))).toBe('invalid_time');
    expect(rejection(recharge({}, { occurredAt: '2026-03-01T12:00:00' }))).toBe('invalid_time');
  });
});

describe('validateEvent: the customer', () => {
  it('needs a customer id or at least one identity', () => {
    expect(rejection(recharge({}, { customer: {} }))).toBe('no_identity');
    expect(rejection(recharge({}, { customer: undefined }))).toBe('invalid_customer');
    expect(rejection(recharge({}, { customer: { customerId: 'not-a-uuid' } }))).toBe('invalid_customer');
    expect(rejection(recharge({}, { customer: { nickname: 'x' } }))).toBe('invalid_customer');
  });

  it('turns every kind of identity into a resolver ref', () => {
    const r = validateEvent(
      recharge({}, {
        customer: {
          customerId: STORE.toUpperCase(),
          email: 'Li@Example.com',
          qq: 123456,
          gameAccount: { id: 'acc-9', server: 'S1', roleName: '小明', level: 30 },
          external: { system: 'steam', id: 7656 },
        },
      }),
      ctx,
    );
    expect(r.ok && r.event.customer).toEqual({
      customerId: STORE,
      identities: [
        { type: 'email', value: 'Li@Example.com' },
        { type: 'qq', value: '123456' },
        { type: 'game_account', value: 'acc-9', attrs: { server: 'S1', roleName: '小明', level: 30 } },
        { type: 'external', value: 'steam:7656' },
      ],
    });
  });
});

describe('validateEvent: per-type data', () => {
  const base = { id: 'e', occurredAt: '2026-03-01T10:00:00Z', customer: { memberCard: 'M-1' } };

  it('sums purchase lines into the amount', () => {
    const r = validateEvent({ ...base, type: 'purchase', data: { currency: 'CNY', lines: [{ product: 'Cola', quantity: 2, amount: 0.1 }, { product: 'Hour', quantity: 1, amount: '0.2' }] } }, ctx);
    expect(r.ok && { cents: r.event.amountCents, props: r.event.properties }).toEqual({
      cents: 30,
      props: { lines: [{ product: 'Cola', quantity: 2, amount: '0.10' }, { product: 'Hour', quantity: 1, amount: '0.20' }] },
    });
    expect(rejection({ ...base, type: 'purchase', data: { currency: 'CNY', lines: [] } })).toBe('invalid_data');
    expect(rejection({ ...base, type: 'purchase', data: { currency: 'CNY', lines: [{ product: 'Cola', quantity: 0, amount: '1' }] } })).toBe('invalid_data');
  });

  it('needs a non-negative integer duration for play sessions', () => {
    const ok = validateEvent({ ...base, type: 'play_session', data: { game: 'LoL', durationSeconds: 0 } }, ctx);
    expect(ok.ok && ok.event.durationSeconds).toBe(0);
    expect(rejection({ ...base, type: 'play_session', data: { game: 'LoL', durationSeconds: -1 } })).toBe('invalid_data');
    expect(rejection({ ...base, type: 'play_session', data: { game: 'LoL', durationSeconds: 1.5 } })).toBe('invalid_data');
  });

  it('lets login, logout and visit leave data out, but visits need a store', () => {
    expect(rejection({ ...base, type: 'login' })).toBe('ok');
    expect(rejection({ ...base, type: 'visit', storeId: STORE })).toBe('ok');
    expect(rejection({ ...base, type: 'visit' })).toBe('invalid_store');
    expect(rejection({ ...base, type: 'visit', storeId: STORE, data: { table: 4 } })).toBe('invalid_data');
    expect(rejection({ ...base, type: 'level_up' })).toBe('invalid_data');
  });

  it('keeps custom properties as sent', () => {
    const r = validateEvent({ ...base, type: 'custom', data: { name: 'signup', properties: { cup: 'spring', team: ['a'] } } }, ctx);
    expect(r.ok && r.event.properties).toEqual({ name: 'signup', properties: { cup: 'spring', team: ['a'] } });
  });
});

describe('validateEvent: store scope', () => {
  const scoped = { now, storeScope: STORE };

  it('fills in the key’s store and refuses any other store', () => {
    const r = validateEvent(recharge(), scoped);
    expect(r.ok && r.event.storeId).toBe(STORE);
    expect(rejection(recharge({}, { storeId: STORE }), scoped)).toBe('ok');
    expect(rejection(recharge({}, { storeId: OTHER_STORE }), scoped)).toBe('store_scope');
  });

  it('refuses a store id that is not a UUID', () => {
    expect(rejection(recharge({}, { storeId: 'SH-XH' }))).toBe('invalid_store');
  });
});
