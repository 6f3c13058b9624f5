import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn } from '../../../test/helpers/auth';
import { createTestApp, type TestApp } from '../../../test/helpers/test-app';

let t: TestApp;
let admin: Record<string, string>;
let manager: Record<string, string>;
let agent: Record<string, string>;
let otherAgent: Record<string, string>;

beforeAll(async () => {
  t = await createTestApp();
  admin = (await signIn(t, 'admin')).headers;
  manager = (await signIn(t, 'manager')).headers;
  agent = (await signIn(t, 'agent')).headers;
  otherAgent = (await signIn(t, 'agent')).headers;
});
afterAll(async () => t.close());

const api = (method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, headers: Record<string, string>, payload?: unknown) =>
  t.app.inject({ method, url: `/api/v1${url}`, headers, ...(payload === undefined ? {} : { payload: payload as object }) });

describe('custom fields', () => {
  let tierId: string;

  it('lets a manager define fields, lists them in order and audits the change', async () => {
    const tier = await api('POST', '/customer-fields', manager, { key: 'tier', label: '会员等级', type: 'enum', options: ['silver', 'gold'], sortOrder: 2 });
    expect(tier.statusCode, tier.body).toBe(201);
    tierId = tier.json().id;
    expect(tier.json()).toMatchObject({ key: 'tier', type: 'enum', options: ['silver', 'gold'], required: false });
    for (const f of [
      { key: 'level', label: 'Level', type: 'number', sortOrder: 1 },
      { key: 'since', label: 'Member since', type: 'date', sortOrder: 3 },
      { key: 'vip', label: 'VIP', type: 'boolean', required: true, sortOrder: 4 },
      { key: 'motto', label: 'Motto', type: 'text', sortOrder: 5, options: ['ignored'] },
    ]) {
      expect((await api('POST', '/customer-fields', admin, f)).statusCode).toBe(201);
    }
    const list = await api('GET', '/customer-fields', agent);
    expect(list.json().items.map((f: { key: string }) => f.key)).toEqual(['level', 'tier', 'since', 'vip', 'motto']);
    expect(list.json().items.find((f: { key: string }) => f.key === 'motto').options).toEqual([]);
    const audit = await api('GET', `/audit?action=customfield.created&targetId=${tierId}`, admin);
    expect(audit.json().items).toHaveLength(1);
  });

  it('refuses a duplicate key, a bad key and an enum without options', async () => {
    expect((await api('POST', '/customer-fields', admin, { key: 'tier', label: 'x', type: 'text' })).json()).toMatchObject({ status: 409, code: 'custom_field_key_taken' });
    expect((await api('POST', '/customer-fields', admin, { key: 'Bad Key', label: 'x', type: 'text' })).json().code).toBe('validation_failed');
    expect((await api('POST', '/customer-fields', admin, { key: 'colour', label: 'x', type: 'enum', options: [] })).json()).toMatchObject({
      status: 400,
      code: 'invalid_custom_field_options',
    });
    expect((await api('POST', '/customer-fields', admin, { key: 'colour', label: 'x', type: 'enum', options: ['a', 'a'] })).json().code).toBe('invalid_custom_field_options');
  });

  it('is managed only with customfields:manage', async () => {
    expect((await api('POST', '/customer-fields', agent, { key: 'nope', label: 'x', type: 'text' })).statusCode).toBe(403);
  });

  it('validates profile values by type on create and update, and needs required ones on create', async () => {
    const ok = await api('POST', '/customers', agent, { displayName: 'A', custom: { level: 7, tier: 'gold', since: '2024-02-29', vip: true, motto: '冲' } });
    expect(ok.statusCode, ok.body).toBe(201);
    expect(ok.json().custom).toEqual({ level: 7, tier: 'gold', since: '2024-02-29', vip: true, motto: '冲' });
    const cases: [Record<string, unknown>, string, string][] = [
      [{ vip: true, level: '7' }, 'level', 'must be a number'],
      [{ vip: true, tier: 'bronze' }, 'tier', 'must be one of silver, gold'],
      [{ vip: true, since: '2023-02-29' }, 'since', 'must be a date YYYY-MM-DD'],
      [{ vip: 'yes' }, 'vip', 'must be true or false'],
      [{ vip: true, motto: 'x'.repeat(2001) }, 'motto', 'must be at most 2000 characters'],
      [{ level: 1 }, 'vip', 'is required'],
      [{ vip: true, colour: 'red' }, 'colour', 'is not a custom field'],
    ];
    for (const [custom, key, reason] of cases) {
      const res = await api('POST', '/customers', agent, { displayName: 'B', custom });
      expect(res.json(), JSON.stringify(custom)).toMatchObject({ status: 400, code: 'invalid_custom_field', key, reason, detail: `custom.${key} ${reason}` });
    }
    const id = ok.json().id;
    const patched = await api('PATCH', `/customers/${id}`, agent, { custom: { level: 8, motto: null } });
    expect(patched.json().custom).toEqual({ level: 8, tier: 'gold', since: '2024-02-29', vip: true });
    expect((await api('PATCH', `/customers/${id}`, agent, { custom: { vip: null } })).json()).toMatchObject({ code: 'invalid_custom_field', key: 'vip', reason: 'is required' });
    expect((await api('PATCH', `/customers/${id}`, agent, { custom: { tier: 'platinum' } })).json()).toMatchObject({ code: 'invalid_custom_field', key: 'tier' });
  });

  it('changes options and keeps values of a deleted field in profiles', async () => {
    const changed = await api('PATCH', `/customer-fields/${tierId}`, manager, { options: ['silver', 'gold', 'platinum'], label: '等级' });
    expect(changed.json()).toMatchObject({ label: '等级', options: ['silver', 'gold', 'platinum'] });
    const customer = await api('POST', '/customers', agent, { displayName: 'C', custom: { tier: 'platinum', vip: false } });
    expect(customer.statusCode).toBe(201);
    expect((await api('DELETE', `/customer-fields/${tierId}`, manager)).statusCode).toBe(204);
    expect((await api('GET', `/customers/${customer.json().id}`, agent)).json().custom).toEqual({ tier: 'platinum', vip: false });
    expect((await api('DELETE', `/customer-fields/${tierId}`, manager)).json()).toMatchObject({ status: 404, code: 'custom_field_not_found' });
    expect((await api('GET', '/customer-fields', agent)).json().items.map((f: { key: string }) => f.key)).not.toContain('tier');
  });
});

