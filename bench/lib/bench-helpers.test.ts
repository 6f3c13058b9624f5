import { describe, expect, it } from 'vitest';
import { generateEvents } from './event-generator';
import { percentile } from './tools';

describe('bench helpers', () => {
  it('takes nearest-rank percentiles of sorted samples', () => {
    const xs = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(xs, 50)).toBe(50);
    expect(percentile(xs, 99)).toBe(99);
    expect(percentile([7], 99)).toBe(7);
    expect(percentile([], 50)).toBeNaN();
  });

  it('generates the same events for the same seed, with unique ids', () => {
    const a = generateEvents(500, 50, 1);
    expect(generateEvents(500, 50, 1)).toEqual(a);
    expect(new Set(a.map((e) => (e as { id: string }).id)).size).toBe(500);
    expect(generateEvents(500, 50, 2)).not.toEqual(a);
  });
});
