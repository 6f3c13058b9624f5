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
  /** The email channel (docs/email-channel.md). */
  email: EmailConfig;
  /** The public service portal (docs/service-portal.md): status-link key (`PORTAL_LINK_SECRET`, else one kept in the database; never logged), the site address links start with (`PUBLIC_BASE_URL`), requests per minute and address (`PORTAL_RATE_LIMIT_PER_MINUTE`). */
  portal: { linkSecret: string | undefined; publicBaseUrl: string; rateLimitPerMinute: number };
  /** The service desk: closed tickets are archived (read-only, out of lists) this many days after closing (`TICKET_ARCHIVE_DAYS`, 0 = never). */
  tickets: { archiveDays: number };
  demoSeed: boolean;
}

/** Outbound SMTP (off without `SMTP_HOST`), the inbound listener (off unless `EMAIL_INBOUND_ENABLED`), limits. */
export interface EmailConfig {
  outbound: { host: string | undefined; port: number; secure: boolean; user: string | undefined; pass: string | undefined; from: string };
  inbound: { enabled: boolean; host: string; port: number; addresses: string[]; domains: string[]; maxMessageBytes: number };
  /** Optional IMAP polling of a mailbox (off without `EMAIL_IMAP_HOST`). */
  imap: { host: string | undefined; port: number; secure: boolean; user: string; pass: string; mailbox: string; intervalSeconds: number };
  /** Inbound mails per sender and hour before further mails are dropped as a loop. */
  senderHourlyCap: number;
  attachments: { dir: string; maxBytes: number };
}

/** The email channel's settings from `SMTP_*` and `EMAIL_*` variables; secrets are kept, never logged. */
function emailConfig(
  env: Record<string, string | undefined>,
  database: Config['database'],
  read: { int: (n: string, f: number, min: number, max: number) => number; bool: (n: string, f: boolean) => boolean },
): EmailConfig {
  const list = (raw: string | undefined) => (raw ?? '').split(',').map((s) => s.trim().toLowerCase()).filter(Boolean);
  return {
    outbound: {
      host: env.SMTP_HOST || undefined,
      port: read.int('SMTP_PORT', 587, 1, 65535),
      secure: read.bool('SMTP_SECURE', false),
      user: env.SMTP_USER || undefined,
      pass: env.SMTP_PASS || undefined,
      from: env.EMAIL_FROM || 'support@guildhall.local',
    },
    inbound: {
      enabled: read.bool('EMAIL_INBOUND_ENABLED', false),
      host: env.EMAIL_INBOUND_HOST || '127.0.0.1',
      port: read.int('EMAIL_INBOUND_PORT', 2525, 0, 65535),
      addresses: list(env.EMAIL_INBOUND_ADDRESSES),
      domains: list(env.EMAIL_INBOUND_DOMAINS),
      maxMessageBytes: read.int('EMAIL_MAX_MESSAGE_BYTES', 25 * 1024 * 1024, 1024, 200 * 1024 * 1024),
    },
    imap: {
      host: env.EMAIL_IMAP_HOST || undefined,
      port: read.int('EMAIL_IMAP_PORT', 993, 1, 65535),
      secure: read.bool('EMAIL_IMAP_SECURE', true),
      user: env.EMAIL_IMAP_USER ?? '',
      pass: env.EMAIL_IMAP_PASS ?? '',
      mailbox: env.EMAIL_IMAP_MAILBOX || 'INBOX',
      intervalSeconds: read.int('EMAIL_IMAP_INTERVAL_SECONDS', 60, 5, 3600),
    },
    senderHourlyCap: read.int('EMAIL_SENDER_HOURLY_CAP', 20, 1, 10_000),
    attachments: {
      dir: database.kind === 'pglite' ? path.join(database.dataDir, 'attachments') : path.resolve(env.ATTACHMENTS_DIR || './data/attachments'),
      maxBytes: read.int('EMAIL_ATTACHMENT_MAX_BYTES', 10 * 1024 * 1024, 1, 100 * 1024 * 1024),
    },
  };
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
    email: emailConfig(env, database, { int, bool }),
    portal: {
      linkSecret: env.PORTAL_LINK_SECRET || undefined,
      publicBaseUrl: (env.PUBLIC_BASE_URL ?? '').replace(/\/+$/, ''),
      rateLimitPerMinute: int('PORTAL_RATE_LIMIT_PER_MINUTE', 20, 1, 10_000),
    },
    tickets: { archiveDays: int('TICKET_ARCHIVE_DAYS', 30, 0, 3650) },
    demoSeed: bool('DEMO_SEED', true),
    ...overrides,
  };
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}
