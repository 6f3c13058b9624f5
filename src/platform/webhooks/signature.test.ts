import { describe, expect, it } from 'vitest';
import { signPayload, verifySignature } from './signature';

const at = new Date('2026-12-04T10:00:00Z');
const body = JSON.stringify({ event: 'sanction.applied', data: { account: 'acc-1' } });

describe('webhook signatures', () => {
  it('verifies what it signed', () => {
    const header = signPayload('whsec_a', body, at);
    expect(header).toMatch(/^t=1796378400,v1=[0-9a-f]{64}$/);
    expect(verifySignature('whsec_a', body, header, new Date(at.getTime() + 60_000))).toEqual({ ok: true });
  });

  it.each([
    ['another secret', 'whsec_b', body, 0, 'mismatch'],
    ['a changed body', 'whsec_a', body.replace('acc-1', 'acc-2'), 0, 'mismatch'],
    ['too old (replay)', 'whsec_a', body, 301, 'expired'],
    ['from the future', 'whsec_a', body, -301, 'expired'],
  ])('refuses %s', (_what, secret, sent, ageSeconds, reason) => {
    const header = signPayload('whsec_a', body, at);
    expect(verifySignature(secret, sent, header, new Date(at.getTime() + ageSeconds * 1000))).toEqual({ ok: false, reason });
  });

  it.each([undefined, '', 'v1=abc', 't=x,v1=' + 'a'.repeat(64), 't=1,v1=zz'])('refuses a malformed header %s', (header) => {
    expect(verifySignature('whsec_a', body, header, at)).toEqual({ ok: false, reason: 'malformed' });
  });
});
