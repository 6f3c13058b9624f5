import { Command } from 'commander';
import { ConfigError, loadConfig, type Config } from './config';
import { openDatabase } from './platform/db/database';
import { migrate } from './platform/db/migrate';
import { createRuntime } from './runtime';
import { ImportUsageError, runImportCommand, type ImportCommandOptions } from './modules/imports/import.command';

const program = new Command()
  .name('guildhall')
  .description('Guildhall: CRM and customer service for game businesses.\nConfiguration comes from environment variables (see docs/operations.md).');

program
  .command('start')
  .description('apply migrations, seed demo data on first run (embedded mode), and serve the API and web app')
  .option('--no-seed', 'do not seed demo data on first run')
  .action(async (opts: { seed: boolean }) => {
    const t0 = performance.now();
    const config = loadConfig();
    const runtime = await createRuntime(config);
    const { app, deps } = runtime;
    const { onFirstRun, demoLogin } = await import('./seed/first-run');
    await onFirstRun(deps, { demo: opts.seed && config.demoSeed });
    await app.listen({ host: config.host, port: config.port });
    const login = await demoLogin(deps);
    const mode = config.database.kind === 'pg' ? 'server mode (PostgreSQL)' : `embedded mode (${config.database.dataDir})`;
    const address = `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${config.port}`;
    console.log(`\nGuildhall is ready at ${address} — ${mode}, started in ${Math.round(performance.now() - t0)} ms`);
    if (login) {
      console.log(`Demo admin login: ${login.email} / ${login.password}`);
      console.log('Every demo account uses this password: change it (Me → Password) before real use.\n');
    }
    const shutdown = async (signal: string) => {
      app.log.info({ signal }, 'shutting down');
      await runtime.close();
      process.exit(0);
    };
    process.once('SIGINT', () => void shutdown('SIGINT'));
    process.once('SIGTERM', () => void shutdown('SIGTERM'));
  });

program
  .command('migrate')
  .description('apply pending database migrations and exit')
  .action(async () => {
    const config = loadConfig();
    const database = await openDatabase(config.database);
    try {
      await migrate(database);
      console.log(`Migrations applied (${config.database.kind}).`);
    } finally {
      await database.close();
    }
  });

program
  .command('seed')
  .description('seed the default organisation structure; with --demo, the demo organisation')
  .option('--demo', 'add the demo esports-cafe chain, stores and staff')
  .action(async (opts: { demo?: boolean }) => {
    await withRuntime(loadConfig({ ...process.env, JOBS_ENABLED: 'false' }), async (deps) => {
      const { onFirstRun, demoLogin } = await import('./seed/first-run');
      await onFirstRun(deps, { demo: Boolean(opts.demo), force: true });
      const login = await demoLogin(deps);
      console.log('Seed complete.');
      if (login) console.log(`Demo admin login: ${login.email} / ${login.password}`);
    });
  });

program
  .command('create-admin')
  .description('create an admin user (or reset its password if the email exists)')
  .requiredOption('--email <email>', 'login email')
  .requiredOption('--name <name>', 'display name')
  .option('--password <password>', 'password (prompted from GUILDHALL_ADMIN_PASSWORD if omitted)')
  .action(async (opts: { email: string; name: string; password?: string }) => {
    const password = opts.password ?? process.env.GUILDHALL_ADMIN_PASSWORD;
    if (!password) throw new UsageError('Give --password or set GUILDHALL_ADMIN_PASSWORD.');
    await withRuntime(loadConfig({ ...process.env, JOBS_ENABLED: 'false' }), async (deps) => {
      const { createAdmin } = await import('./platform/auth/create-admin');
      const result = await createAdmin(deps, { email: opts.email, name: opts.name, password });
      console.log(result === 'created' ? `Admin ${opts.email} created.` : `Password of ${opts.email} reset; role set to admin.`);
    });
  });

program
  .command('rebuild-stats')
  .description('recompute every customer\'s activity stats and monthly spend from the events table')
  .action(async () => {
    const config = loadConfig();
    const database = await openDatabase(config.database);
    try {
      await migrate(database);
      const t0 = performance.now();
      const { rebuildCustomerStats } = await import('./modules/events/customer-stats.service');
      const { customers, months } = await rebuildCustomerStats(database);
      console.log(`Stats rebuilt for ${customers} customers (${months} customer-months of spend) in ${Math.round(performance.now() - t0)} ms.`);
    } finally {
      await database.close();
    }
  });

program
  .command('import <file>')
  .description('import a CSV file of events or customers in this process, with a progress bar and an error report')
  .requiredOption('--kind <kind>', 'events or customers')
  .option('--map <target=column>', 'read a target field from a column (repeat), e.g. --map customer.external=CustomerID', collect, [])
  .option('--set <target=value>', 'give a target field a constant (repeat), e.g. --set currency=GBP', collect, [])
  .option('--format <format>', 'csv or whitespace (detected when omitted)')
  .option('--delimiter <char>', 'CSV delimiter (detected when omitted)')
  .option('--header', 'the first line names the columns (detected when omitted)')
  .option('--no-header', 'there is no header row: columns are col1, col2, …')
  .option('--encoding <encoding>', 'utf-8 or gb18030 (detected when omitted)')
  .option('--dry-run', 'check every row and write the error report, but store nothing')
  .option('--timezone <zone>', "IANA zone of dates without an offset (default: the organisation's)")
  .option('--date-format <format>', 'auto, iso, YYYY-MM-DD, YYYYMMDD, DD/MM/YYYY or MM/DD/YYYY')
  .option('--system <name>', 'name of the external system whose ids customer.external / external columns hold')
  .option('--currency <code>', "currency of amounts (default: the organisation's)")
  .option('--overwrite', 'customers: replace non-empty profile fields too')
  .option('--no-create-customers', 'events: reject rows whose customer does not exist yet')
  .action(async (file: string, opts: ImportCommandOptions) => {
    let completed = false;
    await withRuntime(loadConfig({ ...process.env, JOBS_ENABLED: 'false' }), async (deps) => {
      completed = await runImportCommand(deps, file, opts);
    });
    if (!completed) process.exitCode = 1;
  });

program
  .command('bench')
  .description('run the benchmarks in bench/ and write docs/benchmarks.md')
  .action(async () => {
    const { runBenchmarks } = await import('../bench/run');
    await runBenchmarks();
  });

class UsageError extends Error {}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

async function withRuntime(config: Config, fn: (deps: Awaited<ReturnType<typeof createRuntime>>['deps']) => Promise<void>) {
  const runtime = await createRuntime(config);
  try {
    await fn(runtime.deps);
  } finally {
    await runtime.close();
  }
}

try {
  await program.parseAsync(process.argv);
} catch (err) {
  if (err instanceof ConfigError || err instanceof UsageError || err instanceof ImportUsageError) {
    console.error(err.message);
    process.exit(2);
  }
  const e = err as Error;
  console.error(e.name === 'DataDirLockedError' ? e.message : e);
  process.exit(1);
}
