import type { AppDeps } from '../../app';
import { localDiskStorage } from '../../platform/storage/local-disk-storage';
import type { FileStorage } from '../../platform/storage/storage';
import { moveMergedCustomerTickets } from './ticket-customer-merge.service';
import { scrubErasedCustomerTickets } from './ticket-erasure.service';

export const CUSTOMER_TICKETS_QUEUE = 'tickets.customer';

type CustomerTicketsJob = { kind: 'merged'; winnerId: string; loserId: string } | { kind: 'erased'; customerId: string };

/**
 * Tickets follow the customers module: on `customer.merged` the loser's tickets move to the
 * winner, on `customer.erased` the customer's ticket text is scrubbed. Every instance hears each
 * event, so with jobs on it becomes one durable job per customer (the singleton key makes the
 * other instances' sends, and a redelivery, a no-op; a failure is retried). Without jobs the
 * work runs in the handler. Both are idempotent either way. Answers the unsubscribe function.
 */
export async function startTicketCustomerEvents(app: AppDeps, options: { storage?: FileStorage } = {}): Promise<() => void> {
  const storage = options.storage ?? localDiskStorage(app.config.email.attachments.dir);
  const run = async (job: CustomerTicketsJob) => {
    if (job.kind === 'merged') {
      const moved = await moveMergedCustomerTickets(app, job.winnerId, job.loserId);
      if (moved > 0) app.logger.info({ ...job, moved }, 'tickets moved to the merged customer');
    } else {
      const scrubbed = await scrubErasedCustomerTickets({ ...app, storage }, job.customerId);
      if (scrubbed.tickets + scrubbed.messages > 0) app.logger.info({ customerId: job.customerId, scrubbed }, 'erased customer’s ticket text scrubbed');
    }
  };
  const { jobs } = app;
  if (jobs) await jobs.work<CustomerTicketsJob>(CUSTOMER_TICKETS_QUEUE, run);
  const handle = async (job: CustomerTicketsJob, key: string) => {
    try {
      if (jobs) await jobs.send(CUSTOMER_TICKETS_QUEUE, job, { singletonKey: key, retryLimit: 5 });
      else await run(job);
    } catch (err) {
      app.logger.error({ err, job }, 'tickets could not follow the customer change');
    }
  };
  const off = [
    app.bus.subscribe('customer.merged', (e) => handle({ kind: 'merged', winnerId: e.payload.customerId, loserId: e.payload.loserId }, `merged:${e.payload.loserId}`)),
    app.bus.subscribe('customer.erased', (e) => handle({ kind: 'erased', customerId: e.payload.customerId }, `erased:${e.payload.customerId}`)),
  ];
  return () => off.forEach((unsubscribe) => unsubscribe());
}
