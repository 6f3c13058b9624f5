import { describe, expect, it } from 'vitest';
import { GroupBatcher, type Settled } from './group-batcher';

const tick = () => new Promise((r) => setTimeout(r, 5));

describe('GroupBatcher', () => {
  it('runs a lone item at once and groups the items that arrive during a run', async () => {
    const runs: number[][] = [];
    const batcher = new GroupBatcher<number, number>(async (items) => {
      runs.push(items);
      await tick();
      return items.map((n) => ({ ok: true, value: n * 10 }));
    }, { maxBatch: 10, maxRunning: 1 });
    const first = batcher.submit(1);
    const rest = [2, 3, 4].map((n) => batcher.submit(n));
    expect(await Promise.all([first, ...rest])).toEqual([10, 20, 30, 40]);
    expect(runs).toEqual([[1], [2, 3, 4]]);
  });

  it('caps a run at maxBatch and keeps at most maxRunning runs going', async () => {
    let running = 0;
    let most = 0;
    const sizes: number[] = [];
    const batcher = new GroupBatcher<number, number>(async (items) => {
      running++;
      most = Math.max(most, running);
      sizes.push(items.length);
      await tick();
      running--;
      return items.map((n) => ({ ok: true, value: n }));
    }, { maxBatch: 3, maxRunning: 2 });
    const all = await Promise.all(Array.from({ length: 11 }, (_, i) => batcher.submit(i)));
    expect(all).toEqual(Array.from({ length: 11 }, (_, i) => i));
    expect(Math.max(...sizes)).toBe(3);
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(11);
    expect(most).toBe(2);
  });

  it("reports an item's own failure to that item only", async () => {
    const batcher = new GroupBatcher<number, number>(async (items) => {
      await tick();
      return items.map((n): Settled<number> => (n === 2 ? { ok: false, error: new Error('two') } : { ok: true, value: n }));
    }, { maxBatch: 10, maxRunning: 1 });
    const results = await Promise.allSettled([0, 1, 2, 3].map((n) => batcher.submit(n)));
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'fulfilled', 'rejected', 'fulfilled']);
  });

  it('retries the items one by one when a whole run fails, so one bad item fails alone', async () => {
    const runs: number[][] = [];
    const batcher = new GroupBatcher<number, number>(async (items) => {
      runs.push(items);
      await tick();
      if (items.includes(13)) throw new Error('unlucky');
      return items.map((n) => ({ ok: true, value: n }));
    }, { maxBatch: 10, maxRunning: 1 });
    const lead = batcher.submit(0);
    const results = await Promise.allSettled([lead, ...[12, 13, 14].map((n) => batcher.submit(n))]);
    expect(results.map((r) => (r.status === 'fulfilled' ? r.value : (r.reason as Error).message))).toEqual([0, 12, 'unlucky', 14]);
    expect(runs).toEqual([[0], [12, 13, 14], [12], [13], [14]]);
  });
});
