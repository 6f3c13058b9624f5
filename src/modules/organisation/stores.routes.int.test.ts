import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn } from '../../../test/helpers/auth';
import { createTestApp, type TestApp } from '../../../test/helpers/test-app';

let t: TestApp;
let admin: Record<string, string>;
let agent: Record<string, string>;

beforeAll(async () => {
  t = await createTestApp();
  admin = (await signIn(t, 'admin')).headers;
  agent = (await signIn(t, 'agent')).headers;
});
afterAll(async () => t.close());

const cafe = {
  code: 'SH-001',
  name: '星际网咖 徐汇店',
  address: '漕溪北路 88 号',
  city: 'Shanghai',
  phone: '021-5555 0101',
  timezone: 'Asia/Shanghai',
  openingHours: [
    { day: 6, open: '00:00', close: '00:00' },
    { day: 5, open: '10:00', close: '02:00' },
  ],
};

function post(url: string, body: unknown, headers = admin) {
  return t.app.inject({ method: 'POST', url: `/api/v1${url}`, payload: body as object, headers });
}
function patch(url: string, body: unknown, headers = admin) {
  return t.app.inject({ method: 'PATCH', url: `/api/v1${url}`, payload: body as object, headers });
}
function get(url: string, headers = admin) {
  return t.app.inject({ method: 'GET', url: `/api/v1${url}`, headers });
}

describe('stores API', () => {
  let storeId: string;

  it('creates a store, answers it by id, and audits store.created', async () => {
    const created = await post('/stores', cafe);
    expect(created.statusCode).toBe(201);
    const store = created.json();
    expect(store).toMatchObject({ code: 'SH-001', city: 'Shanghai', timezone: 'Asia/Shanghai', active: true });
    expect(store.openingHours.map((h: { day: number }) => h.day)).toEqual([5, 6]);
    storeId = store.id;
    const fetched = await get(`/stores/${storeId}`);
    expect(fetched.statusCode).toBe(200);
    expect(fetched.json()).toEqual(store);
    const audit = await get(`/audit?action=store.created&targetId=${storeId}`);
    expect(audit.statusCode).toBe(200);
    expect(audit.json().items).toEqual([
      expect.objectContaining({ actorType: 'user', targetType: 'store', details: { code: 'SH-001', name: cafe.name } }),
    ]);
    expect(audit.json().items[0].requestId).toBe(created.headers['x-request-id']);
  });

  it('answers 409 store_code_taken for a duplicate code', async () => {
    const res = await post('/stores', { code: 'SH-001', name: 'Copy' });
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('store_code_taken');
  });

  it('answers 400 invalid_opening_hours naming the day', async () => {
    const res = await post('/stores', { code: 'BAD-H', name: 'Bad', openingHours: [{ day: 2, open: '25:00', close: '02:00' }] });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'invalid_opening_hours', day: 2 });
    const twice = await post('/stores', {
      code: 'BAD-H',
      name: 'Bad',
      openingHours: [
        { day: 3, open: '09:00', close: '12:00' },
        { day: 3, open: '13:00', close: '18:00' },
      ],
    });
    expect(twice.json()).toMatchObject({ code: 'invalid_opening_hours', day: 3, reason: 'duplicate_day' });
  });

  it('refuses a bad code pattern, an unknown field and an unknown store time zone', async () => {
    expect((await post('/stores', { code: 'a b', name: 'X' })).json().code).toBe('validation_failed');
    expect((await post('/stores', { code: 'OK-1', name: 'X', colour: 'red' })).json().code).toBe('validation_failed');
    const tz = await post('/stores', { code: 'OK-1', name: 'X', timezone: 'Moon/Base' });
    expect([tz.statusCode, tz.json().code]).toEqual([400, 'invalid_timezone']);
  });

  it('walks every page with limit=1 in code order and filters by q', async () => {
    for (const [code, name, city] of [
      ['BJ-001', 'Wangjing', 'Beijing'],
      ['CD-001', 'Chunxi', 'Chengdu'],
      ['BJ-002', 'Sanlitun', 'Beijing'],
    ]) {
      expect((await post('/stores', { code, name, city })).statusCode).toBe(201);
    }
    const codes: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const res = await get(`/stores?limit=1${cursor ? `&cursor=${cursor}` : ''}`);
      expect(res.statusCode).toBe(200);
      const page = res.json();
      expect(page.items).toHaveLength(1);
      codes.push(page.items[0].code);
      cursor = page.nextCursor;
      pages++;
    } while (cursor && pages < 10);
    expect(codes).toEqual(['BJ-001', 'BJ-002', 'CD-001', 'SH-001']);
    const beijing = await get('/stores?q=beij');
    expect(beijing.json().items.map((s: { code: string }) => s.code)).toEqual(['BJ-001', 'BJ-002']);
    expect((await get('/stores?q=sanli')).json().items.map((s: { code: string }) => s.code)).toEqual(['BJ-002']);
    expect((await get('/stores?cursor=garbage')).json().code).toBe('invalid_cursor');
  });

  it('deactivates a store with PATCH and filters on active', async () => {
    const res = await patch(`/stores/${storeId}`, { active: false, phone: '021-0000' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ active: false, phone: '021-0000', code: 'SH-001' });
    const inactive = await get('/stores?active=false');
    expect(inactive.json().items.map((s: { id: string }) => s.id)).toEqual([storeId]);
    const active = await get('/stores?active=true');
    expect(active.json().items.map((s: { code: string }) => s.code)).not.toContain('SH-001');
    const taken = await patch(`/stores/${storeId}`, { code: 'BJ-001' });
    expect([taken.statusCode, taken.json().code]).toEqual([409, 'store_code_taken']);
  });

  it('answers 404 store_not_found for an unknown id', async () => {
    const res = await get(`/stores/${t.deps.ids.uuid()}`);
    expect([res.statusCode, res.json().code]).toEqual([404, 'store_not_found']);
  });

  it('lets an agent list and read stores but not create or change them', async () => {
    expect((await get('/stores', agent)).statusCode).toBe(200);
    expect((await get(`/stores/${storeId}`, agent)).statusCode).toBe(200);
    const create = await post('/stores', { code: 'AG-1', name: 'Agent store' }, agent);
    expect([create.statusCode, create.json().code]).toEqual([403, 'forbidden']);
    const change = await patch(`/stores/${storeId}`, { name: 'Renamed' }, agent);
    expect([change.statusCode, change.json().code]).toEqual([403, 'forbidden']);
  });

  it('answers 401 without credentials', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/stores' });
    expect([res.statusCode, res.json().code]).toEqual([401, 'unauthenticated']);
  });
});
