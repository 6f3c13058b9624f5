import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createApiKey, signIn } from '../../../test/helpers/auth';
import { createTestApp, type TestApp } from '../../../test/helpers/test-app';
import type { EventEnvelope } from '../../platform/bus/events';
import type { FakeClock } from '../../platform/clock';

let t: TestApp;
let admin: Record<string, string>;
let supervisor: Record<string, string>;
let agent: Record<string, string>;
const published: EventEnvelope[] = [];

beforeAll(async () => {
  t = await createTestApp();
  admin = (await signIn(t, 'admin')).headers;
  supervisor = (await signIn(t, 'supervisor')).headers;
  agent = (await signIn(t, 'agent')).headers;
  for (const name of ['customer.created', 'customer.updated', 'customer.identity_added', 'customer.identity_removed'] as const) {
    t.deps.bus.subscribe(name, (e) => void published.push(e as EventEnvelope));
  }
});
afterAll(async () => t.close());

const api = (method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, headers: Record<string, string>, payload?: unknown) =>
  t.app.inject({ method, url: `/api/v1${url}`, headers, ...(payload === undefined ? {} : { payload: payload as object }) });

const zhangWei = {
  displayName: '夜雨',
  realName: '张伟',
  gender: 'male',
  birthday: '1995-04-12',
  city: 'Shanghai',
  source: 'store',
  tags: ['vip', 'vip', 'moba'],
  interests: { games: ['王者荣耀'] },
  consent: { marketingSms: { granted: true, source: 'form' } },
  identities: [
    { type: 'phone', value: '138 1234 1234' },
    { type: 'email', value: 'ZhangWei@Example.com' },
    { type: 'game_account', value: '10086', attrs: { server: 's1', roleName: '夜雨' } },
  ],
};

async function create(body: object = zhangWei) {
  const res = await api('POST', '/customers', supervisor, body);
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

describe('creating and reading customers', () => {
  let id: string;

  it('creates a profile with normalised identities, answered masked even to a supervisor', async () => {
    const customer = await create();
    id = customer.id;
    expect(customer).toMatchObject({
      displayName: '夜雨',
      realName: '张*',
      phone: '+86 138****1234',
      email: 'z***@example.com',
      tags: ['vip', 'moba'],
      source: 'store',
      status: 'active',
      masked: true,
      consent: { marketingSms: { granted: true, source: 'form', at: t.clock.now().toISOString() } },
      stats: { totalSpend: '0.00', spend12m: '0.00', eventCount: 0, lastSeenAt: null },
    });
    const revealed = (await api('POST', `/customers/${id}/reveal`, supervisor)).json();
    expect(revealed.realName).toBe('张伟');
    const byType = (a: string[], b: string[]) => (a[0]! < b[0]! ? -1 : 1);
    expect(revealed.identities.map((i: { type: string; value: string; isPrimary: boolean }) => [i.type, i.value, i.isPrimary]).sort(byType)).toEqual([
      ['email', 'zhangwei@example.com', true],
      ['game_account', '10086', true],
      ['phone', '+8613812341234', true],
    ]);
    await vi.waitFor(() => expect(published).toContainEqual(expect.objectContaining({ name: 'customer.created', payload: { customerId: id, source: 'store' } })));
    const fetched = await api('GET', `/customers/${id}`, supervisor);
    expect(fetched.json()).toEqual(customer);
  });

  it('masks real name, phone and email for an agent without customers:pii', async () => {
    const res = await api('GET', `/customers/${id}`, agent);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ realName: '张*', phone: '+86 138****1234', email: 'z***@example.com', masked: true });
    expect(body.identities.find((i: { type: string }) => i.type === 'game_account').value).toBe('10086');
    expect(res.body).not.toContain('13812341234');
    expect(res.body).not.toContain('张伟');
  });

  it('masks for API keys too; only a key with the customers:pii scope may reveal', async () => {
    const reader = await createApiKey(t, ['customers:read']);
    const piiReader = await createApiKey(t, ['customers:read', 'customers:pii']);
    expect((await api('GET', `/customers/${id}`, reader.headers)).json()).toMatchObject({ phone: '+86 138****1234', masked: true });
    expect((await api('GET', `/customers/${id}`, piiReader.headers)).json()).toMatchObject({ phone: '+86 138****1234', masked: true });
    expect((await api('POST', `/customers/${id}/reveal`, reader.headers)).statusCode).toBe(403);
    const revealed = await api('POST', `/customers/${id}/reveal`, piiReader.headers);
    expect(revealed.json().identities).toContainEqual(expect.objectContaining({ type: 'phone', value: '+8613812341234' }));
  });

  it('answers validation failures with the field, and bad identities with the reason', async () => {
    const missing = await api('POST', '/customers', supervisor, { realName: 'x' });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().errors[0]).toMatchObject({ in: 'body' });
    const blank = await api('POST', '/customers', supervisor, { displayName: '   ' });
    expect(blank.json()).toMatchObject({ code: 'validation_failed', errors: expect.arrayContaining([expect.objectContaining({ path: '/displayName' })]) });
    const badDate = await api('POST', '/customers', supervisor, { displayName: 'x', birthday: '1995-13-40' });
    expect(badDate.json()).toMatchObject({ code: 'validation_failed', errors: expect.arrayContaining([expect.objectContaining({ path: '/birthday' })]) });
    const badPhone = await api('POST', '/customers', supervisor, { displayName: 'x', identities: [{ type: 'phone', value: '12345' }] });
    expect(badPhone.statusCode).toBe(400);
    expect(badPhone.json()).toMatchObject({ code: 'invalid_identity', detail: "'12345' is not a valid phone number", index: 0 });
    const badType = await api('POST', '/customers', supervisor, { displayName: 'x', identities: [{ type: 'fax', value: '1' }] });
    expect(badType.json().code).toBe('validation_failed');
    const noStore = await api('POST', '/customers', supervisor, { displayName: 'x', homeStoreId: '0190f000-0000-7000-8000-000000000000' });
    expect(noStore.json()).toMatchObject({ status: 400, code: 'invalid_home_store' });
  });

  it('answers 409 identity_taken when a phone (however typed) already belongs to someone', async () => {
    const res = await api('POST', '/customers', supervisor, { displayName: 'copy', identities: [{ type: 'phone', value: '+86 138-1234-1234' }] });
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ code: 'identity_taken', type: 'urn:guildhall:error:identity_taken', identityType: 'phone', customerId: id });
  });

  it('answers 404 for an unknown customer', async () => {
    const res = await api('GET', '/customers/0190f000-0000-7000-8000-000000000000', agent);
    expect(res.json()).toMatchObject({ status: 404, code: 'customer_not_found' });
  });
});

