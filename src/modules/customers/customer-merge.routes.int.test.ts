import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { signIn } from '../../../test/helpers/auth';
import { createTestApp, type TestApp } from '../../../test/helpers/test-app';
import type { EventEnvelope } from '../../platform/bus/events';
import { FakeClock } from '../../platform/clock';
import { rebuildCustomerStats } from '../events/customer-stats.service';
import { ingestEvents } from '../events/ingest.service';

const NOW = new Date('2026-03-15T12:00:00Z');
let t: TestApp;
let admin: Record<string, string>;
let supervisor: Record<string, string>;
let agent: Record<string, string>;
const published: EventEnvelope[] = [];

beforeAll(async () => {
  t = await createTestApp({ clock: new FakeClock(NOW) });
  admin = (await signIn(t, 'admin')).headers;
  supervisor = (await signIn(t, 'supervisor')).headers;
  agent = (await signIn(t, 'agent')).headers;
  t.deps.bus.subscribe('customer.merged', (e) => void published.push(e as EventEnvelope));
});
afterAll(async () => t.close());

const api = (method: 'GET' | 'POST', url: string, headers: Record<string, string>, payload?: unknown) =>
  t.app.inject({ method, url: `/api/v1${url}`, headers, ...(payload === undefined ? {} : { payload: payload as object }) });

async function create(body: object): Promise<string> {
  const res = await api('POST', '/customers', supervisor, body);
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id;
}

const pay = (amount: string, status = 'paid') => ({ orderId: 'o', amount, currency: 'CNY', channel: 'wechat', status });
const ingest = (events: object[]) => ingestEvents(t.deps, events, { source: 'test', createUnknownCustomers: false });
const rows = <T>(text: string, values: unknown[]) => t.deps.database.query<T>(text, values);

describe('merging duplicate customers', () => {
  let winner: string;
  let loser: string;

  beforeAll(async () => {
    winner = await create({
      displayName: '夜雨',
      realName: '张伟',
      tags: ['vip'],
      consent: { marketingSms: { granted: true, source: 'form' } },
      identities: [{ type: 'phone', value: '13812340001' }],
    });
    (t.clock as FakeClock).advance(60_000);
    loser = await create({
      displayName: '夜雨2',
      realName: '张三',
      city: 'Shanghai',
      birthday: '1995-04-12',
      tags: ['moba', 'vip'],
      consent: { marketingSms: { granted: false, source: 'store' }, marketingEmail: { granted: true, source: 'store' } },
      identities: [
        { type: 'phone', value: '13812340002' },
        { type: 'email', value: 'yeyu@example.com' },
      ],
    });
    const ingested = await ingest([
      { id: 'm-w1', type: 'recharge', occurredAt: '2026-03-01T10:00:00Z', customer: { customerId: winner }, data: pay('68.00') },
      { id: 'm-w2', type: 'login', occurredAt: '2026-03-02T10:00:00Z', customer: { customerId: winner }, data: { ip: '203.0.113.1' } },
      { id: 'm-l1', type: 'recharge', occurredAt: '2025-12-01T10:00:00Z', customer: { customerId: loser }, data: pay('30.00') },
      { id: 'm-l2', type: 'purchase', occurredAt: '2026-03-10T10:00:00Z', customer: { customerId: loser }, data: { currency: 'CNY', lines: [{ product: 'Cola', quantity: 1, amount: '5.50' }] } },
      { id: 'm-l3', type: 'login', occurredAt: '2026-03-11T10:00:00Z', customer: { customerId: loser }, data: { device: 'iPhone' } },
    ]);
    expect(ingested.accepted).toBe(5);
    expect((await api('POST', `/customers/${loser}/notes`, agent, { body: '两个账号是同一个人' })).statusCode).toBe(201);
  });

  it('refuses agents, merging into itself and unknown customers', async () => {
    expect((await api('POST', `/customers/${winner}/merge`, agent, { loserId: loser })).statusCode).toBe(403);
    const self = await api('POST', `/customers/${winner}/merge`, supervisor, { loserId: winner });
    expect([self.statusCode, self.json().code]).toEqual([409, 'merge_into_itself']);
    const missing = await api('POST', `/customers/${winner}/merge`, supervisor, { loserId: '00000000-0000-4000-8000-000000000000' });
    expect([missing.statusCode, missing.json().code]).toEqual([404, 'customer_not_found']);
  });

  it('moves identities, notes, history and events to the winner and fills its empty fields', async () => {
    const res = await api('POST', `/customers/${winner}/merge`, supervisor, { loserId: loser });
    expect(res.statusCode, res.body).toBe(200);
    const { customer, moved } = res.json();
    expect(moved).toEqual({ identities: 2, notes: 1, history: 1, events: 3 });
    expect(customer).toMatchObject({
      id: winner,
      displayName: '夜雨',
      realName: '张*',
      city: 'Shanghai',
      birthday: '1995-04-12',
      tags: ['vip', 'moba'],
      masked: true,
      phone: '+86 138****0001',
      email: 'y***@example.com',
      stats: { totalSpend: '103.50', eventCount: 5, rechargeCount: 2, purchaseCount: 1, lastSeenAt: '2026-03-11T10:00:00.000Z' },
    });
    // The winner's phone stays primary; the loser's becomes a second one.
    const phones = customer.identities.filter((i: { type: string }) => i.type === 'phone');
    expect(phones.map((i: { value: string; isPrimary: boolean }) => [i.value, i.isPrimary])).toEqual([
      ['+86 138****0001', true],
      ['+86 138****0002', false],
    ]);
    // The most recent consent per kind: the loser's SMS choice was recorded later.
    expect(customer.consent.marketingSms).toMatchObject({ granted: false, source: 'store' });
    expect(customer.consent.marketingEmail).toMatchObject({ granted: true });
    const notes = (await api('GET', `/customers/${winner}/notes`, agent)).json().items;
    expect(notes.map((n: { body: string }) => n.body)).toEqual(['两个账号是同一个人']);
    const [events] = await rows<{ n: number }>('select count(*)::int as n from events where customer_id = $1', [loser]);
    expect(events!.n).toBe(0);
    await vi.waitFor(() => expect(published).toContainEqual(expect.objectContaining({ payload: { customerId: winner, loserId: loser, moved } })));
  });

  it('leaves stats equal to a full rebuild, with none left for the loser', async () => {
    const read = () =>
      rows('select customer_id, total_spend::text, event_count, visit_count, last_seen_at from customer_stats where customer_id = any($1) order by 1', [[winner, loser]]);
    const months = () => rows('select customer_id, month::text, amount::text from customer_monthly_spend where customer_id = any($1) order by 1, 2', [[winner, loser]]);
    const [before, beforeMonths] = [await read(), await months()];
    expect(before).toHaveLength(1);
    expect(beforeMonths.map((m) => (m as { month: string }).month)).toEqual(['2025-12-01', '2026-03-01']);
    await rebuildCustomerStats(t.deps.database);
    expect(await read()).toEqual(before);
    expect(await months()).toEqual(beforeMonths);
  });

  it('redirects the loser, finds it by its old phone through the winner, and keeps history on both', async () => {
    const res = await api('GET', `/customers/${loser}`, agent);
    expect([res.statusCode, res.json().code, res.json().mergedInto]).toEqual([409, 'customer_merged', winner]);
    const found = (await api('GET', '/customers/search?q=13812340002', agent)).json().items;
    expect(found.map((i: { customer: { id: string } }) => i.customer.id)).toEqual([winner]);
    const history = await rows<{ customer_id: string; action: string }>("select customer_id, action from customer_history where action = 'merged'", []);
    expect(history.map((h) => h.customer_id).sort()).toEqual([winner, loser].sort());
    const timeline = (await api('GET', `/customers/${winner}/timeline?types=profile`, agent)).json().items;
    expect(timeline.map((i: { summary: string }) => i.summary)).toContain('Merged with another profile');
  });

  it('audits customer.merged with the loser and the counts', async () => {
    const audit = (await api('GET', `/audit?action=customer.merged&targetId=${winner}`, admin)).json().items;
    expect(audit).toHaveLength(1);
    expect(audit[0].details).toEqual({ loserId: loser, moved: { identities: 2, notes: 1, history: 1, events: 3 } });
  });

  it('refuses merging an already merged customer, or into one', async () => {
    const other = await create({ displayName: '路人甲' });
    const again = await api('POST', `/customers/${other}/merge`, supervisor, { loserId: loser });
    expect([again.statusCode, again.json().code, again.json().mergedInto]).toEqual([409, 'merge_source_unavailable', winner]);
    const into = await api('POST', `/customers/${loser}/merge`, supervisor, { loserId: other });
    expect([into.statusCode, into.json().code]).toEqual([409, 'customer_merged']);
  });
});

