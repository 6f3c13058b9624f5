import { describe, expect, it } from 'vitest';
import { createIdGenerator, sha256, uuidv7 } from './ids';

describe('uuidv7', () => {
  it('is a version 7, variant 1 UUID', () => {
    expect(uuidv7(Date.UTC(2026, 0, 1))).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('sorts by creation time', () => {
    const a = uuidv7(1_700_000_000_000);
    const b = uuidv7(1_700_000_000_001);
    expect(a < b).toBe(true);
  });

  it('encodes the millisecond timestamp in the first 48 bits', () => {
    const ms = Date.UTC(2026, 10, 22, 12, 0, 0);
    const id = uuidv7(ms);
    expect(parseInt(id.replace(/-/g, '').slice(0, 12), 16)).toBe(ms);
  });
});

describe('id generator', () => {
  it('uses the injected time and makes distinct secrets', () => {
    const ids = createIdGenerator(() => 1_000);
    expect(parseInt(ids.uuid().replace(/-/g, '').slice(0, 12), 16)).toBe(1_000);
    expect(ids.secret()).not.toBe(ids.secret());
    expect(ids.secret(16)).toMatch(/^[A-Za-z0-9_-]{22}$/);
  });

  it('hashes with SHA-256', () => {
    expect(sha256('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});
