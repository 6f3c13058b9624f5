import type { AppDeps } from '../../app';
import { EARNING_LAG_MS, runEarning } from './earning.service';
import { runExpiry } from './expiry.service';
import { evaluateTiers } from './tier-evaluation';

export const EARN_QUEUE = 'loyalty.earn';
export const NIGHTLY_QUEUE = 'loyalty.nightly';
/** Bursts of ingests within this window share one earning job. */
const COALESCE_MS = 10_000;

/**
 * The loyalty module's background work: earning after each ingest (one job per 10-second window,
 * started once the ingest lag has passed) and every minute as a safety net; expiry and tier
 * evaluation nightly. Nothing when jobs are off (tests call the functions directly).
 */
export async function startLoyaltyJobs(deps: AppDeps): Promise<void> {
  const { jobs } = deps;
  if (!jobs) return;
  await jobs.work(EARN_QUEUE, async () => {
    await runEarning(deps);
  });
  await jobs.work(NIGHTLY_QUEUE, async () => {
    const expired = await runExpiry(deps, deps.clock.now());
    const tiers = await evaluateTiers(deps);
    deps.logger.info({ expired, tiers }, 'loyalty nightly run');
  });
  await jobs.schedule(EARN_QUEUE, '* * * * *');
  await jobs.schedule(NIGHTLY_QUEUE, '30 3 * * *', {}, 'Asia/Shanghai');
  deps.bus.subscribe('event.ingested', async () => {
    const now = deps.clock.now().getTime();
    const window = Math.floor(now / COALESCE_MS);
    await jobs
      .send(EARN_QUEUE, {}, { singletonKey: `earn:${window}`, startAfter: new Date((window + 1) * COALESCE_MS + EARNING_LAG_MS) })
      .catch((err: unknown) => deps.logger.error({ err }, 'could not queue loyalty earning'));
  });
}
