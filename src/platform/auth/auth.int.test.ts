import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/helpers/test-app';
import { createApiKey, logIn, signIn, testIp, TEST_PASSWORD } from '../../../test/helpers/auth';
import { FakeClock } from '../clock';
import { findCredentialsById } from './users.repository';

const clock = new FakeClock('2026-03-01T08:00:00Z');
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ clock });
});
afterAll(async () => t.close());

const login = (email: string, password: string, ip = testIp()) =>
  t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password }, remoteAddress: ip });
const me = (headers: Record<string, string>) => t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers });

describe('POST /auth/login', () => {
  it('signs in with a case-insensitive email and sets a strict session cookie', async () => {
    const { user } = await signIn(t, 'agent');
    const res = await login(user.email.toUpperCase(), TEST_PASSWORD);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.user).toMatchObject({ id: user.id, email: user.email, role: 'agent', permissions: expect.arrayContaining(['customers:read']) });
    expect(body.user.passwordHash).toBeUndefined();
    expect(body.csrfToken).toMatch(/^[\w-]{20,}$/);
    const cookie = res.cookies.find((c) => c.name === 'gh_session')!;
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/', maxAge: 12 * 3600 });
    expect(cookie.secure).toBeFalsy();
    expect(cookie.value.length).toBeGreaterThan(30);
  });

  it('answers a wrong password and an unknown email alike, and counts the failure', async () => {
    const { user } = await signIn(t, 'agent');
    const wrong = await login(user.email, 'Wrong-password-1');
    const unknown = await login('nobody@test.example', 'Wrong-password-1');
    for (const res of [wrong, unknown]) {
      expect(res.statusCode).toBe(401);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.cookies).toHaveLength(0);
    }
    const { requestId: _a, ...w } = wrong.json();
    const { requestId: _b, ...u } = unknown.json();
    expect(w).toEqual(u);
    expect(w.code).toBe('invalid_credentials');
    expect((await findCredentialsById(t.deps.database.db, user.id))!.failedLoginCount).toBe(1);
  });

  it('locks the account after the configured failures until the lockout passes', async () => {
    const { user } = await signIn(t, 'agent');
    const max = t.deps.config.auth.maxFailedLogins;
    for (let i = 1; i < max; i++) expect((await login(user.email, 'Wrong-password-1')).statusCode).toBe(401);
    const locking = await login(user.email, 'Wrong-password-1');
    expect(locking.statusCode).toBe(423);
    expect(locking.json().code).toBe('account_locked');
    const stillLocked = await login(user.email, TEST_PASSWORD);
    expect(stillLocked.statusCode).toBe(423);
    clock.advance(t.deps.config.auth.lockoutMinutes * 60_000 - 1000);
    expect((await login(user.email, TEST_PASSWORD)).statusCode).toBe(423);
    clock.advance(2000);
    expect((await login(user.email, TEST_PASSWORD)).statusCode).toBe(200);
    const creds = await findCredentialsById(t.deps.database.db, user.id);
    expect(creds).toMatchObject({ failedLoginCount: 0, lockedUntil: null });
  });

  it('resets the failure count after a successful login', async () => {
    const { user } = await signIn(t, 'agent');
    await login(user.email, 'Wrong-password-1');
    await login(user.email, 'Wrong-password-1');
    expect((await login(user.email, TEST_PASSWORD)).statusCode).toBe(200);
    expect((await findCredentialsById(t.deps.database.db, user.id))!.failedLoginCount).toBe(0);
  });
});

describe('sessions', () => {
  it('expires a session after the configured TTL', async () => {
    const { headers } = await signIn(t, 'analyst');
    expect((await me(headers)).statusCode).toBe(200);
    clock.advance(t.deps.config.auth.sessionTtlHours * 3_600_000 + 1000);
    const res = await me(headers);
    expect(res.statusCode).toBe(401);
    expect(res.json().code).toBe('session_expired');
  });

  it('answers 401 unauthenticated without credentials or with an unknown cookie', async () => {
    expect((await me({})).json()).toMatchObject({ status: 401, code: 'unauthenticated' });
    expect((await me({ cookie: 'gh_session=made-up' })).json().code).toBe('unauthenticated');
  });

  it('logout revokes the session and clears the cookie', async () => {
    const { headers } = await signIn(t, 'agent');
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers });
    expect(res.statusCode).toBe(204);
    expect(res.cookies.find((c) => c.name === 'gh_session')?.value).toBe('');
    expect((await me(headers)).json().code).toBe('unauthenticated');
  });

  it('lists own sessions, marks the current one and revokes another', async () => {
    const first = await signIn(t, 'agent');
    const second = await logIn(t, first.user.email, first.password);
    const list = await t.app.inject({ method: 'GET', url: '/api/v1/auth/sessions', headers: first.headers });
    expect(list.statusCode).toBe(200);
    const items = list.json().items as { id: string; current: boolean }[];
    expect(items).toHaveLength(2);
    expect(items.filter((s) => s.current)).toHaveLength(1);
    const other = items.find((s) => !s.current)!;
    const del = await t.app.inject({ method: 'DELETE', url: `/api/v1/auth/sessions/${other.id}`, headers: first.headers });
    expect(del.statusCode).toBe(204);
    expect((await me(second.headers)).statusCode).toBe(401);
    expect((await me(first.headers)).statusCode).toBe(200);
    const again = await t.app.inject({ method: 'DELETE', url: `/api/v1/auth/sessions/${other.id}`, headers: first.headers });
    expect(again.statusCode).toBe(404);
  });

  it('serves an authenticated read with one database round trip, writing last_seen_at at most every 5 minutes', async () => {
    const { headers } = await signIn(t, 'agent');
    const count = countQueries(t);
    try {
      expect((await me(headers)).statusCode).toBe(200);
      expect(count.n).toBe(1);
      clock.advance(6 * 60_000);
      count.n = 0;
      expect((await me(headers)).statusCode).toBe(200);
      expect(count.n).toBe(2);
      count.n = 0;
      expect((await me(headers)).statusCode).toBe(200);
      expect(count.n).toBe(1);
    } finally {
      count.restore();
    }
  });
});

