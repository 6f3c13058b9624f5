import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './helpers/test-app';
import { signIn, testIp } from './helpers/auth';
import { apiRouteList, type ApiRoute } from '../src/platform/auth/auth.plugin';

// Generated from the registered routes: every write route of every module is probed.

let t: TestApp;
let headers: Record<string, string>;
let writes: ApiRoute[];
beforeAll(async () => {
  t = await createTestApp();
  headers = (await signIn(t, 'admin')).headers;
  // Logout last: should it ever accept a probe, it would end the session the others use.
  writes = apiRouteList(t.app)
    .filter((r) => ['POST', 'PUT', 'PATCH'].includes(r.method))
    .sort((a, b) => Number(a.url.endsWith('/logout')) - Number(b.url.endsWith('/logout')));
});
afterAll(async () => t.close());

const urlOf = (r: ApiRoute) => r.url.replace(/:[A-Za-z]+/g, () => randomUUID());
const send = (r: ApiRoute, payload: string, extra: Record<string, string> = {}) =>
  t.app.inject({
    method: r.method as 'POST',
    url: urlOf(r),
    headers: { ...headers, 'content-type': 'application/json', ...extra },
    payload,
    remoteAddress: testIp(),
  });

function expectProblem(res: Awaited<ReturnType<typeof send>>, label: string, status?: number) {
  expect(res.statusCode, `${label}: ${res.body}`).toBeGreaterThanOrEqual(400);
  expect(res.statusCode, `${label}: ${res.body}`).toBeLessThan(500);
  if (status) expect(res.statusCode, label).toBe(status);
  expect(res.headers['content-type'], label).toContain('application/problem+json');
  expect(res.json().code, label).toEqual(expect.any(String));
}

describe('bad input on every write route', () => {
  it('finds the write routes, each validating its body', () => {
    expect(writes.length).toBeGreaterThan(5);
    expect(writes.filter((r) => !r.hasBodySchema).map((r) => `${r.method} ${r.url}`)).toEqual([]);
  });

  it('rejects an unknown field with a 4xx problem', async () => {
    for (const r of writes) expectProblem(await send(r, JSON.stringify({ surelyNotAField: true })), `${r.method} ${r.url}`);
  });

  it('rejects malformed JSON with 400 malformed_json', async () => {
    for (const r of writes) {
      const res = await send(r, '{"email": ');
      expectProblem(res, `${r.method} ${r.url}`, 400);
      expect(res.json().code).toBe('malformed_json');
    }
  });

  it('rejects a body that is not an object, and a non-JSON content type, without a 500', async () => {
    for (const r of writes) {
      expectProblem(await send(r, '[1,2]'), `${r.method} ${r.url} array`);
      expectProblem(await send(r, 'hello', { 'content-type': 'text/plain' }), `${r.method} ${r.url} text`);
    }
  });

  it('rejects an oversize body with 413 payload_too_large', async () => {
    const real = await send(writes.find((r) => !r.bodyLimit)!, JSON.stringify({ name: 'x'.repeat(t.deps.config.http.bodyLimitBytes) }));
    expect(real.statusCode).toBe(413);
    for (const r of writes) {
      // A body that really exceeds the limit (upload routes allow hundreds of MiB) is
      // refused from its declared length, before it is read.
      const limit = r.bodyLimit ?? t.deps.config.http.bodyLimitBytes;
      const res = await send(r, '{}', { 'content-length': String(limit + 1) });
      expectProblem(res, `${r.method} ${r.url}`, 413);
      expect(res.json().code).toBe('payload_too_large');
    }
  });
});

describe('wrong types', () => {
  it('answers 400 validation_failed listing the errors', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/users', headers, payload: { email: 'x@test.example', name: 42, role: 'agent', password: 'Good-password-1' } });
    expect(res.statusCode).toBe(400);
    const body = res.json();
    expect(body.code).toBe('validation_failed');
    expect(body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ in: 'body', path: '/name' })]));
  });

  it('validates query strings too', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/users?limit=9999', headers });
    expect(res.json()).toMatchObject({ status: 400, code: 'validation_failed' });
    expect(res.json().errors[0].in).toBe('querystring');
  });
});

describe('U+0000 in text (PostgreSQL cannot store it)', () => {
  /** Routes that refuse the request for another reason first: the seat client's token, multipart only. */
  const refusedEarlier = (res: { statusCode: number }, url: string) =>
    (url.startsWith('/api/v1/seat-client/') && res.statusCode === 401) || (url === '/api/v1/imports' && res.statusCode === 415);

  it('answers 400 invalid_text on every read route given it in the query string', async () => {
    const reads = apiRouteList(t.app).filter((r) => r.method === 'GET' && !r.url.endsWith('/live'));
    expect(reads.length).toBeGreaterThan(5);
    for (const r of reads) {
      const res = await t.app.inject({ method: 'GET', url: `${urlOf(r)}?q=a%00b`, headers, remoteAddress: testIp() });
      expectProblem(res, `GET ${r.url}`);
      if (!refusedEarlier(res, r.url)) expect(res.json().code, r.url).toBe('invalid_text');
    }
  });

  it('answers 400 invalid_text on every write route given it in the body', async () => {
    for (const r of writes) {
      const res = await send(r, JSON.stringify({ name: 'a\u0000b' }));
      expectProblem(res, `${r.method} ${r.url}`);
      if (!refusedEarlier(res, r.url)) expect(res.json().code, r.url).toBe('invalid_text');
    }
  });

  it('still stores the text "\\u0000" written out', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/customers', headers, payload: { displayName: 'literal \\u0000' } });
    expect(res.statusCode).toBe(201);
    expect(res.json().displayName).toBe('literal \\u0000');
  });
});
