import pino from 'pino';
import type { Config } from '../config';

/** Paths never written to logs: credentials, cookies and tokens. */
export const redactPaths = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["x-csrf-token"]',
  'res.headers["set-cookie"]',
  '*.password',
  '*.currentPassword',
  '*.newPassword',
  '*.token',
  '*.apiKey',
  '*.secret',
];

export function createLogger(config: Pick<Config, 'logLevel'>) {
  return pino({ level: config.logLevel, redact: { paths: redactPaths, censor: '[redacted]' } });
}
export type Logger = ReturnType<typeof createLogger>;
