import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { signIn } from '../../../test/helpers/auth';
import { createTestApp, type TestApp } from '../../../test/helpers/test-app';
import type { EventEnvelope } from '../../platform/bus/events';
import { FakeClock } from '../../platform/clock';
import { ingestEvents } from '../events/ingest.service';

let t: TestApp;
let admin: Record<string, string>;
let manager: Record<string, string>;
let supervisor: Record<string, string>;
let agent: Record<string, string>;
let id: string;
let duplicate: string;
const published: EventEnvelope[] = [];

const api = (method: 'GET' | 'POST' | 'PATCH', url: string, headers: Record<string, string>, payload?: unknown) =>
  t.app.inject({ method, url: `/api/v1${url}`, headers, ...(payload === undefined ? {} : { payload: payload as object }) });
const rows = <T>(text: string, values: unknown[]) => t.deps.database.query<T>(text, values);
const pay = (amount: string) => ({ orderId: 'o-1', amount, currency: 'CNY', channel: 'wechat', status: 'paid' });

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
  t.deps.bus.subscribe('customer.erased', (e) => void published.push(e as EventEnvelope));
  id = await create({
    displayName: '夜雨',
    realName: '张伟',
    birthday: '1995-04-12',
    city: 'Shanghai',
    region: 'East',
    tags: ['vip'],
    interests: { games: ['王者荣耀'] },
    consent: { marketingSms: { granted: true, source: 'form' } },
    identities: [
      { type: 'phone', value: '13812341234' },
      { type: 'email', value: 'yeyu@example.com' },
      { type: 'game_account', value: 'acc-42', attrs: { roleName: '夜雨' } },
    ],
  });
  // A duplicate merged into it earlier: its row still holds its own personal data.
  duplicate = await create({ displayName: '夜雨小号', realName: '张伟伟', identities: [{ type: 'qq', value: '10001' }] });
  expect((await api('POST', `/customers/${id}/merge`, supervisor, { loserId: duplicate })).statusCode).toBe(200);
  const result = await ingestEvents(
    t.deps,
    [
      { id: 'e-1', type: 'recharge', occurredAt: '2026-03-01T10:00:00Z', customer: { customerId: id }, data: pay('68.00') },
      { id: 'e-2', type: 'login', occurredAt: '2026-03-02T10:00:00Z', customer: { customerId: id }, data: { ip: '203.0.113.42', device: 'iPhone 15', region: 'Shanghai' } },
      { id: 'e-3', type: 'custom', occurredAt: '2026-03-03T10:00:00Z', customer: { customerId: id }, data: { name: 'survey', properties: { comment: '我的电话 13812341234' } } },
      { id: 'e-4', type: 'play_session', occurredAt: '2026-03-04T10:00:00Z', customer: { customerId: id }, data: { game: 'Arena', durationSeconds: 600 } },
    ],
    { source: 'test', createUnknownCustomers: false },
  );
  expect(result.accepted).toBe(4);
  expect((await api('POST', `/customers/${id}/notes`, agent, { body: '住在徐汇区，电话 13812341234' })).statusCode).toBe(201);
  expect((await api('PATCH', `/customers/${id}`, agent, { city: 'Beijing' })).statusCode).toBe(200);
});
afterAll(async () => t.close());

