import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn } from '../../../test/helpers/auth';
import { createTestApp, type TestApp } from '../../../test/helpers/test-app';

let t: TestApp;
let admin: Record<string, string>;
let manager: Record<string, string>;
let agent: Record<string, string>;

beforeAll(async () => {
  t = await createTestApp();
  admin = (await signIn(t, 'admin')).headers;
  manager = (await signIn(t, 'manager')).headers;
  agent = (await signIn(t, 'agent')).headers;
});
afterAll(async () => t.close());

function call(method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, body?: unknown, headers = admin) {
  return t.app.inject({ method, url: `/api/v1${url}`, headers, ...(body === undefined ? {} : { payload: body as object }) });
}

describe('organisation settings', () => {
  it('answers the defaults on first read', async () => {
    const res = await call('GET', '/organisation', undefined, agent);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ name: '我的组织', timezone: 'Asia/Shanghai', defaultLocale: 'zh-CN', currency: 'CNY' });
    expect(Date.parse(res.json().updatedAt)).not.toBeNaN();
  });

  it('changes settings as a manager and audits the changed fields', async () => {
    const res = await call('PATCH', '/organisation', { name: 'Nebula Gaming', timezone: 'Asia/Taipei', currency: 'TWD' }, manager);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ name: 'Nebula Gaming', timezone: 'Asia/Taipei', currency: 'TWD', defaultLocale: 'zh-CN' });
    expect((await call('GET', '/organisation')).json().timezone).toBe('Asia/Taipei');
    const [entry] = await t.deps.database.query<{ details: { changes: Record<string, unknown> } }>(
      `select details from audit_log where action = 'organisation.updated'`,
    );
    expect(Object.keys(entry!.details.changes).sort()).toEqual(['currency', 'name', 'timezone']);
  });

  it('refuses an unknown time zone, locale or currency', async () => {
    const tz = await call('PATCH', '/organisation', { timezone: 'Asia/Atlantis' });
    expect([tz.statusCode, tz.json().code]).toEqual([400, 'invalid_timezone']);
    const locale = await call('PATCH', '/organisation', { defaultLocale: 'fr' });
    expect([locale.statusCode, locale.json().code]).toEqual([400, 'validation_failed']);
    const currency = await call('PATCH', '/organisation', { currency: 'cny' });
    expect([currency.statusCode, currency.json().code]).toEqual([400, 'validation_failed']);
    expect((await call('GET', '/organisation')).json().currency).toBe('TWD');
  });

  it('forbids an agent to change settings', async () => {
    const res = await call('PATCH', '/organisation', { name: 'Mine now' }, agent);
    expect([res.statusCode, res.json().code]).toEqual([403, 'forbidden']);
  });
});

describe('departments and teams', () => {
  let careId: string;
  let opsId: string;
  let teamId: string;

  it('creates departments and teams and lists them nested in sort order', async () => {
    const ops = await call('POST', '/departments', { code: 'ops', name: 'Operations', sortOrder: 5 });
    const care = await call('POST', '/departments', { code: 'care', name: 'Customer care', description: 'Complaints', sortOrder: 1 });
    expect([ops.statusCode, care.statusCode]).toEqual([201, 201]);
    expect(care.json()).toMatchObject({ code: 'care', name: 'Customer care', description: 'Complaints', sortOrder: 1 });
    careId = care.json().id;
    opsId = ops.json().id;
    const team = await call('POST', '/teams', { departmentId: careId, name: 'Night shift' });
    expect(team.statusCode).toBe(201);
    teamId = team.json().id;
    await call('POST', '/teams', { departmentId: careId, name: 'Day shift' });
    const list = (await call('GET', '/departments', undefined, agent)).json();
    expect(list.items.map((d: { code: string }) => d.code)).toEqual(['care', 'ops']);
    expect(list.items[0].teams.map((x: { name: string }) => x.name)).toEqual(['Day shift', 'Night shift']);
    expect(list.items[1].teams).toEqual([]);
  });

  it('answers 409 department_code_taken for a duplicate code', async () => {
    const res = await call('POST', '/departments', { code: 'care', name: 'Again' });
    expect([res.statusCode, res.json().code]).toEqual([409, 'department_code_taken']);
  });

  it('patches a department and a team', async () => {
    const dept = await call('PATCH', `/departments/${opsId}`, { name: 'Ops & tooling', sortOrder: 0 });
    expect(dept.json()).toMatchObject({ name: 'Ops & tooling', sortOrder: 0, code: 'ops' });
    expect((await call('GET', '/departments')).json().items[0].code).toBe('ops');
    const team = await call('PATCH', `/teams/${teamId}`, { description: 'Overnight' });
    expect(team.json()).toMatchObject({ id: teamId, description: 'Overnight', departmentId: careId });
    expect((await call('PATCH', `/departments/${opsId}`, { code: 'x' })).json().code).toBe('validation_failed');
  });

  it('refuses to delete a department with teams, and a team with users', async () => {
    const dept = await call('DELETE', `/departments/${careId}`);
    expect([dept.statusCode, dept.json().code]).toEqual([409, 'department_not_empty']);
    const now = new Date().toISOString();
    await t.deps.database.query(
      `insert into users (id, email, name, password_hash, role, department_id, team_id, password_changed_at, created_at, updated_at)
       values ($1, 'night.agent@example.com', 'Night agent', 'x', 'agent', $2, $3, $4, $4, $4)`,
      [t.deps.ids.uuid(), careId, teamId, now],
    );
    const team = await call('DELETE', `/teams/${teamId}`);
    expect([team.statusCode, team.json().code]).toEqual([409, 'team_not_empty']);
  });

  it('deletes an empty department and audits department.deleted', async () => {
    const res = await call('DELETE', `/departments/${opsId}`);
    expect(res.statusCode).toBe(204);
    expect((await call('GET', '/departments')).json().items.map((d: { code: string }) => d.code)).toEqual(['care']);
    const audit = (await call('GET', '/audit?action=department.deleted')).json();
    expect(audit.items.map((a: { targetId: string; actorType: string; details: { code: string } }) => [a.targetId, a.actorType, a.details.code])).toEqual([
      [opsId, 'user', 'ops'],
    ]);
    const again = await call('DELETE', `/departments/${opsId}`);
    expect([again.statusCode, again.json().code]).toEqual([404, 'department_not_found']);
  });

  it('forbids an agent to create departments or delete teams', async () => {
    expect((await call('POST', '/departments', { code: 'spies', name: 'Spies' }, agent)).statusCode).toBe(403);
    expect((await call('DELETE', `/teams/${teamId}`, undefined, agent)).statusCode).toBe(403);
  });

  it('documents the routes under the organisation tag in OpenAPI', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    expect(doc.paths['/api/v1/stores'].post.tags).toEqual(['organisation']);
    expect(doc.paths['/api/v1/departments/{id}'].delete.tags).toEqual(['organisation']);
  });
});
