import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn } from '../../../test/helpers/auth';
import { createTestApp, type TestApp } from '../../../test/helpers/test-app';
import type { FakeClock } from '../../platform/clock';

let t: TestApp;
let clock: FakeClock;
let supervisor: Record<string, string>;
let agent: Record<string, string>;
let customerId: string;
let start: number;

type Item = { id: string; at: string; kind: string; type: string; summary: string; data: Record<string, unknown> };

const api = (method: 'GET' | 'POST' | 'PATCH', url: string, headers: Record<string, string>, payload?: unknown) =>
  t.app.inject({ method, url: `/api/v1${url}`, headers, ...(payload === undefined ? {} : { payload: payload as object }) });

async function insertEvent(second: number, type: string, properties: Record<string, unknown>, amount?: string) {
  const at = new Date(start + second * 1000).toISOString();
  await t.deps.database.query(
    `insert into events (id, occurred_at, external_id, customer_id, type, received_at, amount, currency, source, properties)
     values ($1, $2, $3, $4, $5, $2, $6, $7, 'test', $8)`,
    [t.deps.ids.uuid(), at, `test:${type}:${second}`, customerId, type, amount ?? null, amount ? 'CNY' : null, JSON.stringify(properties)],
  );
}

beforeAll(async () => {
  t = await createTestApp();
  clock = t.clock as FakeClock;
  supervisor = (await signIn(t, 'supervisor', { name: '主管 李' })).headers;
  agent = (await signIn(t, 'agent', { name: '客服 王芳' })).headers;
  start = clock.now().getTime();
  const created = await api('POST', '/customers', supervisor, { displayName: '夜雨', identities: [{ type: 'phone', value: '13812341234' }] });
  customerId = created.json().id;
  await insertEvent(1, 'login', { ip: '203.0.113.42', device: 'iPhone' });
  clock.advance(2000);
  expect((await api('POST', `/customers/${customerId}/notes`, agent, { body: '客户反馈充值未到账，已提交工单' })).statusCode).toBe(201);
  await insertEvent(3, 'recharge', { orderId: 'O-1', channel: 'wechat', status: 'paid' }, '68.00');
  clock.advance(2000);
  expect((await api('POST', `/customers/${customerId}/notes`, agent, { body: '已回访，问题解决' })).statusCode).toBe(201);
  await insertEvent(5, 'level_up', { level: 30 });
  clock.advance(2000);
  expect((await api('PATCH', `/customers/${customerId}`, agent, { tags: ['vip'] })).statusCode).toBe(200);
});
afterAll(async () => t.close());

async function walk(query: string, headers = agent, limit = 2): Promise<Item[]> {
  const all: Item[] = [];
  let cursor: string | null = null;
  for (let i = 0; i < 20; i++) {
    const res = await api('GET', `/customers/${customerId}/timeline?limit=${limit}${query}${cursor ? `&cursor=${cursor}` : ''}`, headers);
    expect(res.statusCode, res.body).toBe(200);
    const page = res.json() as { items: Item[]; nextCursor: string | null };
    expect(page.items.length).toBeLessThanOrEqual(limit);
    all.push(...page.items);
    cursor = page.nextCursor;
    if (!cursor) return all;
  }
  throw new Error('too many pages');
}

describe('notes', () => {
  it('lists notes newest first with their author', async () => {
    const res = await api('GET', `/customers/${customerId}/notes`, agent);
    expect(res.json().items.map((n: { body: string; authorLabel: string }) => [n.body, n.authorLabel])).toEqual([
      ['已回访，问题解决', '客服 王芳'],
      ['客户反馈充值未到账，已提交工单', '客服 王芳'],
    ]);
  });

  it('refuses an empty note and a note on a missing customer', async () => {
    expect((await api('POST', `/customers/${customerId}/notes`, agent, { body: '' })).json().code).toBe('validation_failed');
    expect((await api('POST', '/customers/0190f000-0000-7000-8000-000000000000/notes', agent, { body: 'x' })).json()).toMatchObject({
      status: 404,
      code: 'customer_not_found',
    });
  });
});

describe('timeline', () => {
  it('merges events, notes and profile changes newest first across pages of one cursor', async () => {
    const items = await walk('');
    expect(items.map((i) => `${i.kind}:${i.type}`)).toEqual([
      'profile:updated',
      'event:level_up',
      'note:note',
      'event:recharge',
      'note:note',
      'event:login',
      'profile:created',
    ]);
    const ats = items.map((i) => i.at);
    expect([...ats].sort().reverse()).toEqual(ats);
    expect(items[0]).toMatchObject({ summary: 'Profile updated: tags', data: { fields: ['tags'], actorLabel: '客服 王芳' } });
    expect(items[2]).toMatchObject({ summary: 'Note by 客服 王芳: 已回访，问题解决', data: { body: '已回访，问题解决' } });
    expect(items[3]!.data).toMatchObject({ amount: '68.00', currency: 'CNY', orderId: 'O-1' });
    expect(new Set(items.map((i) => i.id)).size).toBe(7);
    expect(await walk('', agent, 50)).toEqual(items);
  });

  it('masks personal values in event data for every role', async () => {
    const login = (items: Item[]) => items.find((i) => i.type === 'login')!.data;
    expect(login(await walk('', agent, 50))).toMatchObject({ ip: '203.0.*.*', device: 'iPhone' });
    expect(login(await walk('', supervisor, 50))).toMatchObject({ ip: '203.0.*.*' });
  });

  it('filters by type and time window', async () => {
    expect((await walk('&types=note,profile')).map((i) => i.kind)).toEqual(['profile', 'note', 'note', 'profile']);
    expect((await walk('&types=recharge,login')).map((i) => i.type)).toEqual(['recharge', 'login']);
    const from = new Date(start + 2000).toISOString();
    const to = new Date(start + 5000).toISOString();
    expect((await walk(`&from=${from}&to=${to}`)).map((i) => `${i.kind}:${i.type}`)).toEqual(['note:note', 'event:recharge', 'note:note']);
    expect((await api('GET', `/customers/${customerId}/timeline?types=note,bogus`, agent)).json().code).toBe('validation_failed');
  });

  it('refuses a cursor that is not a time and an id', async () => {
    const bad = Buffer.from(JSON.stringify({ k: 'soon', id: customerId })).toString('base64url');
    expect((await api('GET', `/customers/${customerId}/timeline?cursor=${bad}`, agent)).json()).toMatchObject({ status: 400, code: 'invalid_cursor' });
  });
});
