import type { Database } from '../../platform/db/database';
import type { Jobs } from '../../platform/jobs/jobs';
import type { Logger } from '../../platform/logger';
import type { Clock } from '../../platform/clock';
import * as repo from './partitions.repository';
import { partitionMonths } from './rules/partition-months';

export const PARTITIONS_QUEUE = 'events.partitions';
/** Partitions exist for the current month and this many ahead. */
export const PARTITION_MONTHS_AHEAD = 12;
/** Daily, at a quiet hour (UTC). */
const PARTITIONS_CRON = '17 3 * * *';

/**
 * Creates the monthly `events_YYYY_MM` partitions from the month of `from` through
 * `monthsAhead` months later that do not exist yet; rows of those months waiting in the
 * default partition move into them. Idempotent and safe to run on several instances at once.
 * Answers the names created.
 * @example await ensureMonthlyPartitions(database, clock.now(), 12) // ['events_2026_03', …]
 */
export async function ensureMonthlyPartitions(database: Pick<Database, 'db'>, from: Date, monthsAhead: number): Promise<string[]> {
  const wanted = partitionMonths(from, monthsAhead);
  const existing = await repo.attachedPartitions(database.db);
  const created: string[] = [];
  for (const month of wanted.filter((m) => !existing.has(m.name))) {
    const made = await database.db.transaction(async (tx) => {
      await repo.lockPartitionMaintenance(tx);
      if ((await repo.attachedPartitions(tx)).has(month.name)) return false;
      await repo.createPartition(tx, month);
      return true;
    });
    if (made) created.push(month.name);
  }
  return created;
}

/**
 * The events module's background work: the daily `events.partitions` job, and one run now so
 * a fresh install has its partitions before the first event. Nothing when jobs are off here.
 */
export async function registerEventJobs(deps: { database: Database; jobs?: Jobs; clock: Clock; logger: Pick<Logger, 'info' | 'error'> }): Promise<void> {
  const { jobs } = deps;
  if (!jobs) return;
  const run = async () => {
    const created = await ensureMonthlyPartitions(deps.database, deps.clock.now(), PARTITION_MONTHS_AHEAD);
    if (created.length > 0) deps.logger.info({ created }, 'event partitions created');
  };
  await jobs.work(PARTITIONS_QUEUE, run);
  await jobs.schedule(PARTITIONS_QUEUE, PARTITIONS_CRON);
  // Without partitions events still land in events_default: a failure here must not stop the app.
  await run().catch((err) => deps.logger.error({ err }, 'event partitions check failed'));
}
