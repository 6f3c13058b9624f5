import { describe, expect, it } from 'vitest';
import { batchSizes } from './batches';
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

  it('splits a total into deterministic batches of 5,000 to 10,000', () => {
    const sizes = batchSizes(1_000_000);
    expect(batchSizes(1_000_000)).toEqual(sizes);
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(1_000_000);
    for (const s of sizes) expect(s >= 5000 && s <= 10_000).toBe(true);
    expect(batchSizes(3000)).toEqual([3000]);
    for (const total of [10_001, 12_000, 15_000, 123_456]) for (const s of batchSizes(total, total)) expect(s >= 5000 && s <= 10_000).toBe(true);
  });
});
