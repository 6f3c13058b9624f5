import PgBoss from 'pg-boss';
import pg from 'pg';
import type { Database } from '../db/database';
import type { Logger } from '../logger';
import type { JobHandler, JobOptions, Jobs, WorkOptions } from './jobs';
import { pgliteJobSql, poolJobSql, type JobSql } from './job-sql';
import { singletonJobId } from './singleton-job-id';
import { isRetryableConflict } from '../db/db-errors';

export interface PgBossJobsOptions {
  logger: Pick<Logger, 'error' | 'warn'>;
  /** How often an idle worker polls its queue, in seconds (default 2, at least 0.5). */
  pollingIntervalSeconds?: number;
  /** PostgreSQL schema for pg-boss's tables (default `pgboss`). */
  schema?: string;
  /** How long stop() lets running handlers finish (default 10 s). */
  stopTimeoutMs?: number;
}

/**
 * Timer settings per driver. PGlite is one connection shared with the API, so background
 * housekeeping is spread out: no state monitor, maintenance every 10 minutes, the cron hand-off
 * worker every 15 s (cron ticks are a minute apart anyway).
 */
const tuning: Record<Database['kind'], Partial<PgBoss.ConstructorOptions>> = {
  pglite: { maintenanceIntervalSeconds: 600, cronWorkerIntervalSeconds: 15 },
  pg: { maintenanceIntervalSeconds: 120 },
};

const INTERNAL_QUEUE_PREFIX = '__pgboss__';

/**
 * Durable jobs on pg-boss 10, on the app's own database (PGlite or PostgreSQL).
 * @example const jobs = await PgBossJobs.start(database, { logger }); await jobs.send('welcome-mail', { userId });
 */
export class PgBossJobs implements Jobs {
  private readonly queues = new Map<string, Promise<void>>();
  private readonly workerIds = new Map<string, string[]>();
  private readonly pollingIntervalSeconds: number;
  private readonly stopTimeoutMs: number;
  private running = 0;
  private stopping: Promise<void> | undefined;

  private constructor(
    /** Exposed for tests and diagnostics (schedules, job states); modules use the Jobs methods. */
    readonly boss: PgBoss,
    private readonly sql: JobSql,
    private readonly options: PgBossJobsOptions,
  ) {
    this.pollingIntervalSeconds = options.pollingIntervalSeconds ?? 2;
    this.stopTimeoutMs = options.stopTimeoutMs ?? 10_000;
  }

  /** Creates pg-boss's schema on first use (migrates it after a pg-boss upgrade) and starts its timers. */
  static async start(database: Database, options: PgBossJobsOptions): Promise<PgBossJobs> {
    const sql = jobSqlFor(database);
    const boss = new PgBoss({
      db: { executeSql: sql.executeSql },
      schema: options.schema ?? 'pgboss',
      ...tuning[database.kind],
    });
    boss.on('error', (err) => options.logger.error({ err }, 'job queue error'));
    try {
      await boss.start();
    } catch (err) {
      await sql.close();
      throw err;
    }
    return new PgBossJobs(boss, sql, options);
  }

  async send<T extends object>(queue: string, data: T, options: JobOptions = {}): Promise<string | null> {
    await this.ensureQueue(queue);
    const { singletonKey, startAfter, retryLimit } = options;
    const id = await this.boss.send(queue, data, {
      ...(singletonKey !== undefined && { id: singletonJobId(queue, singletonKey), singletonKey }),
      ...(startAfter && { startAfter }),
      ...(retryLimit !== undefined && { retryLimit }),
    });
    // A local worker starts on it now instead of at its next poll.
    if (id && !startAfter) for (const workerId of this.workerIds.get(queue) ?? []) this.boss.notifyWorker(workerId);
    return id;
  }

