import { describe, expect, it } from 'vitest';
import { hashPassword, isStrongPassword, verifyPassword } from './password';

describe('isStrongPassword', () => {
  it('rejects passwords shorter than 10 characters', () => {
    expect(isStrongPassword('Abc123xyz')).toBe(false);
  });
  it('rejects passwords of a single character class', () => {
    expect(isStrongPassword('abcdefghijkl')).toBe(false);
    expect(isStrongPassword('123456789012')).toBe(false);
  });
  it('accepts 10+ characters from two classes', () => {
    expect(isStrongPassword('abcdefghi1')).toBe(true);
    expect(isStrongPassword('correct horse')).toBe(true);
  });
  it('rejects absurdly long passwords', () => {
    expect(isStrongPassword('a1'.repeat(200))).toBe(false);
  });
});

describe('hashPassword / verifyPassword', () => {
  it('verifies the right password and rejects a wrong one', async () => {
    const h = await hashPassword('Secret-pass-1');
    expect(h.startsWith('$argon2id$')).toBe(true);
    expect(await verifyPassword(h, 'Secret-pass-1')).toBe(true);
    expect(await verifyPassword(h, 'Secret-pass-2')).toBe(false);
  });
  it('answers false for a malformed hash instead of throwing', async () => {
    expect(await verifyPassword('not-a-hash', 'x')).toBe(false);
  });
});
