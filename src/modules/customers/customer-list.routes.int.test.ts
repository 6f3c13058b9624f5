import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn } from '../../../test/helpers/auth';
import { createTestApp, type TestApp } from '../../../test/helpers/test-app';
import type { FakeClock } from '../../platform/clock';

let t: TestApp;
let admin: Record<string, string>;
let supervisor: Record<string, string>;
let agent: Record<string, string>;
let storeA: string;
let storeB: string;

type Summary = { id: string; displayName: string; realName: string | null; phone: string | null; email: string | null; createdAt: string; masked: boolean; stats: { totalSpend: string; lastSeenAt: string | null; visitCount: number } };
const people: Record<string, string> = {};

const api = (method: 'GET' | 'POST', url: string, headers: Record<string, string>, payload?: unknown) =>
  t.app.inject({ method, url: `/api/v1${url}`, headers, ...(payload === undefined ? {} : { payload: payload as object }) });

async function customer(key: string, body: Record<string, unknown>, stats?: { spend: string; lastSeen: string | null; visits: number }) {
  const res = await api('POST', '/customers', admin, body);
  expect(res.statusCode, res.body).toBe(201);
  people[key] = res.json().id;
  if (stats) {
    await t.deps.database.query('insert into customer_stats (customer_id, total_spend, last_seen_at, visit_count) values ($1, $2, $3, $4)', [
      people[key],
      stats.spend,
      stats.lastSeen,
      stats.visits,
    ]);
  }
}

beforeAll(async () => {
  t = await createTestApp();
  admin = (await signIn(t, 'admin')).headers;
  supervisor = (await signIn(t, 'supervisor')).headers;
  agent = (await signIn(t, 'agent')).headers;
  storeA = (await api('POST', '/stores', admin, { code: 'SH-01', name: '徐汇店' })).json().id;
  storeB = (await api('POST', '/stores', admin, { code: 'SH-02', name: '静安店' })).json().id;
  for (const field of [
    { key: 'tier', label: '等级', type: 'enum', options: ['silver', 'gold'] },
    { key: 'level', label: 'Level', type: 'number' },
    { key: 'vip', label: 'VIP', type: 'boolean' },
  ]) {
    expect((await api('POST', '/customer-fields', admin, field)).statusCode).toBe(201);
  }
  const clock = t.clock as FakeClock;
  const granted = { marketingEmail: { granted: true, source: 'form' } };
  await customer('zhangwei', { displayName: '张伟', realName: '张伟', tags: ['vip'], homeStoreId: storeA, consent: granted, custom: { tier: 'gold', level: 30, vip: true }, identities: [{ type: 'phone', value: '13812341234' }, { type: 'email', value: 'zw@example.com' }, { type: 'game_account', value: 'acct-777' }] }, { spend: '500.00', lastSeen: '2026-01-05T10:00:00.000Z', visits: 3 });
  await customer('zhangweiwei', { displayName: '张伟伟', tags: ['vip', 'moba'], homeStoreId: storeA, custom: { tier: 'silver', level: 30 } }, { spend: '500.00', lastSeen: '2026-01-06T10:00:00.000Z', visits: 1 });
  clock.advance(1000);
  await customer('lina', { displayName: '李娜', realName: '李娜', homeStoreId: storeB, source: 'community', consent: { marketingEmail: { granted: false, source: 'form' } } }, { spend: '80.50', lastSeen: null, visits: 0 });
  await customer('wangfang', { displayName: '王芳', tags: ['moba'], homeStoreId: storeB, consent: granted, custom: { level: 5, vip: false } }, { spend: '1200.00', lastSeen: '2026-01-01T00:00:00.000Z', visits: 9 });
  clock.advance(1000);
  for (let i = 0; i < 6; i++) {
    await customer(`player${i}`, { displayName: `Player ${i}`, tags: i % 2 ? ['moba'] : [] }, i < 3 ? { spend: `${10 * i}.00`, lastSeen: `2026-01-0${i + 2}T00:00:00.000Z`, visits: i } : undefined);
    if (i === 2) clock.advance(1000);
  }
});
afterAll(async () => t.close());

