import path from 'node:path';

/** Typed runtime configuration, read once from the environment and validated at start. */
export interface Config {
  env: 'development' | 'production' | 'test';
  host: string;
  port: number;
  /** `pglite` keeps data in `dataDir`; `pg` connects to `databaseUrl`. */
  database: { kind: 'pglite'; dataDir: string } | { kind: 'pg'; url: string; poolSize: number };
  redisUrl: string | undefined;
  /** Where uploaded import files and their error reports are kept: `<DATA_DIR>/imports` embedded, `UPLOAD_DIR` in server mode. */
  uploadDir: string;
  /** Redis pub/sub channel for domain events; deployments sharing one Redis need distinct channels. */
  eventsChannel: string;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  http: {
    bodyLimitBytes: number;
    corsOrigins: string[];
    trustProxy: boolean;
    /** Send the session cookie with `Secure`: on when served behind https. */
    secureCookies: boolean;
  };
  auth: {
    sessionTtlHours: number;
    maxFailedLogins: number;
    lockoutMinutes: number;
    loginRateLimitPerMinute: number;
  };
  jobs: { enabled: boolean };
  /** Event ingestion: create customers for events naming unknown identities (`EVENTS_CREATE_CUSTOMERS`). */
  events: { createUnknownCustomers: boolean };
  demoSeed: boolean;
}

export class ConfigError extends Error {
  constructor(public readonly problems: string[]) {
    super(`Invalid configuration:\n  - ${problems.join('\n  - ')}`);
    this.name = 'ConfigError';
  }
}

type Env = Record<string, string | undefined>;

/** Reads and validates configuration; throws ConfigError listing every problem at once. */
export function loadConfig(env: Env = process.env, overrides: Partial<Config> = {}): Config {
  const problems: string[] = [];
  const int = (name: string, fallback: number, min: number, max: number): number => {
    const raw = env[name];
    if (raw === undefined || raw === '') return fallback;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < min || n > max) {
      problems.push(`${name} must be an integer between ${min} and ${max} (got "${raw}")`);
      return fallback;
    }
    return n;
  };
  const bool = (name: string, fallback: boolean): boolean => {
    const raw = env[name]?.toLowerCase();
    if (raw === undefined || raw === '') return fallback;
    if (['1', 'true', 'yes', 'on'].includes(raw)) return true;
    if (['0', 'false', 'no', 'off'].includes(raw)) return false;
    problems.push(`${name} must be true or false (got "${env[name]}")`);
    return fallback;
  };
  const url = (name: string, protocols: string[]): string | undefined => {
    const raw = env[name];
    if (!raw) return undefined;
    try {
      const u = new URL(raw);
      if (!protocols.includes(u.protocol)) problems.push(`${name} must use ${protocols.join(' or ')}`);
    } catch {
      problems.push(`${name} is not a valid URL`);
    }
    return raw;
  };

  const nodeEnv = env.NODE_ENV ?? 'development';
  if (!['development', 'production', 'test'].includes(nodeEnv)) {
    problems.push(`NODE_ENV must be development, production or test (got "${nodeEnv}")`);
  }
  const logLevels = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];
  const logLevel = env.LOG_LEVEL ?? (nodeEnv === 'test' ? 'silent' : 'info');
  if (!logLevels.includes(logLevel)) problems.push(`LOG_LEVEL must be one of ${logLevels.join(', ')}`);

  const databaseUrl = url('DATABASE_URL', ['postgres:', 'postgresql:']);
  const redisUrl = url('REDIS_URL', ['redis:', 'rediss:']);
  const database: Config['database'] = databaseUrl
    ? { kind: 'pg', url: databaseUrl, poolSize: int('DATABASE_POOL_SIZE', 10, 1, 200) }
    : { kind: 'pglite', dataDir: path.resolve(env.DATA_DIR ?? './data') };

  const config: Config = {
    env: nodeEnv as Config['env'],
    host: env.HOST ?? '127.0.0.1',
    port: int('PORT', 3000, 0, 65535),
    database,
    redisUrl,
    // Server mode with several instances needs UPLOAD_DIR on a volume they all share.
    uploadDir:
      database.kind === 'pglite' ? path.join(database.dataDir, 'imports') : path.resolve(env.UPLOAD_DIR || './data/uploads'),
    eventsChannel: env.EVENTS_CHANNEL || 'guildhall:events',
    logLevel: logLevel as Config['logLevel'],
    http: {
      bodyLimitBytes: int('BODY_LIMIT_BYTES', 1024 * 1024, 1024, 100 * 1024 * 1024),
      corsOrigins: (env.CORS_ORIGINS ?? '').split(',').map((s) => s.trim()).filter(Boolean),
      trustProxy: bool('TRUST_PROXY', false),
      secureCookies: bool('SECURE_COOKIES', false),
    },
    auth: {
      sessionTtlHours: int('SESSION_TTL_HOURS', 12, 1, 24 * 90),
      maxFailedLogins: int('LOGIN_MAX_FAILURES', 5, 1, 100),
      lockoutMinutes: int('LOGIN_LOCKOUT_MINUTES', 15, 1, 24 * 60),
      loginRateLimitPerMinute: int('LOGIN_RATE_LIMIT_PER_MINUTE', 30, 1, 10_000),
    },
    jobs: { enabled: bool('JOBS_ENABLED', true) },
    events: { createUnknownCustomers: bool('EVENTS_CREATE_CUSTOMERS', true) },
    demoSeed: bool('DEMO_SEED', true),
    ...overrides,
  };
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}
