import { describe, expect, it } from 'vitest';
import { isoOrNull } from './iso-time';

describe('isoOrNull', () => {
  it('writes a time in UTC with milliseconds', () => {
    expect(isoOrNull(new Date('2026-03-15T20:05:06.007+08:00'))).toBe('2026-03-15T12:05:06.007Z');
  });

  it('answers null for no time', () => {
    expect(isoOrNull(null)).toBeNull();
    expect(isoOrNull(undefined)).toBeNull();
  });
});
