import { Writable } from 'node:stream';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { redactPaths } from './logger';

function capture() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _enc, done) {
      lines.push(String(chunk));
      done();
    },
  });
  return { logger: pino({ redact: { paths: redactPaths, censor: '[redacted]' } }, stream), lines };
}

describe('log redaction', () => {
  it('never writes credentials, cookies, CSRF tokens or API keys', () => {
    const { logger, lines } = capture();
    logger.info({
      req: { headers: { authorization: 'Bearer gh_secretkey', cookie: 'gh_session=abc', 'x-csrf-token': 'tok' } },
      res: { headers: { 'set-cookie': 'gh_session=abc' } },
      body: { password: 'hunter2-long-pass', newPassword: 'n3w-password!', token: 't0k', apiKey: 'gh_k' },
    });
    const out = lines.join('');
    for (const secret of ['gh_secretkey', 'gh_session=abc', '"tok"', 'hunter2', 'n3w-password', 't0k', 'gh_k']) {
      expect(out).not.toContain(secret);
    }
    expect(out).toContain('[redacted]');
  });
});
