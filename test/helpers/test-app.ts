import { loadConfig, type Config } from '../../src/config';
import { createRuntime, type Runtime } from '../../src/runtime';
import { FakeClock, type Clock } from '../../src/platform/clock';
import { createTestDatabase, testDbKind } from './test-database';

export interface TestApp extends Runtime {
  clock: Clock;
}

/**
 * A complete app on a fresh database (PGlite copy, or PostgreSQL + Redis in the `pg` project).
 * Jobs are off unless asked for; pass a FakeClock to control time.
 */
export async function createTestApp(
  options: { clock?: Clock; env?: Record<string, string>; overrides?: Partial<Config> } = {},
): Promise<TestApp> {
  const env: Record<string, string | undefined> = {
    NODE_ENV: 'test',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    JOBS_ENABLED: 'false',
    // Each test app gets its own channel so parallel test files on one Redis stay apart.
    ...(testDbKind() === 'pg' ? { REDIS_URL: process.env.REDIS_URL, EVENTS_CHANNEL: `guildhall:test:${process.pid}:${Math.random().toString(36).slice(2)}` } : {}),
    ...options.env,
  };
  const config = loadConfig(env, options.overrides);
  const database = await createTestDatabase();
  const clock = options.clock ?? new FakeClock(new Date());
  const runtime = await createRuntime(config, { database, clock });
  return {
    ...runtime,
    clock,
    async close() {
      await runtime.close();
      await database.close();
    },
  };
}
