import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config';

describe('loadConfig', () => {
  it('defaults to embedded mode in ./data on port 3000', () => {
    const c = loadConfig({});
    expect(c.database.kind).toBe('pglite');
    expect(c.port).toBe(3000);
    expect(c.redisUrl).toBeUndefined();
  });

  it('switches to server mode when DATABASE_URL is set', () => {
    const c = loadConfig({ DATABASE_URL: 'postgres://u@db:5432/gh', DATABASE_POOL_SIZE: '7', REDIS_URL: 'redis://r:6379' });
    expect(c.database).toEqual({ kind: 'pg', url: 'postgres://u@db:5432/gh', poolSize: 7 });
    expect(c.redisUrl).toBe('redis://r:6379');
  });

  it('keeps uploads under DATA_DIR/imports in embedded mode and in UPLOAD_DIR in server mode', () => {
    expect(loadConfig({ DATA_DIR: '/srv/gh' }).uploadDir).toBe('/srv/gh/imports');
    expect(loadConfig({ DATABASE_URL: 'postgres://u@db/gh', UPLOAD_DIR: '/mnt/uploads' }).uploadDir).toBe('/mnt/uploads');
    expect(loadConfig({ DATABASE_URL: 'postgres://u@db/gh' }).uploadDir).toBe(path.resolve('data/uploads'));
  });

  it('creates customers for unknown event identities unless EVENTS_CREATE_CUSTOMERS=false', () => {
    expect(loadConfig({}).events.createUnknownCustomers).toBe(true);
    expect(loadConfig({ EVENTS_CREATE_CUSTOMERS: 'false' }).events.createUnknownCustomers).toBe(false);
    expect(() => loadConfig({ EVENTS_CREATE_CUSTOMERS: 'sometimes' })).toThrow(/EVENTS_CREATE_CUSTOMERS must be true or false/);
  });

  it('lists every problem at once', () => {
    try {
      loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x', LOG_LEVEL: 'loud', SECURE_COOKIES: 'maybe' });
      expect.fail('should throw');
    } catch (err) {
      expect(err).toBeInstanceOf(ConfigError);
      const problems = (err as ConfigError).problems;
      expect(problems).toHaveLength(4);
      expect(problems.join('\n')).toMatch(/PORT must be an integer/);
      expect(problems.join('\n')).toMatch(/DATABASE_URL must use postgres:/);
    }
  });

  it('parses CORS origins and booleans', () => {
    const c = loadConfig({ CORS_ORIGINS: 'https://a.example, https://b.example', TRUST_PROXY: 'yes', SECURE_COOKIES: '1' });
    expect(c.http.corsOrigins).toEqual(['https://a.example', 'https://b.example']);
    expect(c.http.trustProxy).toBe(true);
    expect(c.http.secureCookies).toBe(true);
  });
});