describe('changing customers', () => {
  it('changes fields, writes history without personal values and announces customer.updated', async () => {
    const { id } = await create({ displayName: '晨曦', realName: '李娜', tags: ['new'] });
    const res = await api('PATCH', `/customers/${id}`, agent, { displayName: '晨曦2', realName: '李娜娜', tags: ['vip'], birthday: null, consent: { marketingEmail: { granted: false, source: 'phone' } } });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ displayName: '晨曦2', realName: '李**', tags: ['vip'], consent: { marketingEmail: { granted: false, source: 'phone' } } });
    const history = await t.deps.database.query<{ action: string; changes: Record<string, unknown> }>(
      'select action, changes from customer_history where customer_id = $1 order by action',
      [id],
    );
    expect(history.map((h) => h.action)).toEqual(['consent_changed', 'created', 'updated']);
    const updated = history.find((h) => h.action === 'updated')!;
    expect(updated.changes).toEqual({
      fields: ['displayName', 'realName', 'tags'],
      values: { displayName: { from: '晨曦', to: '晨曦2' }, tags: { from: ['new'], to: ['vip'] } },
    });
    expect(JSON.stringify(history)).not.toContain('李娜');
    await vi.waitFor(() =>
      expect(published).toContainEqual(
        expect.objectContaining({ name: 'customer.updated', payload: { customerId: id, changes: ['consent', 'displayName', 'realName', 'tags'] } }),
      ),
    );
  });

  it('writes nothing when a patch changes nothing', async () => {
    const { id } = await create({ displayName: '静', city: 'Beijing' });
    const res = await api('PATCH', `/customers/${id}`, agent, { city: 'Beijing' });
    expect(res.statusCode).toBe(200);
    const [row] = await t.deps.database.query<{ n: number }>(`select count(*)::int as n from customer_history where customer_id = $1 and action = 'updated'`, [id]);
    expect(row!.n).toBe(0);
  });

  it('refuses identities in a patch and unknown fields', async () => {
    const { id } = await create({ displayName: '风' });
    const res = await api('PATCH', `/customers/${id}`, agent, { identities: [] });
    expect(res.json().code).toBe('validation_failed');
  });

  it('answers 409 customer_merged with mergedInto for a merged profile', async () => {
    const from = await create({ displayName: 'old' });
    const to = await create({ displayName: 'new' });
    await t.deps.database.query(`update customers set status = 'merged', merged_into = $2 where id = $1`, [from.id, to.id]);
    const res = await api('GET', `/customers/${from.id}`, agent);
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ code: 'customer_merged', mergedInto: to.id });
    expect((await api('PATCH', `/customers/${from.id}`, agent, { city: 'x' })).json().code).toBe('customer_merged');
  });
});

