import { describe, expect, it } from 'vitest';
import { signStatusToken, verifyStatusToken } from './status-token';

const id = '0196a0b2-1c2d-7e3f-8a4b-5c6d7e8f9a0b';

describe('status tokens', () => {
  it('verify to the ticket id they were signed for', () => {
    const token = signStatusToken('secret-1', id);
    expect(token).toMatch(/^[0-9a-f]{32}\.[A-Za-z0-9_-]{22}$/);
    expect(verifyStatusToken('secret-1', token)).toBe(id);
  });

  it('fail with another secret, another id or an altered signature', () => {
    const token = signStatusToken('secret-1', id);
    expect(verifyStatusToken('secret-2', token)).toBeNull();
    const otherId = token.replace(/^0/, '1');
    expect(verifyStatusToken('secret-1', otherId)).toBeNull();
    const last = token.at(-1) === 'A' ? 'B' : 'A';
    expect(verifyStatusToken('secret-1', token.slice(0, -1) + last)).toBeNull();
  });

  it.each(['', 'abc', `${id}.x`, `${signStatusToken('s', id)}.extra`, 'zz'.repeat(16) + '.AAAAAAAAAAAAAAAAAAAAAA'])('rejects malformed %j', (token) => {
    expect(verifyStatusToken('s', token)).toBeNull();
  });
});
