import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/helpers/test-app';
import { logIn, signIn, TEST_PASSWORD } from '../../../test/helpers/auth';
import { FakeClock } from '../clock';
import { roleHas, roles } from '../auth/permissions';
import { recordAudit, systemActor } from './audit.service';

interface Entry {
  id: string;
  action: string;
  actorType: string;
  actorId: string | null;
  targetId: string | null;
  ip: string;
  requestId: string;
  details: Record<string, unknown>;
}

const clock = new FakeClock('2026-04-01T09:00:00Z');
let t: TestApp;
let admin: Awaited<ReturnType<typeof signIn>>;
beforeAll(async () => {
  t = await createTestApp({ clock });
  admin = await signIn(t, 'admin');
});
afterAll(async () => t.close());

async function entries(query = ''): Promise<Entry[]> {
  const res = await t.app.inject({ method: 'GET', url: `/api/v1/audit?limit=200${query}`, headers: admin.headers });
  expect(res.statusCode).toBe(200);
  return res.json().items;
}
const inject = (method: 'POST' | 'PATCH' | 'DELETE', url: string, payload?: object, headers = admin.headers, requestId?: string) =>
  t.app.inject({ method, url: `/api/v1${url}`, headers: { ...headers, ...(requestId ? { 'x-request-id': requestId } : {}) }, payload, remoteAddress: '198.51.100.9' });

describe('audited actions', () => {
  it('records user administration with actor, target, ip and request id', async () => {
    const created = await inject('POST', '/users', { email: 'audited@test.example', name: 'Aud', role: 'agent', password: TEST_PASSWORD }, admin.headers, 'req-create-1');
    const id = created.json().id as string;
    await inject('PATCH', `/users/${id}`, { role: 'analyst' });
    await inject('PATCH', `/users/${id}`, { active: false });
    await inject('POST', `/users/${id}/password`, { newPassword: 'Other-password-1' });
    const mine = await entries(`&targetId=${id}`);
    expect(mine.map((e) => e.action).reverse()).toEqual([
      'user.created',
      'user.updated',
      'user.role_changed',
      'user.updated',
      'user.deactivated',
      'user.password_reset',
    ]);
    const createdEntry = mine.find((e) => e.action === 'user.created')!;
    expect(createdEntry).toMatchObject({ actorType: 'user', actorId: admin.user.id, ip: '198.51.100.9', requestId: 'req-create-1' });
    expect(mine.find((e) => e.action === 'user.role_changed')!.details).toEqual({ from: 'agent', to: 'analyst' });
  });

  it('records login, failed login (with the email, never the password), lockout, logout and password change', async () => {
    const u = await signIn(t, 'agent');
    const max = t.deps.config.auth.maxFailedLogins;
    for (let i = 0; i < max; i++) {
      await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: u.user.email, password: 'Secret-wrong-77' } });
    }
    clock.advance(t.deps.config.auth.lockoutMinutes * 60_000 + 1);
    const session = await logIn(t, u.user.email, u.password);
    await inject('POST', '/auth/password', { currentPassword: u.password, newPassword: 'Changed-password-1' }, session.headers);
    await inject('POST', '/auth/logout', undefined, session.headers);
    const mine = await entries(`&targetId=${u.user.id}`);
    const actions = mine.map((e) => e.action);
    for (const a of ['auth.login', 'auth.login_failed', 'auth.locked', 'auth.password_changed', 'auth.logout']) expect(actions).toContain(a);
    expect(actions.filter((a) => a === 'auth.login_failed')).toHaveLength(max);
    const failed = mine.find((e) => e.action === 'auth.login_failed')!;
    expect(failed.details.email).toBe(u.user.email);
    expect(JSON.stringify(mine)).not.toContain('Secret-wrong-77');
    const unknown = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: 'ghost@test.example', password: 'Secret-wrong-77' } });
    expect(unknown.statusCode).toBe(401);
    const ghost = (await entries('&action=auth.login_failed')).find((e) => e.details.email === 'ghost@test.example');
    expect(ghost).toMatchObject({ actorType: 'anonymous', targetId: null });
  });

  it('records API key creation and revocation', async () => {
    const res = await inject('POST', '/api-keys', { name: 'audited key', scopes: ['events:write'] });
    const id = res.json().apiKey.id as string;
    await inject('DELETE', `/api-keys/${id}`);
    const mine = await entries(`&targetId=${id}`);
    expect(mine.map((e) => e.action)).toEqual(['apikey.revoked', 'apikey.created']);
    expect(JSON.stringify(mine)).not.toContain(res.json().key);
  });

  it('commits an entry with its transaction and not when it rolls back', async () => {
    const at = clock.now();
    await expect(
      t.deps.database.db.transaction(async (tx) => {
        await recordAudit(tx, { at, actor: systemActor, action: 'test.rolled_back' });
        throw new Error('rollback');
      }),
    ).rejects.toThrow('rollback');
    await recordAudit(t.deps.database.db, { at, actor: systemActor, action: 'test.standalone', details: { n: 1 } });
    expect(await entries('&action=test.rolled_back')).toEqual([]);
    expect((await entries('&action=test.standalone'))[0]).toMatchObject({ actorType: 'system', details: { n: 1 } });
  });
});

describe('GET /audit', () => {
  it('filters by actor, action and time, and paginates newest first without overlap', async () => {
    const byAdmin = await entries(`&actorId=${admin.user.id}`);
    expect(byAdmin.length).toBeGreaterThan(5);
    expect(byAdmin.every((e) => e.actorId === admin.user.id)).toBe(true);
    const all: Entry[] = [];
    let cursor: string | null = '';
    while (cursor !== null) {
      const res = await t.app.inject({ method: 'GET', url: `/api/v1/audit?limit=3&actorId=${admin.user.id}${cursor ? `&cursor=${cursor}` : ''}`, headers: admin.headers });
      const body = res.json() as { items: Entry[]; nextCursor: string | null };
      expect(body.items.length).toBeLessThanOrEqual(3);
      all.push(...body.items);
      cursor = body.nextCursor;
    }
    expect(all.map((e) => e.id)).toEqual(byAdmin.map((e) => e.id));
    expect(new Set(all.map((e) => e.id)).size).toBe(all.length);
    const future = encodeURIComponent(new Date(clock.now().getTime() + 1000).toISOString());
    expect(await entries(`&from=${future}`)).toEqual([]);
    expect((await entries(`&to=${future}&action=user.created`)).every((e) => e.action === 'user.created')).toBe(true);
  });

  it('is forbidden to roles without audit:read', async () => {
    for (const role of roles.filter((r) => !roleHas(r, 'audit:read'))) {
      const { headers } = await signIn(t, role);
      const res = await t.app.inject({ method: 'GET', url: '/api/v1/audit', headers });
      expect(res.statusCode, role).toBe(403);
      expect(res.json().code).toBe('forbidden');
    }
  });
});