async function walk(query: string, headers = agent, limit = 3): Promise<Summary[]> {
  const all: Summary[] = [];
  let cursor: string | null = null;
  for (let pages = 0; pages < 50; pages++) {
    const res = await api('GET', `/customers?limit=${limit}&${query}${cursor ? `&cursor=${cursor}` : ''}`, headers);
    expect(res.statusCode, res.body).toBe(200);
    const page = res.json() as { items: Summary[]; nextCursor: string | null };
    expect(page.items.length).toBeLessThanOrEqual(limit);
    all.push(...page.items);
    cursor = page.nextCursor;
    if (!cursor) return all;
  }
  throw new Error('too many pages');
}
const names = (items: { displayName: string }[]) => items.map((c) => c.displayName);
const ids = (items: { id: string }[]) => items.map((c) => c.id);

describe('listing customers', () => {
  it('walks every page of each sort without gaps or repeats', async () => {
    const everyone = await walk('sort=-createdAt', supervisor, 100);
    expect(everyone).toHaveLength(10);
    const byCreated = [...everyone].sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
    expect(ids(await walk('sort=createdAt'))).toEqual(ids(byCreated));
    expect(ids(await walk('sort=-createdAt'))).toEqual(ids([...byCreated].reverse()));
    const byName = [...everyone].sort((a, b) => (a.displayName < b.displayName ? -1 : a.displayName > b.displayName ? 1 : a.id.localeCompare(b.id)));
    expect(ids(await walk('sort=displayName', agent, 4))).toEqual(ids(byName));
    const bySpend = [...everyone].sort((a, b) => Number(b.stats.totalSpend) - Number(a.stats.totalSpend) || b.id.localeCompare(a.id));
    const spendWalk = await walk('sort=-totalSpend', agent, 2);
    expect(ids(spendWalk)).toEqual(ids(bySpend));
    expect(spendWalk[0]).toMatchObject({ displayName: '王芳', stats: { totalSpend: '1200.00', visitCount: 9 } });
    const seen = await walk('sort=-lastSeenAt', agent, 3);
    expect(names(seen.slice(0, 6))).toEqual(['张伟伟', '张伟', 'Player 2', 'Player 1', 'Player 0', '王芳']);
    expect(seen.slice(6).every((c) => c.stats.lastSeenAt === null)).toBe(true);
    expect(ids(seen.slice(6))).toEqual(ids(seen.slice(6)).sort().reverse());
    expect(new Set(ids(seen)).size).toBe(10);
  });

  it('masks contacts and real names in lists for every role, supervisors included', async () => {
    for (const viewer of [agent, supervisor]) {
      const row = (await walk('tag=vip&sort=displayName', viewer)).find((c) => c.id === people.zhangwei)!;
      expect(row).toMatchObject({ realName: '张*', phone: '+86 138****1234', email: 'z***@example.com', masked: true });
    }
  });

  it('filters by tag, store, source, spend range, last seen and consent', async () => {
    expect(names(await walk('tag=moba&sort=displayName'))).toEqual(['Player 1', 'Player 3', 'Player 5', '张伟伟', '王芳']);
    expect(names(await walk(`storeId=${storeB}&sort=displayName`))).toEqual(['李娜', '王芳']);
    expect(names(await walk('source=community'))).toEqual(['李娜']);
    expect(names(await walk('minSpend=80.5&maxSpend=500&sort=displayName'))).toEqual(['张伟', '张伟伟', '李娜']);
    expect(names(await walk('maxSpend=10&sort=displayName'))).toEqual(['Player 0', 'Player 1', 'Player 3', 'Player 4', 'Player 5']);
    expect(names(await walk('lastSeenFrom=2026-01-03T00:00:00Z&lastSeenTo=2026-01-06T00:00:00Z&sort=displayName'))).toEqual(['Player 1', 'Player 2', '张伟']);
    expect(names(await walk('consent=marketingEmail&sort=displayName'))).toEqual(['张伟', '王芳']);
    expect(names(await walk(`tag=vip&storeId=${storeA}&minSpend=100&sort=displayName`))).toEqual(['张伟', '张伟伟']);
  });

  it('filters by custom fields typed by their definitions', async () => {
    expect(names(await walk('custom.tier=gold'))).toEqual(['张伟']);
    expect(names(await walk('custom.level=30&sort=displayName'))).toEqual(['张伟', '张伟伟']);
    expect(names(await walk('custom.vip=false'))).toEqual(['王芳']);
    expect(names(await walk('custom.level=30&custom.tier=silver'))).toEqual(['张伟伟']);
    const unknown = await api('GET', '/customers?custom.colour=red', agent);
    expect(unknown.json()).toMatchObject({ status: 400, code: 'invalid_custom_field', key: 'colour' });
    const notNumber = await api('GET', '/customers?custom.level=thirty', agent);
    expect(notNumber.json()).toMatchObject({ status: 400, code: 'invalid_custom_field', reason: 'must be a number' });
  });

  it('finds by part of a name or an exact identity with q', async () => {
    expect(names(await walk('q=张伟&sort=displayName'))).toEqual(['张伟', '张伟伟']);
    expect(names(await walk('q=138 1234 1234'))).toEqual(['张伟']);
    expect(names(await walk('q=player 4'))).toEqual(['Player 4']);
  });

  it('refuses a forged cursor and a bad sort with 400', async () => {
    const forged = Buffer.from(JSON.stringify({ k: 'yesterday', id: people.lina })).toString('base64url');
    expect((await api('GET', `/customers?sort=createdAt&cursor=${forged}`, agent)).json()).toMatchObject({ status: 400, code: 'invalid_cursor' });
    const badId = Buffer.from(JSON.stringify({ k: '10.00', id: 'x' })).toString('base64url');
    expect((await api('GET', `/customers?sort=-totalSpend&cursor=${badId}`, agent)).json()).toMatchObject({ status: 400, code: 'invalid_cursor' });
    expect((await api('GET', '/customers?sort=phone', agent)).json().code).toBe('validation_failed');
  });
});

