import type { AppDeps } from '../../app';
import type { EventName } from '../../platform/bus/events';
import { slaMailer, type SlaMailer } from './notification-mail';
import { runSlaSweep, type SlaDeps } from './sla-sweep';
import { GroupBatcher } from '../../platform/db/group-batcher';
import { syncTicketsSla } from './sla-sync.service';

export const SLA_SWEEP_QUEUE = 'sla.sweep';

const ticketEvents: EventName[] = ['ticket.created', 'ticket.updated', 'ticket.message_added'];

export interface SlaJobs {
  deps: SlaDeps;
  stop(): void;
}

/**
 * The SLA's background work. Ticket events re-derive that ticket's clocks at once (a merge both
 * tickets); the sweep, a durable job every minute (once per tick across instances), catches up
 * tickets whose events were missed and takes the warnings, breaches and escalations that are due.
 * Both are idempotent: running twice, or again after a restart, changes nothing more.
 */
export async function startSlaJobs(app: AppDeps, options: { mailer?: SlaMailer } = {}): Promise<SlaJobs> {
  const mailer = options.mailer ?? slaMailer(app.config, app.ids);
  const deps: SlaDeps = { ...app, mailer };
  // Events arriving together are synced in one transaction (a burst of new tickets: one commit).
  const syncs = new GroupBatcher<string, void>(
    async (ids) => {
      await syncTicketsSla(deps, ids);
      return ids.map(() => ({ ok: true, value: undefined }));
    },
    { maxBatch: 100, maxRunning: 1 },
  );
  const sync = (ticketId: string) => syncs.submit(ticketId).catch((err: unknown) => app.logger.error({ err, ticketId }, 'SLA sync failed'));
  const unsubscribe = ticketEvents.map((name) => app.bus.subscribe(name, (e) => sync((e.payload as { ticketId: string }).ticketId)));
  unsubscribe.push(
    app.bus.subscribe('ticket.merged', async (e) => {
      await sync(e.payload.loserId);
      await sync(e.payload.ticketId);
    }),
  );
  if (app.jobs) {
    await app.jobs.work(SLA_SWEEP_QUEUE, async () => {
      const report = await runSlaSweep(deps, app.clock.now());
      if (report.steps > 0) app.logger.info({ report }, 'SLA sweep');
    });
    await app.jobs.schedule(SLA_SWEEP_QUEUE, '* * * * *');
  }
  return {
    deps,
    stop() {
      for (const off of unsubscribe) off();
      mailer?.close();
    },
  };
}