describe('saved views', () => {
  it('shows my views and shared ones, and lets only the owner change them', async () => {
    const mine = await api('POST', '/customer-views', agent, { name: 'VIP 徐汇', filters: { tag: 'vip', 'custom.level': '30' }, sort: '-totalSpend' });
    expect(mine.statusCode, mine.body).toBe(201);
    expect(mine.json()).toMatchObject({ name: 'VIP 徐汇', shared: false, filters: { tag: 'vip', 'custom.level': '30' }, sort: '-totalSpend' });
    const shared = await api('POST', '/customer-views', agent, { name: 'Active', filters: { consent: 'marketingSms' }, sort: '-lastSeenAt', shared: true });
    const theirs = await api('POST', '/customer-views', otherAgent, { name: 'Theirs', filters: {}, sort: 'displayName' });

    expect((await api('GET', '/customer-views', agent)).json().items.map((v: { name: string }) => v.name)).toEqual(['Active', 'VIP 徐汇']);
    expect((await api('GET', '/customer-views', otherAgent)).json().items.map((v: { name: string }) => v.name)).toEqual(['Active', 'Theirs']);

    expect((await api('PATCH', `/customer-views/${shared.json().id}`, otherAgent, { name: 'Hijack' })).json()).toMatchObject({ status: 403, code: 'not_view_owner' });
    expect((await api('PATCH', `/customer-views/${mine.json().id}`, otherAgent, { name: 'Hijack' })).json()).toMatchObject({ status: 404, code: 'saved_view_not_found' });
    expect((await api('DELETE', `/customer-views/${theirs.json().id}`, agent)).statusCode).toBe(404);

    const renamed = await api('PATCH', `/customer-views/${mine.json().id}`, agent, { name: 'VIP', shared: true });
    expect(renamed.json()).toMatchObject({ name: 'VIP', shared: true });
    expect((await api('DELETE', `/customer-views/${shared.json().id}`, agent)).statusCode).toBe(204);
    expect((await api('GET', '/customer-views', otherAgent)).json().items.map((v: { name: string }) => v.name)).toEqual(['Theirs', 'VIP']);
  });

  it('refuses filters the list does not know', async () => {
    const res = await api('POST', '/customer-views', agent, { name: 'x', filters: { phone: '138' }, sort: '-createdAt' });
    expect(res.json().code).toBe('validation_failed');
  });
});
