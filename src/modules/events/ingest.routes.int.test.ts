import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/helpers/test-app';
import { createApiKey } from '../../../test/helpers/auth';
import { FakeClock } from '../../platform/clock';
import { systemContext } from '../../platform/audit/audit.service';
import { createStore } from '../organisation/stores.service';
import { resolveCustomers } from '../customers/customer-resolver';

const NOW = '2026-03-15T12:00:00Z';
let t: TestApp;
let key: { headers: { authorization: string } };
let counter = 0;

beforeAll(async () => {
  t = await createTestApp({ clock: new FakeClock(NOW) });
  key = await createApiKey(t, ['events:write']);
});
afterAll(async () => t.close());

const uid = (prefix: string) => `${prefix}-${++counter}-${Math.random().toString(36).slice(2, 8)}`;
const login = (customer: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
  id: uid('game'),
  type: 'login',
  occurredAt: '2026-03-14T20:00:00+08:00',
  customer,
  ...extra,
});
const post = (events: unknown[], headers: Record<string, string> = key.headers, query = '') =>
  t.app.inject({ method: 'POST', url: `/api/v1/events${query}`, headers, payload: { events } });
const count = async (text: string, values: unknown[] = []) => Number((await t.deps.database.query<{ n: string }>(text, values))[0]!.n);

describe('POST /events: idempotency', () => {
  it('stores a batch once; sending it again answers duplicate', async () => {
    const account = uid('acc');
    const batch = [login({ gameAccount: { id: account } }), login({ gameAccount: { id: account } }), login({ gameAccount: { id: account } })];
    const first = await post(batch);
    expect(first.statusCode).toBe(200);
    expect(first.json()).toEqual({ accepted: 3, duplicate: 0, rejected: 0, errors: [] });
    const again = await post(batch);
    expect(again.json()).toEqual({ accepted: 0, duplicate: 3, rejected: 0, errors: [] });
    expect(await count('select count(*) as n from events where external_id = any($1)', [batch.map((e) => e.id)])).toBe(3);
  });

  it('counts an id repeated inside one batch as a duplicate', async () => {
    const e = login({ qq: uid('qq') });
    const res = await post([e, { ...e, occurredAt: '2026-03-14T21:00:00+08:00' }]);
    expect(res.json()).toMatchObject({ accepted: 1, duplicate: 1, rejected: 0 });
  });
});

describe('POST /events: partial failure', () => {
  it('rejects bad items with their index and reason and commits the good ones', async () => {
    const account = uid('acc');
    const good1 = login({ gameAccount: { id: account } });
    const good2 = { id: uid('pay'), type: 'recharge', occurredAt: '2026-03-10T10:00:00Z', customer: { gameAccount: { id: account } }, data: { orderId: 'o1', amount: '68.00', currency: 'CNY', channel: 'wechat', status: 'paid' } };
    const res = await post([
      good1,
      login({ gameAccount: { id: account } }, { occurredAt: '2026-03-20T00:00:00Z' }),
      { ...good2, id: uid('pay'), data: { ...good2.data, amount: 'lots' } },
      42,
      good2,
      login({}),
    ]);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ accepted: 2, duplicate: 0, rejected: 4 });
    expect(body.errors.map((e: { index: number; code: string }) => [e.index, e.code])).toEqual([
      [1, 'invalid_time'],
      [2, 'invalid_amount'],
      [3, 'invalid_event'],
      [5, 'no_identity'],
    ]);
    expect(body.errors[0]).toMatchObject({ id: expect.stringMatching(/^game-/), reason: expect.stringContaining('future') });
    expect(body.errors[2].id).toBeNull();
    expect(await count('select count(*) as n from events where external_id = any($1)', [[good1.id, good2.id]])).toBe(2);
  });
});