describe('identities', () => {
  it('adds, makes primary and removes identities, answering masked values to an agent', async () => {
    const { id } = await create({ displayName: '双号', identities: [{ type: 'phone', value: '13900000001' }] });
    const added = await api('POST', `/customers/${id}/identities`, agent, { type: 'phone', value: '139 0000 0002', isPrimary: true });
    expect(added.statusCode, added.body).toBe(201);
    expect(added.json()).toMatchObject({ type: 'phone', value: '+86 139****0002', isPrimary: true });
    let customer = (await api('GET', `/customers/${id}`, supervisor)).json();
    expect(customer.phone).toBe('+86 139****0002');
    expect(customer.identities.filter((i: { isPrimary: boolean }) => i.isPrimary)).toHaveLength(1);

    (t.clock as FakeClock).advance(1000);
    const removed = await api('DELETE', `/customers/${id}/identities/${added.json().id}`, agent);
    expect(removed.statusCode).toBe(204);
    customer = (await api('GET', `/customers/${id}`, supervisor)).json();
    expect(customer.phone).toBe('+86 139****0001');
    expect(customer.identities).toEqual([expect.objectContaining({ value: '+86 139****0001', isPrimary: true })]);
    const actions = await t.deps.database.query<{ action: string; changes: { type: string } }>(
      `select action, changes from customer_history where customer_id = $1 and action like 'identity%' order by at, id`,
      [id],
    );
    expect(actions.map((a) => [a.action, a.changes.type])).toEqual([
      ['identity_added', 'phone'],
      ['identity_removed', 'phone'],
    ]);
    expect(JSON.stringify(actions)).not.toContain('0002');
    await vi.waitFor(() => expect(published.map((e) => e.name)).toEqual(expect.arrayContaining(['customer.identity_added', 'customer.identity_removed'])));
  });

  it('answers 409 identity_taken for an identity of another customer, 400 for an invalid one, 404 for a missing one', async () => {
    const a = await create({ displayName: 'A', identities: [{ type: 'qq', value: '55555' }] });
    const b = await create({ displayName: 'B' });
    expect((await api('POST', `/customers/${b.id}/identities`, agent, { type: 'qq', value: ' 55555 ' })).json()).toMatchObject({
      status: 409,
      code: 'identity_taken',
      customerId: a.id,
    });
    expect((await api('POST', `/customers/${b.id}/identities`, agent, { type: 'email', value: 'not-an-email' })).json()).toMatchObject({
      status: 400,
      code: 'invalid_identity',
    });
    expect((await api('DELETE', `/customers/${b.id}/identities/${a.identities[0].id}`, agent)).json()).toMatchObject({
      status: 404,
      code: 'identity_not_found',
    });
  });
});

describe('revealing personal data', () => {
  it('answers unmasked values to a supervisor and audits customer.pii_revealed', async () => {
    const { id } = await create({ displayName: '隐', realName: 'John Smith', identities: [{ type: 'email', value: 'john@example.com' }] });
    expect((await api('GET', `/customers/${id}`, agent)).json().realName).toBe('J*** S***');
    const res = await api('POST', `/customers/${id}/reveal`, supervisor);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ realName: 'John Smith', identities: [expect.objectContaining({ type: 'email', value: 'john@example.com' })] });
    const audit = await api('GET', `/audit?action=customer.pii_revealed&targetId=${id}`, admin);
    expect(audit.json().items).toEqual([
      expect.objectContaining({ actorType: 'user', targetType: 'customer', targetId: id, details: { fields: ['realName', 'email'] } }),
    ]);
  });

  it('is forbidden to an agent and audits nothing then', async () => {
    const { id } = await create({ displayName: '隐2', realName: '王芳' });
    const res = await api('POST', `/customers/${id}/reveal`, agent, {});
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('forbidden');
    const audit = await api('GET', `/audit?action=customer.pii_revealed&targetId=${id}`, admin);
    expect(audit.json().items).toEqual([]);
  });
});
