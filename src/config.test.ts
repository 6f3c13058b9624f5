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
