import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/helpers/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

describe('health endpoints', () => {
  it('reports liveness', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/healthz' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok' });
  });

  it('reports readiness after checking the database', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/readyz' });
    expect(res.statusCode).toBe(200);
    expect(res.json().database).toBe(t.deps.database.kind);
  });

  it('answers 503 problem when the database is gone', async () => {
    const ping = t.deps.database.ping;
    t.deps.database.ping = async () => {
      throw new Error('down');
    };
    try {
      const res = await t.app.inject({ method: 'GET', url: '/readyz' });
      expect(res.statusCode).toBe(503);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.json().code).toBe('service_unavailable');
    } finally {
      t.deps.database.ping = ping;
    }
  });

  it('exposes Prometheus metrics including HTTP latency and the DB pool', async () => {
    await t.app.inject({ method: 'GET', url: '/healthz' });
    const res = await t.app.inject({ method: 'GET', url: '/metrics' });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('http_request_duration_seconds_bucket');
    expect(res.body).toContain('db_pool_connections');
  });

  it('echoes a caller-supplied request id and answers unknown API routes with a problem', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/does-not-exist', headers: { 'x-request-id': 'req-12345678' } });
    expect(res.statusCode).toBe(404);
    expect(res.headers['x-request-id']).toBe('req-12345678');
    expect(res.json()).toMatchObject({ code: 'not_found', status: 404, requestId: 'req-12345678' });
  });

  it('serves the OpenAPI 3.1 document', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(res.statusCode).toBe(200);
    expect(res.json().openapi).toBe('3.1.0');
  });
});

describe('security headers', () => {
  it('sends helmet headers and a strict CSP on every response, and no HSTS over plain http', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/healthz' });
    expect(res.headers['content-security-policy']).toContain("script-src 'self'");
    expect(res.headers['content-security-policy']).not.toContain('upgrade-insecure-requests');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(res.headers['strict-transport-security']).toBeUndefined();
  });

  it('serves the interactive API docs under a CSP without inline scripts', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/docs' });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('swagger-ui');
    // swagger-ui sets its own CSP on its pages: still no inline or third-party scripts
    expect(res.headers['content-security-policy']).toMatch(/script-src 'self' ;/);
  });

  it('answers without CORS headers unless origins are configured', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/healthz', headers: { origin: 'https://evil.example' } });
    expect(res.headers['access-control-allow-origin']).toBeUndefined();
  });
});
