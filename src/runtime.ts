import type { Config } from './config';
import { buildApp, type App, type AppDeps } from './app';
import { openDatabase, type Database } from './platform/db/database';
import { migrate } from './platform/db/migrate';
import { systemClock, type Clock } from './platform/clock';
import { createIdGenerator } from './platform/ids';
import { createMetrics } from './platform/metrics';
import { createLogger, type Logger } from './platform/logger';
import { createBus } from './platform/bus/create-bus';
import { createJobs } from './platform/jobs/create-jobs';
import { registerEventJobs } from './modules/events/partitions.service';
import { startImportJobs } from './modules/imports/imports.jobs';
import { startMembershipJobs } from './modules/membership/membership.jobs';
import { startVenuesJobs } from './modules/venues/venues.jobs';
import { startLoyaltyJobs } from './modules/loyalty/loyalty.jobs';
import { startEmailJobs } from './modules/email/email.jobs';
import { startComplaintJobs } from './modules/complaints/complaints.jobs';
import { startSlaJobs } from './modules/sla/sla.jobs';
import { startTicketJobs } from './modules/tickets/tickets.jobs';
import { startPortalJobs } from './modules/portal/portal.jobs';
import { startWebhookJobs } from './platform/webhooks/webhooks.jobs';
import { startChannelJobs } from './modules/channels/channels.service';

export interface Runtime {
  app: App;
  deps: AppDeps;
  close(): Promise<void>;
}

export interface RuntimeOptions {
  clock?: Clock;
  logger?: Logger;
  /** An already-open database (tests); otherwise the configured one is opened and migrated. */
  database?: Database;
}

/** Opens the database, applies migrations, wires bus and jobs, and builds the app. */
export async function createRuntime(config: Config, options: RuntimeOptions = {}): Promise<Runtime> {
  const logger = options.logger ?? createLogger(config);
  const clock = options.clock ?? systemClock;
  const ids = createIdGenerator(() => clock.now().getTime());
  const database = options.database ?? (await openDatabase(config.database));
  const closers: (() => Promise<void>)[] = [];
  try {
    if (!options.database) await migrate(database);
    const bus = await createBus(config, { ids, clock, logger });
    closers.push(() => bus.close());
    const metrics = createMetrics(database);
    const jobs = config.jobs.enabled ? await createJobs(config, database, { logger, metrics }) : undefined;
    if (jobs) closers.push(() => jobs.stop());
    await registerEventJobs({ database, jobs, clock, logger });
    const deps: AppDeps = { config, database, clock, ids, bus, jobs, metrics, logger };
    const app = await buildApp(deps);
    closers.push(() => app.close());
    if (jobs) await startImportJobs({ ...deps, jobs });
    await startMembershipJobs(deps);
    await startVenuesJobs(deps);
    await startLoyaltyJobs(deps);
    const email = await startEmailJobs(deps);
    closers.push(() => email.stop());
    startComplaintJobs(deps);
    const sla = await startSlaJobs(deps);
    closers.push(async () => sla.stop());
    const tickets = await startTicketJobs(deps);
    closers.push(async () => tickets.stop());
    startPortalJobs(deps);
    await startWebhookJobs(deps);
    startChannelJobs(deps);
    return {
      app,
      deps,
      async close() {
        for (const close of closers.reverse()) await close().catch((err) => logger.error({ err }, 'close failed'));
        if (!options.database) await database.close();
      },
    };
  } catch (err) {
    for (const close of closers.reverse()) await close().catch(() => {});
    if (!options.database) await database.close();
    throw err;
  }
}
