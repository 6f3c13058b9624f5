import type { Database } from '../../platform/db/database';
import { archiveCutoff } from './rules/archive-cutoff';
import { archiveClosedBefore } from './ticket-archive.repository';

/** Tickets archived per statement: one short transaction each, however large the backlog. */
export const ARCHIVE_BATCH = 1000;

export interface ArchiveRun {
  archived: number;
  /** More were due than this run took (it stopped after `maxBatches`); the next run goes on. */
  more: boolean;
}

/**
 * Archives the tickets closed more than `days` days before `now`, in batches of `batch`, at most
 * `maxBatches` of them. Idempotent: an archived ticket is never taken again, so a second run (or
 * one after a crash) archives only what became due since. Announces nothing: an archived ticket
 * is closed already, and nothing listens for archiving (lists and search read `archived_at`).
 */
export async function archiveDueTickets(
  deps: { database: Database },
  now: Date,
  days: number,
  options: { batch?: number; maxBatches?: number } = {},
): Promise<ArchiveRun> {
  const cutoff = archiveCutoff(now, days);
  if (!cutoff) return { archived: 0, more: false };
  const batch = options.batch ?? ARCHIVE_BATCH;
  const maxBatches = options.maxBatches ?? 50;
  let archived = 0;
  for (let i = 0; i < maxBatches; i++) {
    const n = await archiveClosedBefore(deps.database.db, cutoff, now, batch);
    archived += n;
    if (n < batch) return { archived, more: false };
  }
  return { archived, more: true };
}
