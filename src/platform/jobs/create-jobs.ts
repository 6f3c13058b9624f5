import type { Config } from '../../config';
import type { Database } from '../db/database';
import type { Logger } from '../logger';
import type { Metrics } from '../metrics';
import type { Jobs } from './jobs';

/** Durable jobs on the app's database (pg-boss). */
export async function createJobs(
  _config: Config,
  _database: Database,
  _deps: { logger: Logger; metrics: Metrics },
): Promise<Jobs | undefined> {
  return undefined;
}
