import type { Config } from '../../config';
import type { Database } from '../db/database';
import type { Logger } from '../logger';
import type { Metrics } from '../metrics';
import type { Jobs } from './jobs';
import { PgBossJobs } from './pg-boss-jobs';

/** Durable jobs on the app's database (pg-boss), with a queue-size gauge on /metrics. */
export async function createJobs(
  _config: Config,
  database: Database,
  deps: { logger: Logger; metrics: Metrics },
): Promise<Jobs> {
  const jobs = await PgBossJobs.start(database, { logger: deps.logger });
  deps.metrics.addQueueGauge(() => jobs.queueSizes());
  return jobs;
}
