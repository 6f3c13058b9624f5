import type { AppDeps } from '../../app';
import { deliverDue } from './webhooks.service';

export const DELIVER_QUEUE = 'webhooks.deliver';

/**
 * Sends webhooks in the background: at once after a change queued some (one job per burst) and
 * every minute for retries. Nothing when jobs are off (tests call deliverDue).
 */
export async function startWebhookJobs(deps: AppDeps): Promise<void> {
  const { jobs } = deps;
  if (!jobs) return;
  await jobs.work(DELIVER_QUEUE, async () => {
    for (let i = 0; i < 20; i++) {
      const r = await deliverDue(deps);
      if (r.delivered + r.retried + r.failed === 0) break;
    }
  });
  await jobs.schedule(DELIVER_QUEUE, '* * * * *');
  deps.bus.subscribe('webhook.queued', async () => {
    const second = Math.floor(deps.clock.now().getTime() / 1000);
    await jobs.send(DELIVER_QUEUE, {}, { singletonKey: `now:${second}` }).catch((err: unknown) => deps.logger.error({ err }, 'could not queue webhook delivery'));
  });
}
