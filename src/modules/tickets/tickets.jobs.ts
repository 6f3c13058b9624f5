import type { AppDeps } from '../../app';
import { archiveDueTickets } from './ticket-archive.service';
import { startTicketCustomerEvents } from './ticket-customer-events';

export const TICKET_ARCHIVE_QUEUE = 'tickets.archive';

/**
 * The tickets module's background work: following customer merges and erasures, and the
 * archiving of tickets closed more than `TICKET_ARCHIVE_DAYS` ago, a durable job every hour
 * (once per tick across instances; nothing when the setting is 0 or jobs are off).
 */
export async function startTicketJobs(app: AppDeps): Promise<{ stop(): void }> {
  const stopCustomerEvents = await startTicketCustomerEvents(app);
  const days = app.config.tickets.archiveDays;
  if (app.jobs && days > 0) {
    await app.jobs.work(TICKET_ARCHIVE_QUEUE, async () => {
      const run = await archiveDueTickets(app, app.clock.now(), days);
      if (run.archived > 0) app.logger.info({ run }, 'tickets archived');
    });
    await app.jobs.schedule(TICKET_ARCHIVE_QUEUE, '17 * * * *');
  }
  return { stop: stopCustomerEvents };
}
