import type { AppDeps } from '../../app';
import { runChargingCycle } from './charging-cycle';

export const CHARGING_QUEUE = 'venues.charging-cycle';

/** The venues module's background work: the charging cycle every minute (once per tick across instances). */
export async function startVenuesJobs(deps: AppDeps): Promise<void> {
  if (!deps.jobs) return;
  await deps.jobs.work(CHARGING_QUEUE, async () => {
    const report = await runChargingCycle(deps, deps.clock.now());
    if (report.failed > 0) deps.logger.warn({ report }, 'charging cycle had failures');
  });
  await deps.jobs.schedule(CHARGING_QUEUE, '* * * * *');
}
