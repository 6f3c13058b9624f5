import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadConfig } from '../src/config';
import { DataDirLockedError } from '../src/platform/db/data-dir-lock';
import { openDatabase, type Database } from '../src/platform/db/database';
import { PgBossJobs } from '../src/platform/jobs/pg-boss-jobs';
import { createRuntime, type Runtime } from '../src/runtime';
import { createTestDatabase, testDbKind } from './helpers/test-database';

const eventually = { timeout: 15_000, interval: 50 };
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const quietLogger = { error: vi.fn(), warn: vi.fn() };

if (testDbKind() === 'pg') {
  // Server mode: two app instances on one PostgreSQL database and one Redis behave as one.
  describe('two app instances on one database and Redis', () => {
    let primary: Database;
    let secondary: Database;
    let a: Runtime;
    let b: Runtime;

    beforeAll(async () => {
      const redisUrl = process.env.REDIS_URL;
      if (!redisUrl) throw new Error('REDIS_URL must be set for the pg project');
      const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', JOBS_ENABLED: 'true', REDIS_URL: redisUrl, EVENTS_CHANNEL: `guildhall:test:${process.pid}:two-instances` });
      primary = await createTestDatabase();
      const url = primary.pool?.options.connectionString;
      if (!url) throw new Error('test database without a connection string');
      secondary = await openDatabase({ kind: 'pg', url, poolSize: 5 });
      // Started together, as after a deploy: both race to install pg-boss's schema.
      [a, b] = await Promise.all([
        createRuntime(config, { database: primary }),
        createRuntime(config, { database: secondary }),
      ]);
    });

    afterAll(async () => {
      await a?.close();
      await b?.close();
      await secondary?.close();
      await primary?.close();
    });

    it('delivers an event published on instance A to a subscriber on instance B', async () => {
      const storeId = randomUUID();
      const onB: string[] = [];
      b.deps.bus.subscribe('store.updated', (event) => {
        if (event.payload.storeId === storeId) onB.push(event.id);
      });
      await a.deps.bus.publish('store.updated', { storeId });
      await vi.waitFor(() => expect(onB).toHaveLength(1), eventually);
    });

    it('stops an API key on instance B as soon as it is revoked on A, though B had it cached', async () => {
      const { createApiKey, revokeApiKey } = await import('../src/platform/auth/api-keys.service');
      const { systemContext } = await import('../src/platform/audit/audit.service');
      const { key, apiKey } = await createApiKey(a.deps, { name: 'two-instances', scopes: ['roles:read'] }, systemContext, null);
      const roles = () => b.app.inject({ method: 'GET', url: '/api/v1/roles', headers: { authorization: `Bearer ${key}` } });
      expect((await roles()).statusCode).toBe(200);
      await revokeApiKey(a.deps, apiKey.id, systemContext);
      // Well before the 10 s a cache entry lives: the bus event evicted it.
      await vi.waitFor(async () => expect((await roles()).statusCode).toBe(401), { timeout: 3_000, interval: 50 });
    });

    it('runs a job sent on A on the worker of B', async () => {
      const ranOnB: string[] = [];
      await b.deps.jobs!.work<{ marker: string }>('two-instances-handoff', async ({ marker }) => {
        ranOnB.push(marker);
      });
      await a.deps.jobs!.send('two-instances-handoff', { marker: 'from-a' });
      await vi.waitFor(() => expect(ranOnB).toEqual(['from-a']), eventually);
    });

    it('runs a job sent with the same singleton key on both instances exactly once', async () => {
      const runs: string[] = [];
      const queue = 'two-instances-singleton';
      await a.deps.jobs!.work(queue, async () => void runs.push('a'));
      await b.deps.jobs!.work(queue, async () => void runs.push('b'));
      const key = `order:${randomUUID()}`;
      const fromA = await a.deps.jobs!.send(queue, { key }, { singletonKey: key });
      const fromB = await b.deps.jobs!.send(queue, { key }, { singletonKey: key });
      expect(fromA).toEqual(expect.any(String));
      expect(fromB).toBeNull();
      await vi.waitFor(() => expect(runs).toHaveLength(1), eventually);
      // Still one job once it has run: a late duplicate from either instance is dropped.
      expect(await b.deps.jobs!.send(queue, { key }, { singletonKey: key })).toBeNull();
      expect(await a.deps.jobs!.send(queue, { key }, { singletonKey: key })).toBeNull();
      await sleep(2500); // longer than a polling interval on both instances
      expect(runs).toHaveLength(1);
    });
  });
} else {
  // Embedded mode: PGlite is single-process, so a second instance on the same folder must be refused.
  describe('a second instance on one PGlite folder', () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gh-two-instances-'));
    let first: Database;

    beforeAll(async () => {
      first = await openDatabase({ kind: 'pglite', dataDir });
    });

    afterAll(async () => {
      await first?.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    });

    it('is refused in the same process, and the first handle keeps working', async () => {
      await expect(openDatabase({ kind: 'pglite', dataDir })).rejects.toThrow(DataDirLockedError);
      await expect(openDatabase({ kind: 'pglite', dataDir })).rejects.toThrow(/already open in this process/);
      expect(await first.query('select 1 as x')).toEqual([{ x: 1 }]);
    });

    it('is refused in another process, with a message naming the holder', () => {
      const databaseModule = new URL('../src/platform/db/database.ts', import.meta.url).href;
      const script = `
        import { openDatabase } from ${JSON.stringify(databaseModule)};
        try {
          await openDatabase({ kind: 'pglite', dataDir: process.env.GH_DATA_DIR });
          console.log('opened');
          process.exit(0);
        } catch (err) {
          console.log(err.name + ': ' + err.message);
          process.exit(3);
        }`;
      const child = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
        env: { ...process.env, GH_DATA_DIR: dataDir },
        encoding: 'utf8',
        timeout: 60_000,
      });
      expect(child.stdout).toContain(`DataDirLockedError: The data folder ${dataDir} is already open in another Guildhall process (pid ${process.pid})`);
      expect(child.status).toBe(3);
    });

    it('opens again once the holder has closed it, with queued jobs kept and pg-boss quick to start', async () => {
      const jobs = await PgBossJobs.start(first, { logger: quietLogger, pollingIntervalSeconds: 0.5 });
      await jobs.send('after-restart', { n: 1 });
      await jobs.stop();
      await first.close();

      const reopened = await openDatabase({ kind: 'pglite', dataDir });
      try {
        const started = performance.now();
        const again = await PgBossJobs.start(reopened, { logger: quietLogger, pollingIntervalSeconds: 0.5 });
        const startMs = performance.now() - started;
        const seen: object[] = [];
        await again.work('after-restart', async (data) => void seen.push(data));
        await vi.waitFor(() => expect(seen).toEqual([{ n: 1 }]), eventually);
        await again.stop();
        expect(startMs).toBeLessThan(3000);
      } finally {
        await reopened.close();
      }
    });
  });
}
