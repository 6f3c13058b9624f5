import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../app';
import { createTestApp, type TestApp } from '../../../test/helpers/test-app';
import { createApiKey, signIn } from '../../../test/helpers/auth';
import { apiRouteList, type ApiRoute } from './auth.plugin';
import { allPermissions, roleHas, roles, type Role } from './permissions';

// Generated from the registered routes: a new route is covered the moment it exists.

let t: TestApp;
let routes: ApiRoute[];
const headersByRole = new Map<Role, Record<string, string>>();

beforeAll(async () => {
  t = await createTestApp();
  await t.app.ready();
  // Logout ends the session it is called with, so it runs last.
  routes = apiRouteList(t.app)
    .filter((r) => r.access !== 'public')
    .sort((a, b) => Number(a.url.endsWith('/logout')) - Number(b.url.endsWith('/logout')));
  for (const role of roles) headersByRole.set(role, (await signIn(t, role)).headers);
});
afterAll(async () => t.close());

function call(route: ApiRoute, headers: Record<string, string>) {
  const url = route.url.replace(/:[A-Za-z]+/g, () => randomUUID());
  const hasBody = ['POST', 'PUT', 'PATCH'].includes(route.method);
  return t.app.inject({ method: route.method as 'GET', url, headers, ...(hasBody ? { payload: {} } : {}) });
}

describe('role matrix', () => {
  it('knows every /api/v1 route with its declared access', () => {
    const names = apiRouteList(t.app).map((r) => `${r.method} ${r.url} ${r.access}`);
    expect(names).toContain('POST /api/v1/auth/login public');
    expect(names).toContain('GET /api/v1/users users:read');
    expect(names).toContain('GET /api/v1/audit audit:read');
    expect(routes.length).toBeGreaterThan(10);
  });

  it.each(roles)('lets %s call exactly the routes its permissions allow', async (role) => {
    const failures: string[] = [];
    for (const route of routes) {
      const allowed = route.access === 'authenticated' || roleHas(role, route.access as never);
      const res = await call(route, headersByRole.get(role)!);
      const code = String(res.headers['content-type']).includes('json') && res.body ? res.json().code : undefined;
      if (allowed && (res.statusCode === 401 || res.statusCode === 403)) failures.push(`${route.method} ${route.url} allowed but ${res.statusCode} ${code}`);
      if (!allowed && (res.statusCode !== 403 || code !== 'forbidden')) failures.push(`${route.method} ${route.url} denied but ${res.statusCode} ${code}`);
      if (res.statusCode >= 500) failures.push(`${route.method} ${route.url} answered ${res.statusCode}`);
    }
    expect(failures).toEqual([]);
  });

  it('lets an API key call routes its scopes allow but no staff-only route', async () => {
    const { headers } = await createApiKey(t, allPermissions);
    const failures: string[] = [];
    for (const route of routes) {
      const res = await call(route, headers);
      const denied = res.statusCode === 403 || res.statusCode === 401;
      if (route.access === 'authenticated' && res.statusCode !== 403) failures.push(`${route.method} ${route.url} staff-only but ${res.statusCode}`);
      if (route.access !== 'authenticated' && denied) failures.push(`${route.method} ${route.url} in scope but ${res.statusCode}`);
    }
    expect(failures).toEqual([]);
  });

  it('refuses anonymous callers on every non-public route', async () => {
    for (const route of routes) {
      const res = await call(route, {});
      expect(res.statusCode, `${route.method} ${route.url}`).toBe(401);
      expect(res.json().code).toBe('unauthenticated');
    }
  });

  it('refuses to start when an /api/v1 route declares no access', async () => {
    const app = await buildApp(t.deps);
    app.register(async (child) => {
      child.get('/api/v1/forgot-access', async () => ({}));
    });
    await expect(app.ready()).rejects.toThrow(/declares no access/);
    await app.close().catch(() => {});
  });
});
