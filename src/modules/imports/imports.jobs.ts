import type { Jobs } from '../../platform/jobs/jobs';
import { runImport } from './import-runner';
import * as repo from './imports.repository';
import { enqueueRun, IMPORT_QUEUE, type ImportDeps } from './imports.service';

/**
 * Runs queued imports on this instance, and queues again the imports a stopped process left
 * running: they resume from their checkpoint under a new run number, which also fences off
 * the old runner should it still be alive on another instance.
 * @example if (deps.jobs) await startImportJobs({ ...deps, jobs: deps.jobs })
 */
export async function startImportJobs(deps: ImportDeps & { jobs: Jobs }): Promise<void> {
  await deps.jobs.work<{ importId: string; run: number }>(IMPORT_QUEUE, async ({ importId, run }) => {
    await runImport(deps, importId, run);
  });
  for (const { id, run } of await repo.requeueRunning(deps.database.db)) await enqueueRun(deps, id, run);
}