describe('duplicate suggestions', () => {
  let nana: string;
  let twin: string;
  let sameName: string;

  beforeAll(async () => {
    nana = await create({ displayName: '欧阳娜娜', realName: '欧阳娜', birthday: '1998-06-01', city: 'Beijing', identities: [{ type: 'phone', value: '13900000001' }] });
    twin = await create({ displayName: '欧阳娜娜酱', birthday: '1998-06-01', identities: [{ type: 'phone', value: '13900000002' }] });
    await create({ displayName: '欧阳娜娜子', city: 'Chengdu' }); // similar name, nothing shared
    sameName = await create({ displayName: '小欧', realName: '欧阳娜', city: 'Beijing' }); // same real name and city
    await create({ displayName: '阿娜', realName: '欧阳娜' }); // same real name only: not enough
    await create({ displayName: '路人乙', birthday: '1998-06-01', city: 'Beijing' }); // shared signals, no similar name
  });

  it('finds similar Chinese names that share a signal, with the reasons, masked', async () => {
    const res = await api('GET', `/customers/${nana}/duplicates`, agent);
    expect(res.statusCode, res.body).toBe(200);
    const items = res.json().items as { customer: { id: string; phone: string; masked: boolean }; reasons: string[]; score: number }[];
    expect(items.map((i) => i.customer.id)).toEqual([sameName, twin]);
    expect(items[0]!.reasons).toEqual(['sameRealName', 'sameCity']);
    expect(items[0]!.score).toBe(1);
    expect(items[1]).toMatchObject({ reasons: ['similarDisplayName', 'sameBirthday'], customer: { phone: '+86 139****0002', masked: true } });
    expect(items[1]!.score).toBeGreaterThanOrEqual(0.5);
  });

  it('suggests nothing for a name without a similar, signal-sharing twin', async () => {
    const lonely = await create({ displayName: '独行侠', birthday: '1998-06-01', city: 'Beijing' });
    expect((await api('GET', `/customers/${lonely}/duplicates`, agent)).json().items).toEqual([]);
    expect((await api('GET', '/customers/00000000-0000-4000-8000-000000000000/duplicates', agent)).statusCode).toBe(404);
  });
});