describe('CSRF', () => {
  it('rejects cookie writes without or with a wrong token and accepts the right one', async () => {
    const { headers, csrfToken } = await signIn(t, 'agent');
    const patch = (h: Record<string, string>) => t.app.inject({ method: 'PATCH', url: '/api/v1/auth/me', headers: h, payload: { name: 'Renamed' } });
    const { 'x-csrf-token': _, ...noToken } = headers;
    for (const res of [await patch(noToken), await patch({ ...noToken, 'x-csrf-token': 'x'.repeat(csrfToken.length) })]) {
      expect(res.statusCode).toBe(403);
      expect(res.json().code).toBe('csrf_failed');
    }
    const ok = await patch(headers);
    expect(ok.statusCode).toBe(200);
    expect(ok.json().user.name).toBe('Renamed');
  });

  it('needs no CSRF token for writes with an API key', async () => {
    const { headers } = await createApiKey(t, ['apikeys:manage']);
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/api-keys', headers, payload: { name: 'made by key', scopes: ['events:write'] } });
    expect(res.statusCode).toBe(201);
  });
});

describe('own profile and password', () => {
  it('PATCH /auth/me changes name and locale and rejects other locales', async () => {
    const { headers } = await signIn(t, 'agent');
    const ok = await t.app.inject({ method: 'PATCH', url: '/api/v1/auth/me', headers, payload: { locale: 'zh-CN' } });
    expect(ok.json().user.locale).toBe('zh-CN');
    const bad = await t.app.inject({ method: 'PATCH', url: '/api/v1/auth/me', headers, payload: { locale: 'fr' } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().code).toBe('validation_failed');
  });

  it('changing the password revokes other sessions and keeps the current one', async () => {
    const a = await signIn(t, 'agent');
    const b = await logIn(t, a.user.email, a.password);
    const change = (body: object) => t.app.inject({ method: 'POST', url: '/api/v1/auth/password', headers: a.headers, payload: body });
    expect((await change({ currentPassword: 'Not-the-password1', newPassword: 'New-password-456' })).json().code).toBe('wrong_current_password');
    expect((await change({ currentPassword: a.password, newPassword: 'short' })).json().code).toBe('weak_password');
    expect((await change({ currentPassword: a.password, newPassword: 'New-password-456' })).statusCode).toBe(204);
    expect((await me(a.headers)).statusCode).toBe(200);
    expect((await me(b.headers)).statusCode).toBe(401);
    expect((await login(a.user.email, a.password)).statusCode).toBe(401);
    expect((await login(a.user.email, 'New-password-456')).statusCode).toBe(200);
  });
});

describe('login rate limit and secure cookies', () => {
  it('limits login attempts per IP with a 429 problem and marks cookies Secure when configured', async () => {
    const other = await createTestApp({ env: { LOGIN_RATE_LIMIT_PER_MINUTE: '2', SECURE_COOKIES: 'true' } });
    try {
      const { user, password } = await signIn(other, 'agent');
      const hit = () => other.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: user.email, password }, remoteAddress: '192.0.2.7' });
      const first = await hit();
      expect(first.cookies.find((c) => c.name === 'gh_session')?.secure).toBe(true);
      await hit();
      const limited = await hit();
      expect(limited.statusCode).toBe(429);
      expect(limited.headers['content-type']).toContain('application/problem+json');
      expect(limited.json().code).toBe('rate_limited');
    } finally {
      await other.close();
    }
  });
});

/** Counts queries sent to the database (PGlite client or pg pool). */
function countQueries(app: TestApp) {
  const target = (app.deps.database.pglite ?? app.deps.database.pool) as unknown as { query: (...a: unknown[]) => unknown };
  const original = target.query;
  const counter = {
    n: 0,
    restore: () => {
      target.query = original;
    },
  };
  target.query = function (this: unknown, ...args: unknown[]) {
    counter.n++;
    return original.apply(this, args);
  };
  return counter;
}