describe('searching customers', () => {
  const search = async (q: string, headers = agent) => {
    const res = await api('GET', `/customers/search?q=${encodeURIComponent(q)}`, headers);
    expect(res.statusCode, res.body).toBe(200);
    return res.json().items as { customer: Summary; matchedBy: string; score: number }[];
  };

  it('finds a phone however it is typed', async () => {
    for (const q of ['138 1234 1234', '+86 138 1234 1234', '13812341234']) {
      const items = await search(q);
      expect(items.map((i) => [i.customer.id, i.matchedBy, i.score])).toEqual([[people.zhangwei, 'phone', 1]]);
    }
  });

  it('finds an email in any case and a game account by its id', async () => {
    expect((await search('ZW@Example.COM')).map((i) => [i.customer.id, i.matchedBy])).toEqual([[people.zhangwei, 'email']]);
    expect((await search('acct-777')).map((i) => [i.customer.id, i.matchedBy])).toEqual([[people.zhangwei, 'identity']]);
  });

  it('ranks fuzzy Chinese name matches by similarity, and leaves out unrelated names', async () => {
    const items = await search('张伟');
    expect(items.map((i) => [i.customer.displayName, i.matchedBy])).toEqual([
      ['张伟', 'name'],
      ['张伟伟', 'name'],
    ]);
    expect(items[0]!.score).toBe(1);
    expect(items[1]!.score).toBeLessThan(1);
    expect(items[1]!.score).toBeGreaterThan(0.3);
    expect((await search('李娜')).map((i) => i.customer.displayName)).toEqual(['李娜']);
    expect(await search('赵敏')).toEqual([]);
  });

  it('finds names that are similar without sharing the beginning', async () => {
    await customer('johnathan', { displayName: 'Johnathan Smith' });
    const items = await search('Jonathan Smith');
    expect(items.map((i) => [i.customer.displayName, i.matchedBy])).toEqual([['Johnathan Smith', 'name']]);
    expect(items[0]!.score).toBeGreaterThan(0.5);
    expect(items[0]!.score).toBeLessThan(1);
  });

  it('finds a one-word name that differs in its first letters', async () => {
    await customer('xiaoming', { displayName: 'Xiaomingzhu' });
    const items = await search('Siaomingzhu');
    expect(items.map((i) => [i.customer.displayName, i.matchedBy])).toEqual([['Xiaomingzhu', 'name']]);
    expect(items[0]!.score).toBeGreaterThan(0.5);
    expect(await search('Siaoqiang')).toEqual([]);
  });

  it('finds by a full phone number but answers it masked, for every role', async () => {
    for (const viewer of [undefined, supervisor]) {
      const [hit] = await search('13812341234', viewer);
      expect(hit!.customer).toMatchObject({ phone: '+86 138****1234', realName: '张*', masked: true });
    }
  });

  it('caps the answer at limit and refuses a limit over 50', async () => {
    const res = await api('GET', '/customers/search?q=player&limit=2', agent);
    expect(res.json().items).toHaveLength(2);
    expect((await api('GET', '/customers/search?q=player&limit=51', agent)).json().code).toBe('validation_failed');
  });
});
