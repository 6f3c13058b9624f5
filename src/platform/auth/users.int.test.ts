import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/helpers/test-app';
import { logIn, signIn, testIp, TEST_PASSWORD } from '../../../test/helpers/auth';
import { FakeClock } from '../clock';
import { createAdmin } from './create-admin';

let t: TestApp;
let admin: Awaited<ReturnType<typeof signIn>>;
beforeAll(async () => {
  t = await createTestApp();
  admin = await signIn(t, 'admin');
});
afterAll(async () => t.close());

const api = (method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object, headers = admin.headers) =>
  t.app.inject({ method, url: `/api/v1${url}`, headers, ...(payload ? { payload } : {}) });

async function create(body: Record<string, unknown> = {}) {
  const n = Math.random().toString(36).slice(2, 8);
  const res = await api('POST', '/users', { email: `User.${n}@Test.Example`, name: `User ${n}`, role: 'agent', password: TEST_PASSWORD, ...body });
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

describe('POST /users', () => {
  it('creates a user with a lower-cased email and never returns the password hash', async () => {
    const user = await create({ locale: 'en' });
    expect(user.email).toMatch(/^user\.[a-z0-9]+@test\.example$/);
    expect(user).toMatchObject({ role: 'agent', locale: 'en', active: true, lastLoginAt: null });
    expect(JSON.stringify(user)).not.toMatch(/password|argon/i);
    const fetched = await api('GET', `/users/${user.id}`);
    expect(fetched.json()).toEqual(user);
  });

  it('rejects a taken email (any case), an unknown role and a weak password', async () => {
    const user = await create();
    const again = await api('POST', '/users', { email: user.email.toUpperCase(), name: 'X', role: 'agent', password: TEST_PASSWORD });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('email_taken');
    const role = await api('POST', '/users', { email: 'role@test.example', name: 'X', role: 'wizard', password: TEST_PASSWORD });
    expect(role.json()).toMatchObject({ status: 400, code: 'unknown_role' });
    const weak = await api('POST', '/users', { email: 'weak@test.example', name: 'X', role: 'agent', password: 'password' });
    expect(weak.json()).toMatchObject({ status: 400, code: 'weak_password' });
  });

  it('answers 400 (not 500) for a store that does not exist', async () => {
    const res = await api('POST', '/users', { email: 'nostore@test.example', name: 'X', role: 'agent', password: TEST_PASSWORD, storeId: '01900000-0000-7000-8000-000000000000' });
    expect(res.statusCode).toBe(400);
  });
});

describe('GET /users', () => {
  it('filters by role, text and active, and paginates newest first', async () => {
    const made = [];
    for (let i = 0; i < 3; i++) {
      (t.clock as FakeClock).advance(1000);
      made.push(await create({ role: 'analyst' }));
    }
    const page1 = await api('GET', '/users?role=analyst&limit=2');
    expect(page1.statusCode).toBe(200);
    const body1 = page1.json();
    expect(body1.items).toHaveLength(2);
    expect(body1.nextCursor).toEqual(expect.any(String));
    const page2 = (await api('GET', `/users?role=analyst&limit=2&cursor=${body1.nextCursor}`)).json();
    expect(page2.nextCursor).toBeNull();
    const ids = [...body1.items, ...page2.items].map((u: { id: string }) => u.id);
    expect(ids).toEqual(made.map((u) => u.id).reverse());
    const q = (await api('GET', `/users?q=${encodeURIComponent(made[1].name)}`)).json();
    expect(q.items.map((u: { id: string }) => u.id)).toEqual([made[1].id]);
    expect((await api('GET', '/users?active=false')).json().items).toEqual([]);
  });

  it('rejects a forged cursor with 400 invalid_cursor', async () => {
    const res = await api('GET', `/users?cursor=${Buffer.from('{"k":"nope","id":"x"}').toString('base64url')}`);
    expect(res.json()).toMatchObject({ status: 400, code: 'invalid_cursor' });
  });
});

describe('PATCH /users/:id', () => {
  it('changes the role', async () => {
    const user = await create();
    const res = await api('PATCH', `/users/${user.id}`, { role: 'team_lead', name: 'Lead' });
    expect(res.json()).toMatchObject({ role: 'team_lead', name: 'Lead' });
  });

  it('will not let an admin change their own role or deactivate themselves', async () => {
    for (const body of [{ role: 'agent' }, { active: false }]) {
      const res = await api('PATCH', `/users/${admin.user.id}`, body);
      expect(res.statusCode).toBe(409);
      expect(res.json().code).toBe('cannot_change_own_role');
    }
    expect((await api('PATCH', `/users/${admin.user.id}`, { name: 'Still me' })).statusCode).toBe(200);
  });

  it('deactivating a user revokes their sessions and blocks login', async () => {
    const victim = await signIn(t, 'agent');
    expect((await api('PATCH', `/users/${victim.user.id}`, { active: false })).json().active).toBe(false);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: victim.headers })).statusCode).toBe(401);
    const login = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: victim.user.email, password: victim.password }, remoteAddress: testIp() });
    expect(login.json()).toMatchObject({ status: 403, code: 'account_disabled' });
  });

  it('answers 404 user_not_found for an unknown id', async () => {
    const res = await api('PATCH', '/users/01900000-0000-7000-8000-000000000000', { name: 'x' });
    expect(res.json()).toMatchObject({ status: 404, code: 'user_not_found' });
  });
});

describe('POST /users/:id/password', () => {
  it('sets a new password and signs the user out everywhere', async () => {
    const victim = await signIn(t, 'agent');
    const res = await api('POST', `/users/${victim.user.id}/password`, { newPassword: 'Reset-password-99' });
    expect(res.statusCode).toBe(204);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: victim.headers })).statusCode).toBe(401);
    await expect(logIn(t, victim.user.email, 'Reset-password-99')).resolves.toBeDefined();
  });
});

describe('createAdmin', () => {
  it('creates an admin, then resets its password and role', async () => {
    expect(await createAdmin(t.deps, { email: 'Root@Test.Example', name: 'Root', password: 'First-password-1' })).toBe('created');
    const root = await logIn(t, 'root@test.example', 'First-password-1');
    const id = (await t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: root.headers })).json().user.id;
    await api('PATCH', `/users/${id}`, { role: 'agent', active: false });
    expect(await createAdmin(t.deps, { email: 'root@test.example', name: 'Root', password: 'Second-password-2' })).toBe('reset');
    const again = await logIn(t, 'root@test.example', 'Second-password-2');
    const me = (await t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: again.headers })).json();
    expect(me.user).toMatchObject({ role: 'admin', active: true });
  });
});
