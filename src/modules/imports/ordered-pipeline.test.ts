import { describe, expect, it } from 'vitest';
import { orderedPipeline } from './ordered-pipeline';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('orderedPipeline', () => {
  it('overlaps the work of two tasks but commits them in push order', async () => {
    const log: string[] = [];
    const pipe = orderedPipeline(2);
    const task = (name: string, workMs: number) => (inTurn: (c: () => Promise<boolean>) => Promise<boolean>) =>
      (async () => {
        log.push(`start ${name}`);
        await sleep(workMs);
        return inTurn(async () => (log.push(`commit ${name}`), true));
      })();
    expect(await pipe.push(task('a', 30))).toBe(true);
    expect(await pipe.push(task('b', 1))).toBe(true);
    expect(await pipe.push(task('c', 1))).toBe(true);
    expect(await pipe.drain()).toBe(true);
    expect(log.slice(0, 2)).toEqual(['start a', 'start b']);
    expect(log.filter((l) => l.startsWith('commit'))).toEqual(['commit a', 'commit b', 'commit c']);
  });

  it('stops committing after a task that did not commit', async () => {
    const committed: string[] = [];
    const pipe = orderedPipeline(2);
    await pipe.push((inTurn) => inTurn(async () => false));
    const second = await pipe.push((inTurn) => inTurn(async () => (committed.push('b'), true)));
    expect(second).toBe(false);
    expect(committed).toEqual([]);
  });

  it('passes a failure on after the other tasks settled, and commits nothing after it', async () => {
    const committed: string[] = [];
    const pipe = orderedPipeline(3);
    await pipe.push(async () => {
      await sleep(5);
      throw new Error('boom');
    });
    await pipe.push((inTurn) => inTurn(async () => (committed.push('b'), true)));
    await expect(pipe.push((inTurn) => inTurn(async () => (committed.push('c'), true)))).rejects.toThrow('boom');
    expect(committed).toEqual([]);
  });
});
