import { describe, expect, it } from 'vitest';
import { archiveCutoff } from './archive-cutoff';

describe('archiveCutoff', () => {
  it('is the given number of whole days before now', () => {
    expect(archiveCutoff(new Date('2026-07-31T12:00:00Z'), 30)).toEqual(new Date('2026-07-01T12:00:00Z'));
  });

  it('is null when archiving is off', () => {
    expect(archiveCutoff(new Date('2026-07-31T12:00:00Z'), 0)).toBeNull();
  });
});
