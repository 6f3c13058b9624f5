import { describe, expect, it } from 'vitest';
import { idSequence } from './id-sequence';

const UUID_V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('idSequence', () => {
  it('counts up in the last 16 bits of one drawn id', () => {
    const drawn = ['019b7cc4-3c00-7abc-8def-0123456789ab'];
    const next = idSequence(() => drawn.shift()!);
    expect([next(), next(), next()]).toEqual(['019b7cc4-3c00-7abc-8def-012345670000', '019b7cc4-3c00-7abc-8def-012345670001', '019b7cc4-3c00-7abc-8def-012345670002']);
  });

  it('draws a new base after 65,536 ids, and every id is a UUIDv7', () => {
    let draws = 0;
    const next = idSequence(() => `019b7cc4-3c00-7abc-8def-${(draws++).toString(16).padStart(8, '0')}9999`);
    const ids = Array.from({ length: 65_537 }, next);
    expect(draws).toBe(2);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.every((id) => UUID_V7.test(id))).toBe(true);
    expect(ids[65_535]!.endsWith('ffff')).toBe(true);
  });
});
