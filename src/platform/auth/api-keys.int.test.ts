import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/helpers/test-app';
import { createApiKey, signIn } from '../../../test/helpers/auth';
import { FakeClock } from '../clock';
import { stores } from '../../modules/organisation/organisation.schema';
import { findApiKeyById } from './api-keys.repository';
import { principalFromApiKey } from './principal.service';

let t: TestApp;
let admin: Record<string, string>;
beforeAll(async () => {
  t = await createTestApp();
  admin = (await signIn(t, 'admin')).headers;
});
afterAll(async () => t.close());

const roles = (headers: Record<string, string>) => t.app.inject({ method: 'GET', url: '/api/v1/roles', headers });

describe('API keys', () => {
  it('shows the key once on creation and never in the list', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/api-keys', headers: admin, payload: { name: 'POS', scopes: ['events:write', 'events:write'] } });
    expect(res.statusCode).toBe(201);
    const { apiKey, key } = res.json();
    expect(key).toMatch(/^gh_[\w-]{40,}$/);
    expect(apiKey).toMatchObject({ name: 'POS', prefix: key.slice(0, 10), scopes: ['events:write'], revokedAt: null, lastUsedAt: null });
    const list = await t.app.inject({ method: 'GET', url: '/api/v1/api-keys', headers: admin });
    expect(list.statusCode).toBe(200);
    expect(list.json().items.map((k: { id: string }) => k.id)).toContain(apiKey.id);
    expect(list.body).not.toContain(key);
    expect(list.body).not.toMatch(/keyHash|key_hash/);
  });

  it('rejects unknown scopes', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/api-keys', headers: admin, payload: { name: 'x', scopes: ['events:write', 'root'] } });
    expect(res.json()).toMatchObject({ status: 400, code: 'unknown_scope', scopes: ['root'] });
  });

  it('allows routes within its scopes and forbids the others', async () => {
    const reader = await createApiKey(t, ['roles:read']);
    const writer = await createApiKey(t, ['events:write']);
    expect((await roles(reader.headers)).statusCode).toBe(200);
    const denied = await roles(writer.headers);
    expect(denied.statusCode).toBe(403);
    expect(denied.json().code).toBe('forbidden');
  });

  it('is refused with 401 invalid_api_key once revoked, or when unknown', async () => {
    const k = await createApiKey(t, ['roles:read']);
    // Used first, so this instance holds it in its key cache: the revocation must still bite at once.
    expect((await roles(k.headers)).statusCode).toBe(200);
    const del = await t.app.inject({ method: 'DELETE', url: `/api/v1/api-keys/${k.id}`, headers: admin });
    expect(del.statusCode).toBe(204);
    expect((await findApiKeyById(t.deps.database.db, k.id))!.revokedAt).toBeInstanceOf(Date);
    const res = await roles(k.headers);
    expect(res.json()).toMatchObject({ status: 401, code: 'invalid_api_key' });
    expect((await roles({ authorization: 'Bearer gh_not-a-key' })).json().code).toBe('invalid_api_key');
    const again = await t.app.inject({ method: 'DELETE', url: `/api/v1/api-keys/${k.id}`, headers: admin });
    expect(again.statusCode).toBe(204);
    const missing = await t.app.inject({ method: 'DELETE', url: '/api/v1/api-keys/01900000-0000-7000-8000-000000000000', headers: admin });
    expect(missing.json()).toMatchObject({ status: 404, code: 'api_key_not_found' });
  });

  it('records last use, at most once a minute', async () => {
    const clock = t.clock as FakeClock;
    const k = await createApiKey(t, ['roles:read']);
    await roles(k.headers);
    const first = (await findApiKeyById(t.deps.database.db, k.id))!.lastUsedAt;
    expect(first?.getTime()).toBe(clock.now().getTime());
    clock.advance(30_000);
    await roles(k.headers);
    expect((await findApiKeyById(t.deps.database.db, k.id))!.lastUsedAt).toEqual(first);
    clock.advance(31_000);
    await roles(k.headers);
    expect((await findApiKeyById(t.deps.database.db, k.id))!.lastUsedAt?.getTime()).toBe(clock.now().getTime());
  });

  it('records the store a key is limited to and rejects unknown stores', async () => {
    const storeId = t.deps.ids.uuid();
    const now = t.clock.now();
    await t.deps.database.db.insert(stores).values({ id: storeId, code: `S${storeId.slice(-6)}`, name: 'Test store', createdAt: now, updatedAt: now });
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/api-keys', headers: admin, payload: { name: 'till', scopes: ['events:write'], storeId } });
    expect(res.statusCode).toBe(201);
    expect(res.json().apiKey.storeId).toBe(storeId);
    const principal = await principalFromApiKey(t.deps, res.json().key);
    expect(principal).toMatchObject({ kind: 'api_key', apiKey: { storeId, scopes: ['events:write'] } });
    const bad = await t.app.inject({ method: 'POST', url: '/api/v1/api-keys', headers: admin, payload: { name: 'till', scopes: ['events:write'], storeId: t.deps.ids.uuid() } });
    expect(bad.statusCode).toBe(400);
  });

  it('is not staff: an API key cannot use staff-only routes', async () => {
    const k = await createApiKey(t, ['roles:read']);
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: k.headers });
    expect(res.json()).toMatchObject({ status: 403, code: 'forbidden' });
  });
});