  async work<T extends object>(queue: string, handler: JobHandler<T>, options: WorkOptions = {}): Promise<void> {
    await this.ensureQueue(queue);
    let workerId: string | undefined;
    workerId = await this.boss.work<T>(
      queue,
      { batchSize: options.batchSize ?? 1, pollingIntervalSeconds: this.pollingIntervalSeconds },
      async (jobs) => {
        // While jobs keep coming, fetch again straight after this batch instead of sleeping.
        if (workerId) this.boss.notifyWorker(workerId);
        await this.run(queue, jobs, handler);
      },
    );
    this.workerIds.set(queue, [...(this.workerIds.get(queue) ?? []), workerId]);
  }

  async schedule(queue: string, cron: string, data: object = {}, tz = 'UTC'): Promise<void> {
    await this.ensureQueue(queue);
    await this.boss.schedule(queue, cron, data, { tz });
  }

  async queueSize(queue: string): Promise<number> {
    return this.boss.getQueueSize(queue);
  }

  /** Waiting jobs per application queue, for the `job_queue_size` gauge. */
  async queueSizes(): Promise<Record<string, number>> {
    const sizes: Record<string, number> = {};
    for (const { name } of await this.boss.getQueues()) {
      if (!name.startsWith(INTERNAL_QUEUE_PREFIX)) sizes[name] = await this.boss.getQueueSize(name);
    }
    return sizes;
  }

  /** Stops polling, lets running handlers finish (up to stopTimeoutMs), then closes the job connections. */
  stop(): Promise<void> {
    this.stopping ??= (async () => {
      await this.boss
        .stop({ graceful: true, wait: true, timeout: this.stopTimeoutMs })
        .catch((err) => this.options.logger.error({ err }, 'job queue stop failed'));
      await this.sql.drain(() => this.running > 0, this.stopTimeoutMs);
      await this.sql.close();
    })();
    return this.stopping;
  }

  private ensureQueue(name: string): Promise<void> {
    let created = this.queues.get(name);
    if (!created) {
      created = this.createQueueRetrying(name).catch((err) => {
        this.queues.delete(name);
        throw err;
      });
      this.queues.set(name, created);
    }
    return created;
  }

  /**
   * pg-boss 10 can deadlock when two instances create different queues at the same moment
   * (each creates a partition of the job table). createQueue is idempotent, so a deadlock
   * victim simply tries again after a short random pause.
   */
  private async createQueueRetrying(name: string): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      try {
        await this.boss.createQueue(name);
        return;
      } catch (err) {
        if (!isRetryableConflict(err) || attempt >= 5) throw err;
        await new Promise((r) => setTimeout(r, 20 + Math.random() * 80 * attempt));
      }
    }
  }

  /** Runs a batch; each job completes or fails on its own (pg-boss would fail the whole batch). */
  private async run<T extends object>(queue: string, jobs: PgBoss.Job<T>[], handler: JobHandler<T>): Promise<void> {
    this.running++;
    try {
      const results = await Promise.allSettled(jobs.map(async (job) => handler(job.data, { id: job.id, name: job.name })));
      const failed = jobs.flatMap((job, i) => (results[i]?.status === 'rejected' ? [{ job, err: results[i].reason }] : []));
      if (failed.length === 0) return;
      for (const { job, err } of failed) this.options.logger.warn({ err, queue, jobId: job.id }, 'job failed');
      const succeeded = jobs.filter((_, i) => results[i]?.status === 'fulfilled').map((job) => job.id);
      if (succeeded.length > 0) await this.boss.complete(queue, succeeded);
      // pg-boss now fails the jobs still active: exactly the failed ones, retried per retryLimit.
      throw failed.length === 1 ? failed[0]!.err : new AggregateError(failed.map((f) => f.err), `${failed.length} jobs failed`);
    } finally {
      this.running--;
    }
  }
}

function jobSqlFor(database: Database): JobSql {
  if (database.kind === 'pglite') {
    if (!database.pglite) throw new Error('PGlite database without its client');
    return pgliteJobSql(database.pglite);
  }
  if (!database.pool) throw new Error('PostgreSQL database without its pool');
  const pool = new pg.Pool({ ...database.pool.options, max: 4, application_name: 'guildhall-jobs' });
  pool.on('error', () => {
    /* idle client errors are surfaced by the next query */
  });
  return poolJobSql(pool);
}