describe('POST /events: customers', () => {
  it('finds an existing customer by a phone written another way', async () => {
    const [existing] = await t.deps.database.db.transaction((tx) =>
      resolveCustomers(tx, [{ identities: [{ type: 'phone', value: '13812345678' }] }], { createUnknown: true, source: 'api', now: t.clock.now(), newId: () => t.deps.ids.uuid() }),
    );
    if (!existing?.ok) throw new Error(`setup failed: ${JSON.stringify(existing)}`);
    expect(existing.created).toBe(true);
    const before = await count('select count(*) as n from customers');
    const e = login({ phone: '+86 138-1234-5678' });
    expect((await post([e])).json()).toMatchObject({ accepted: 1 });
    const [row] = await t.deps.database.query<{ customer_id: string }>('select customer_id from events where external_id = $1', [e.id]);
    expect(row!.customer_id).toBe(existing.customerId);
    expect(await count('select count(*) as n from customers')).toBe(before);
  });

  it('creates one customer (source api) for unknown identities shared by several events', async () => {
    const wechat = uid('wx');
    const res = await post([login({ wechat }), login({ wechat, email: `${wechat}@test.example` })]);
    expect(res.json()).toMatchObject({ accepted: 2 });
    const rows = await t.deps.database.query<{ id: string; source: string }>(
      `select distinct c.id, c.source from events e join customers c on c.id = e.customer_id where e.customer_id in
       (select customer_id from customer_identities where type = 'wechat' and value = $1)`,
      [wechat],
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]!.source).toBe('api');
  });

  it('rejects unknown customers with createCustomers=false and creates nobody', async () => {
    const before = await count('select count(*) as n from customers');
    const res = await post([login({ memberCard: uid('card') })], key.headers, '?createCustomers=false');
    expect(res.json()).toMatchObject({ accepted: 0, rejected: 1, errors: [{ index: 0, code: 'unknown_customer' }] });
    expect(await count('select count(*) as n from customers')).toBe(before);
  });

  it('rejects an invalid phone number with invalid_identity', async () => {
    const res = await post([login({ phone: '12' })]);
    expect(res.json().errors).toEqual([expect.objectContaining({ index: 0, code: 'invalid_identity' })]);
  });
});

describe('POST /events: stores', () => {
  it('binds a store-scoped API key to its store', async () => {
    const mine = await createStore(t.deps, systemContext, { code: uid('S').slice(0, 30), name: 'Mine' });
    const other = await createStore(t.deps, systemContext, { code: uid('S').slice(0, 30), name: 'Other' });
    const scoped = await createApiKey(t, ['events:write'], mine.id);
    const card = uid('card');
    const visit = (storeId?: string) => ({ id: uid('pos'), type: 'visit', occurredAt: '2026-03-15T10:00:00+08:00', customer: { memberCard: card }, ...(storeId ? { storeId } : {}) });
    const [own, implicit, foreign] = [visit(mine.id), visit(), visit(other.id)];
    const res = await post([own, implicit, foreign], scoped.headers);
    expect(res.json()).toMatchObject({ accepted: 2, rejected: 1, errors: [{ index: 2, code: 'store_scope' }] });
    const rows = await t.deps.database.query<{ store_id: string }>('select store_id from events where external_id = any($1)', [[own.id, implicit.id]]);
    expect(rows.map((r) => r.store_id)).toEqual([mine.id, mine.id]);
  });

  it('rejects events naming a store that does not exist', async () => {
    const res = await post([{ id: uid('pos'), type: 'visit', occurredAt: '2026-03-15T10:00:00Z', customer: { memberCard: uid('card') }, storeId: '0195f0a0-0000-7000-8000-00000000dead' }]);
    expect(res.json().errors).toEqual([expect.objectContaining({ code: 'unknown_store' })]);
  });
});

describe('POST /events: limits', () => {
  it('answers 400 for 10,001 events and for an empty or unknown envelope', async () => {
    const many = Array.from({ length: 10_001 }, (_, i) => ({ id: `x-${i}` }));
    const res = await post(many);
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('validation_failed');
    expect((await post([])).statusCode).toBe(400);
    const extra = await t.app.inject({ method: 'POST', url: '/api/v1/events', headers: key.headers, payload: { events: [login({ qq: '1' })], dryRun: true } });
    expect(extra.statusCode).toBe(400);
  });

  it('accepts a full 10,000-event batch, larger than the general body limit', async () => {
    const account = uid('acc');
    const events = Array.from({ length: 10_000 }, (_, i) => ({
      id: `${account}:${i}:${'p'.repeat(60)}`,
      type: 'play_session',
      occurredAt: new Date(Date.parse('2026-01-01T00:00:00Z') + i * 60_000).toISOString(),
      customer: { gameAccount: { id: `${account}-${i % 50}`, server: 'S1' } },
      data: { game: 'Starfire Arena', mode: 'ranked', durationSeconds: 600, result: 'win' },
    }));
    const payload = JSON.stringify({ events });
    expect(payload.length).toBeGreaterThan(t.deps.config.http.bodyLimitBytes);
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/events', headers: { ...key.headers, 'content-type': 'application/json' }, payload });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ accepted: 10_000, rejected: 0 });
  });
});
