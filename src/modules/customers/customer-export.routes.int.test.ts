import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn } from '../../../test/helpers/auth';
import { createTestApp, type TestApp } from '../../../test/helpers/test-app';
import { FakeClock } from '../../platform/clock';
import { ingestEvents } from '../events/ingest.service';

let t: TestApp;
let admin: Record<string, string>;
let manager: Record<string, string>;
let supervisor: Record<string, string>;
let agent: Record<string, string>;
let analyst: Record<string, string>;
let store: string;
let lina: string;
let wei: string;

const api = (method: 'GET' | 'POST', url: string, headers: Record<string, string>, payload?: unknown) =>
  t.app.inject({ method, url: `/api/v1${url}`, headers, ...(payload === undefined ? {} : { payload: payload as object }) });

async function create(body: object): Promise<string> {
  const res = await api('POST', '/customers', supervisor, body);
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id;
}

beforeAll(async () => {
  t = await createTestApp({ clock: new FakeClock(new Date('2026-03-15T12:00:00Z')) });
  admin = (await signIn(t, 'admin')).headers;
  manager = (await signIn(t, 'manager')).headers;
  supervisor = (await signIn(t, 'supervisor')).headers;
  agent = (await signIn(t, 'agent')).headers;
  analyst = (await signIn(t, 'analyst')).headers;
  store = (await api('POST', '/stores', admin, { code: 'SH-01', name: '徐汇店' })).json().id;
  lina = await create({
    displayName: '=HYPERLINK("x")',
    realName: '李娜',
    tags: ['vip'],
    homeStoreId: store,
    identities: [
      { type: 'phone', value: '13812345678' },
      { type: 'email', value: 'lina@example.com' },
    ],
  });
  (t.clock as FakeClock).advance(1000);
  wei = await create({ displayName: '夜雨', realName: '张伟', tags: ['moba'], identities: [{ type: 'phone', value: '13900001111' }] });
  const result = await ingestEvents(
    t.deps,
    Array.from({ length: 1205 }, (_, i) => ({
      id: `x-${i}`,
      type: 'login',
      occurredAt: new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString(),
      customer: { customerId: lina },
      data: { ip: '203.0.113.7' },
    })),
    { source: 'test', createUnknownCustomers: false },
  );
  expect(result.accepted).toBe(1205);
  expect((await api('POST', `/customers/${lina}/notes`, agent, { body: '喜欢周末来店' })).statusCode).toBe(201);
});
afterAll(async () => t.close());

describe('data-subject export', () => {
  it('answers one JSON attachment with the unmasked profile, identities, notes, history and every event', async () => {
    const res = await api('GET', `/customers/${lina}/export`, manager);
    expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
    expect(res.headers['content-type']).toContain('application/json');
    expect(res.headers['content-disposition']).toBe(`attachment; filename="customer-${lina}.json"`);
    const doc = res.json();
    expect(doc.customer).toMatchObject({ id: lina, realName: '李娜', homeStoreId: store, status: 'active' });
    expect(doc.identities.map((i: { value: string }) => i.value).sort()).toEqual(['+8613812345678', 'lina@example.com']);
    expect(doc.notes.map((n: { body: string }) => n.body)).toEqual(['喜欢周末来店']);
    expect(doc.history.map((h: { action: string }) => h.action)).toEqual(['created']);
    expect(doc.stats.eventCount).toBe(1205);
    expect(doc.events).toHaveLength(1205);
    expect(new Set(doc.events.map((e: { id: string }) => e.id)).size).toBe(1205);
    expect(doc.events[0]).toMatchObject({ externalId: 'x-0', type: 'login', properties: { ip: '203.0.113.7' } });
    expect(doc.events[1204].externalId).toBe('x-1204');
  });

  it('is audited as customer.exported', async () => {
    const audit = (await api('GET', `/audit?action=customer.exported&targetId=${lina}`, admin)).json().items;
    expect(audit).toHaveLength(1);
    expect(audit[0].details).toEqual({ identities: 2, notes: 1, history: 1, events: 1205 });
  });

  it('is forbidden to agents and supervisors, and 404 for an unknown customer', async () => {
    expect((await api('GET', `/customers/${lina}/export`, agent)).statusCode).toBe(403);
    expect((await api('GET', `/customers/${lina}/export`, supervisor)).statusCode).toBe(403);
    expect((await api('GET', '/customers/00000000-0000-4000-8000-000000000000/export', manager)).statusCode).toBe(404);
  });
});

describe('CSV export of the list', () => {
  const csvOf = (body: string) => parse(body, { columns: true, bom: true }) as Record<string, string>[];

  it('streams the filtered list unmasked, with formula-like text escaped', async () => {
    const res = await api('GET', '/customers/export.csv?tag=vip', manager);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toBe('attachment; filename="customers-2026-03-15.csv"');
    expect(res.body.split('\n')[0]).toBe('\ufeffid,displayName,realName,phone,email,tags,homeStore,source,createdAt,totalSpend,lastSeenAt,visitCount');
    expect(csvOf(res.body)).toEqual([
      {
        id: lina,
        displayName: `'=HYPERLINK("x")`,
        realName: '李娜',
        phone: '+8613812345678',
        email: 'lina@example.com',
        tags: 'vip',
        homeStore: store,
        source: 'api',
        createdAt: '2026-03-15T12:00:00.000Z',
        totalSpend: '0.00',
        lastSeenAt: new Date(Date.UTC(2026, 0, 1) + 1204 * 60_000).toISOString(),
        visitCount: '0',
      },
    ]);
  });

  it('applies the list sort and every filter, and audits the filters and row count', async () => {
    const all = csvOf((await api('GET', '/customers/export.csv?sort=createdAt', manager)).body);
    expect(all.map((r) => r.id)).toEqual([lina, wei]);
    expect(all[1]).toMatchObject({ realName: '张伟', phone: '+8613900001111', email: '', tags: 'moba' });
    const none = await api('GET', `/customers/export.csv?storeId=${store}&q=${encodeURIComponent('夜雨')}`, manager);
    expect(none.body.trimEnd()).toBe('\ufeffid,displayName,realName,phone,email,tags,homeStore,source,createdAt,totalSpend,lastSeenAt,visitCount');
    const audit = (await api('GET', '/audit?action=customers.exported', admin)).json().items as { details: unknown }[];
    expect(audit.map((a) => a.details)).toEqual(
      expect.arrayContaining([
        { filters: { tag: 'vip' }, rows: 1 },
        { filters: { sort: 'createdAt' }, rows: 2 },
        { filters: { storeId: store, q: '夜雨' }, rows: 0 },
      ]),
    );
  });

  it('pages through more customers than one read', async () => {
    await t.deps.database.query(
      `insert into customers (id, display_name, tags, created_at, updated_at)
       select gen_random_uuid(), 'bulk ' || n, '{bulk}', now(), now() from generate_series(1, 1234) n`,
    );
    const rows = csvOf((await api('GET', '/customers/export.csv?tag=bulk&sort=displayName', manager)).body);
    expect(rows).toHaveLength(1234);
    expect(new Set(rows.map((r) => r.id)).size).toBe(1234);
  });

  it('is forbidden to analysts and agents, and validates its filters', async () => {
    expect((await api('GET', '/customers/export.csv', analyst)).statusCode).toBe(403);
    expect((await api('GET', '/customers/export.csv', agent)).statusCode).toBe(403);
    const bad = await api('GET', '/customers/export.csv?custom.nope=1', manager);
    expect([bad.statusCode, bad.json().code]).toEqual([400, 'invalid_custom_field']);
  });
});
