import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestDatabase } from '../../../test/helpers/test-database';
import { loadConfig } from '../../config';
import type { Database } from '../db/database';
import { createLogger } from '../logger';
import { createMetrics } from '../metrics';
import { createJobs } from './create-jobs';
import { PgBossJobs } from './pg-boss-jobs';

const logger = { error: vi.fn(), warn: vi.fn() };
const eventually = { timeout: 15_000, interval: 50 };
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

let database: Database;
let jobs: PgBossJobs;

beforeAll(async () => {
  database = await createTestDatabase();
  jobs = await PgBossJobs.start(database, { logger, pollingIntervalSeconds: 0.5 });
});

afterAll(async () => {
  await jobs?.stop();
  await database?.close();
});

async function jobState(queue: string, id: string): Promise<string | undefined> {
  return (await jobs.boss.getJobById(queue, id))?.state;
}

describe(`PgBossJobs on ${process.env.GUILDHALL_TEST_DB ?? 'pglite'}`, () => {
  it('runs a job and hands the handler its data, id and queue name', async () => {
    const seen: { data: object; job: { id: string; name: string } }[] = [];
    await jobs.work<{ userId: string }>('welcome', async (data, job) => {
      seen.push({ data, job });
    });
    const id = await jobs.send('welcome', { userId: 'u1' });
    expect(id).toEqual(expect.any(String));
    await vi.waitFor(() => expect(seen).toEqual([{ data: { userId: 'u1' }, job: { id, name: 'welcome' } }]), eventually);
    await vi.waitFor(async () => expect(await jobState('welcome', id!)).toBe('completed'), eventually);
  });

  it('queues a singleton key once: the second send returns null, also after the job ran', async () => {
    let runs = 0;
    await jobs.work('sla-check', async () => {
      runs++;
    });
    const first = await jobs.send('sla-check', { ticket: 't1' }, { singletonKey: 'ticket:t1' });
    expect(first).toEqual(expect.any(String));
    expect(await jobs.send('sla-check', { ticket: 't1' }, { singletonKey: 'ticket:t1' })).toBeNull();
    await vi.waitFor(async () => expect(await jobState('sla-check', first!)).toBe('completed'), eventually);
    expect(await jobs.send('sla-check', { ticket: 't1' }, { singletonKey: 'ticket:t1' })).toBeNull();
    // another key is another job
    const other = await jobs.send('sla-check', { ticket: 't2' }, { singletonKey: 'ticket:t2' });
    expect(other).not.toBeNull();
    await vi.waitFor(() => expect(runs).toBe(2), eventually);
    await sleep(1200); // a few polls: nothing else may run
    expect(runs).toBe(2);
  });

  it('retries a failing job up to retryLimit, then marks it failed', async () => {
    let attempts = 0;
    await jobs.work('flaky', async () => {
      attempts++;
      throw new Error(`attempt ${attempts} failed`);
    });
    const id = await jobs.send('flaky', {}, { retryLimit: 2 });
    await vi.waitFor(async () => expect(await jobState('flaky', id!)).toBe('failed'), eventually);
    expect(attempts).toBe(3);
    const job = await jobs.boss.getJobById('flaky', id!);
    expect(job?.output).toMatchObject({ message: 'attempt 3 failed' });
    expect(logger.warn).toHaveBeenCalledWith(expect.objectContaining({ queue: 'flaky', jobId: id }), 'job failed');
  });

  it('completes or fails each job of a batch on its own', async () => {
    const queue = 'batched';
    const ids = [
      await jobs.send(queue, { ok: true }),
      await jobs.send(queue, { ok: false }, { retryLimit: 0 }),
      await jobs.send(queue, { ok: true }),
    ];
    await jobs.work<{ ok: boolean }>(
      queue,
      async ({ ok }) => {
        if (!ok) throw new Error('bad job');
      },
      { batchSize: 3 },
    );
    await vi.waitFor(async () => {
      expect(await Promise.all(ids.map((id) => jobState(queue, id!)))).toEqual(['completed', 'failed', 'completed']);
    }, eventually);
  });

  it('does not start a job before startAfter', async () => {
    const ran: number[] = [];
    await jobs.work('later', async () => {
      ran.push(Date.now());
    });
    const sentAt = Date.now();
    await jobs.send('later', {}, { startAfter: new Date(sentAt + 1500) });
    await vi.waitFor(() => expect(ran).toHaveLength(1), eventually);
    expect(ran[0]! - sentAt).toBeGreaterThanOrEqual(1400);
  });

  it('counts waiting jobs in queueSize and the gauge source', async () => {
    expect(await jobs.queueSize('reports')).toBe(0);
    await jobs.send('reports', { n: 1 });
    await jobs.send('reports', { n: 2 });
    await jobs.send('reports', { n: 3 }, { startAfter: new Date(Date.now() + 60_000) });
    expect(await jobs.queueSize('reports')).toBe(3);
    expect(await jobs.queueSizes()).toMatchObject({ reports: 3 });
    expect(Object.keys(await jobs.queueSizes()).some((name) => name.startsWith('__pgboss__'))).toBe(false);
  });

  it('stores a cron schedule (one row per queue, updated in place)', async () => {
    await jobs.schedule('nightly-churn', '0 3 * * *', { scope: 'all' }, 'Asia/Shanghai');
    await jobs.schedule('nightly-churn', '30 3 * * *', { scope: 'all' }, 'Asia/Shanghai');
    const schedules = (await jobs.boss.getSchedules()).filter((s) => s.name === 'nightly-churn');
    expect(schedules).toEqual([
      expect.objectContaining({ name: 'nightly-churn', cron: '30 3 * * *', timezone: 'Asia/Shanghai', data: { scope: 'all' } }),
    ]);
    await expect(jobs.schedule('nightly-churn', 'not a cron')).rejects.toThrow();
  });

  it('createJobs exposes queue sizes on the job_queue_size gauge', async () => {
    const metrics = createMetrics(database);
    const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent' });
    const created = await createJobs(config, database, { logger: createLogger(config), metrics });
    try {
      await created.send('gauge-demo', {});
      await created.send('gauge-demo', {});
      expect(await metrics.registry.metrics()).toContain('job_queue_size{queue="gauge-demo"} 2');
    } finally {
      await created.stop();
    }
  });

  it('stop() lets a running handler finish and completes its job', async () => {
    const second = await PgBossJobs.start(database, { logger, pollingIntervalSeconds: 0.5 });
    let started = false;
    let finished = false;
    await second.work('slow', async () => {
      started = true;
      await sleep(500);
      finished = true;
    });
    const id = await second.send('slow', {});
    await vi.waitFor(() => expect(started).toBe(true), eventually);
    await second.stop();
    expect(finished).toBe(true);
    expect(await jobState('slow', id!)).toBe('completed');
    await expect(second.send('slow', {})).rejects.toThrow();
  });
});
