import { randomBytes } from 'node:crypto';
import type { Permission, Role } from '../../src/platform/auth/permissions';
import { createUser, type CreateUserInput } from '../../src/platform/auth/users.service';
import { systemContext } from '../../src/platform/audit/audit.service';
import { createApiKey as createKey } from '../../src/platform/auth/api-keys.service';
import type { TestApp } from './test-app';

let counter = 0;

/** A strong password for test users. */
export const TEST_PASSWORD = 'Test-password-123';

/** A distinct client address per login, so the login rate limiter never trips in tests. */
export function testIp(): string {
  const b = randomBytes(3);
  return `10.${b[0]}.${b[1]}.${b[2]}`;
}

export interface SignedIn {
  user: { id: string; email: string; role: Role };
  /** Pass to app.inject: the session cookie and the CSRF token. */
  headers: Record<string, string>;
  password: string;
  csrfToken: string;
}

/** Logs in through the API and returns the headers for later requests. */
export async function logIn(t: TestApp, email: string, password: string): Promise<{ headers: Record<string, string>; csrfToken: string }> {
  const res = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password }, remoteAddress: testIp() });
  if (res.statusCode !== 200) throw new Error(`login failed: ${res.statusCode} ${res.body}`);
  const cookie = res.cookies.find((c) => c.name === 'gh_session');
  if (!cookie) throw new Error('login set no gh_session cookie');
  const { csrfToken } = res.json() as { csrfToken: string };
  return { headers: { cookie: `gh_session=${cookie.value}`, 'x-csrf-token': csrfToken }, csrfToken };
}

/**
 * Creates a user with `role` directly through the users service and signs it in.
 * @example const { headers } = await signIn(t, 'agent'); await t.app.inject({ method: 'GET', url, headers })
 */
export async function signIn(t: TestApp, role: Role, overrides: Partial<CreateUserInput> = {}): Promise<SignedIn> {
  const n = ++counter;
  const password = overrides.password ?? TEST_PASSWORD;
  const email = overrides.email ?? `${role.replace('_', '-')}-${n}-${randomBytes(3).toString('hex')}@test.example`;
  const user = await createUser(t.deps, { name: `Test ${role} ${n}`, ...overrides, email, role, password }, systemContext);
  const { headers, csrfToken } = await logIn(t, email, password);
  return { user: { id: user.id, email: user.email, role }, headers, password, csrfToken };
}

/** Creates an API key directly through the service; `headers` carries the bearer token. */
export async function createApiKey(
  t: TestApp,
  scopes: Permission[],
  storeId?: string,
): Promise<{ id: string; key: string; headers: { authorization: string } }> {
  const { apiKey, key } = await createKey(t.deps, { name: `test key ${++counter}`, scopes, storeId }, systemContext, null);
  return { id: apiKey.id, key, headers: { authorization: `Bearer ${key}` } };
}