describe('erasing a customer', () => {
  let statsBefore: unknown[];

  it('is forbidden without customers:erase and needs a reason', async () => {
    expect((await api('POST', `/customers/${id}/erase`, agent, { reason: 'request' })).statusCode).toBe(403);
    expect((await api('POST', `/customers/${id}/erase`, supervisor, { reason: 'request' })).statusCode).toBe(403);
    expect((await api('POST', `/customers/${id}/erase`, manager, { reason: ' ' })).statusCode).toBe(400);
  });

  it('answers the erased stub, and GET keeps answering it', async () => {
    statsBefore = await rows('select * from customer_stats where customer_id = $1', [id]);
    const res = await api('POST', `/customers/${id}/erase`, manager, { reason: 'PIPL deletion request #1234' });
    expect(res.statusCode, res.body).toBe(200);
    const stub = res.json();
    expect(stub).toMatchObject({
      id,
      displayName: `已删除客户 / Erased customer ${id.slice(0, 8)}`,
      realName: null,
      phone: null,
      email: null,
      birthday: null,
      gender: null,
      region: '',
      city: '',
      tags: [],
      interests: {},
      custom: {},
      consent: {},
      identities: [],
      status: 'erased',
      stats: { totalSpend: '68.00', eventCount: 4, playtimeSeconds: 600 },
    });
    expect((await api('GET', `/customers/${id}`, agent)).json()).toEqual(stub);
    await vi.waitFor(() => expect(published).toContainEqual(expect.objectContaining({ payload: { customerId: id } })));
    const [row] = await rows<{ erased_at: Date }>('select erased_at from customers where id = $1', [id]);
    expect(new Date(row!.erased_at).toISOString()).toBe('2026-03-15T12:00:00.000Z');
  });

  it('leaves nothing to find by the old phone, email, game account or name', async () => {
    for (const q of ['13812341234', 'yeyu@example.com', 'acc-42', '10001', '夜雨', '张伟']) {
      expect((await api('GET', `/customers/search?q=${encodeURIComponent(q)}`, agent)).json().items, q).toEqual([]);
    }
    expect((await api('GET', `/customers?q=${encodeURIComponent('张伟')}`, agent)).json().items).toEqual([]);
  });

  it('releases the identities: the same phone can be registered again', async () => {
    const again = await create({ displayName: '新客户', identities: [{ type: 'phone', value: '13812341234' }, { type: 'qq', value: '10001' }] });
    expect(again).not.toBe(id);
    const found = (await api('GET', '/customers/search?q=13812341234', agent)).json().items;
    expect(found.map((i: { customer: { id: string } }) => i.customer.id)).toEqual([again]);
  });

  it('keeps the aggregates but scrubs personal properties from the events', async () => {
    expect(await rows('select * from customer_stats where customer_id = $1', [id])).toEqual(statsBefore);
    const events = await rows<{ external_id: string; properties: Record<string, unknown> }>(
      'select external_id, properties from events where customer_id = $1 order by occurred_at',
      [id],
    );
    expect(events.map((e) => [e.external_id, e.properties])).toEqual([
      ['e-1', { orderId: 'o-1', channel: 'wechat', status: 'paid' }],
      ['e-2', {}],
      ['e-3', { name: 'survey', properties: {} }],
      ['e-4', { game: 'Arena', durationSeconds: 600 }],
    ]);
  });

  it('deletes notes, clears history values and anonymises the profile merged into it', async () => {
    expect(await rows('select * from customer_notes where customer_id = $1', [id])).toEqual([]);
    const history = await rows<{ action: string; changes: object }>('select action, changes from customer_history where customer_id = $1 order by at, action', [id]);
    expect(history.length).toBeGreaterThan(2);
    expect(history.every((h) => Object.keys(h.changes).length === 0)).toBe(true);
    expect(history.map((h) => h.action)).toContain('erased');
    const [merged] = await rows<{ display_name: string; real_name: string | null; status: string }>('select display_name, real_name, status from customers where id = $1', [duplicate]);
    expect(merged).toEqual({ display_name: `已删除客户 / Erased customer ${duplicate.slice(0, 8)}`, real_name: null, status: 'merged' });
  });

  it('is audited with the reason and not the data, and cannot be repeated', async () => {
    const audit = (await api('GET', `/audit?action=customer.erased&targetId=${id}`, admin)).json().items;
    expect(audit).toHaveLength(1);
    expect(audit[0].details).toEqual({ reason: 'PIPL deletion request #1234', removed: { identities: 4, notes: 1, history: 5, events: 4, mergedProfiles: 1 } });
    expect(JSON.stringify(audit[0])).not.toContain('张伟');
    const again = await api('POST', `/customers/${id}/erase`, manager, { reason: 'again' });
    expect([again.statusCode, again.json().code]).toEqual([409, 'customer_erased']);
    const merge = await api('POST', `/customers/${id}/merge`, manager, { loserId: duplicate });
    expect([merge.statusCode, merge.json().code]).toEqual([409, 'customer_erased']);
  });
});
