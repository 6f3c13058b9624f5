import { pathToFileURL } from 'node:url';
import { loadConfig } from '../src/config';
import { createRuntime, type Runtime } from '../src/runtime';
import { FakeClock } from '../src/platform/clock';
import { createAdmin } from '../src/platform/auth/create-admin';
import { runChargingCycle, type CycleReport } from '../src/modules/venues/charging-cycle';
import { checkIn } from '../src/modules/venues/check-in.service';
import { chainContext, seedMember, seedVenue } from '../src/modules/venues/venues.test-kit';
import { freshDatabase, login } from './lib/server';
import { machineLine, writeSection } from './lib/report';
import { ensureCommand } from './lib/tools';
import { runWrkAsync, type LoadResult } from './lib/wrk';

const STORES = Number(process.env.BENCH_VENUE_STORES ?? 50);
const SEATS_PER_STORE = Number(process.env.BENCH_VENUE_SEATS ?? 20);
const LOAD_SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = 10;

/** 50 stores × 20 seats, every seat in use; one member in ten has only 12 minutes of balance, so reminders and automatic ends happen. */
async function seed(runtime: Runtime): Promise<string[]> {
  const storeIds: string[] = [];
  for (let s = 0; s < STORES; s++) {
    const venue = await seedVenue(runtime.deps, { seats: SEATS_PER_STORE, centsPerHour: 600, nightCentsPerHour: 400 });
    storeIds.push(venue.storeId);
    await Promise.all(
      venue.seatIds.map(async (seatId, i) => {
        const customerId = await seedMember(runtime.deps, venue.storeId, i % 10 === 0 ? 120 : 5000 + i * 10, `Bench ${s}-${i}`);
        await checkIn(runtime.deps, chainContext, { seatId, customerId });
      }),
    );
  }
  return storeIds;
}

/** Runs one charging cycle one minute later on the fake clock; answers its report and milliseconds. */
async function cycle(runtime: Runtime, clock: FakeClock): Promise<CycleReport & { ms: number }> {
  clock.advance(60_000);
  const t0 = performance.now();
  const report = await runChargingCycle(runtime.deps, clock.now());
  if (report.failed > 0) throw new Error(`cycle: ${JSON.stringify(report)}`);
  return { ...report, ms: performance.now() - t0 };
}

const loadRow = (what: string, r: LoadResult) => `| ${what} | ${Math.round(r.requestsPerSec).toLocaleString('en-US')} | ${r.p50Ms.toFixed(2)} | ${r.p99Ms.toFixed(2)} | ${r.non2xx} |`;

/**
 * The per-minute charging cycle over 1,000 sessions in 50 stores (charge, predict, remind, end) on
 * PostgreSQL, and its effect on the latency of the floor-view API served by the same process (as
 * in production, where the pg-boss job runs inside an app process).
 */
export async function venuesBenchmark(adminUrl: string, redisUrl: string, options: { write?: boolean } = {}): Promise<void> {
  ensureCommand('wrk');
  const databaseUrl = await freshDatabase(adminUrl, 'guildhall_bench_venues');
  const clock = new FakeClock('2026-01-05T12:00:00Z');
  const config = loadConfig({ NODE_ENV: 'production', LOG_LEVEL: 'warn', DATABASE_URL: databaseUrl, REDIS_URL: redisUrl, JOBS_ENABLED: 'false', DATABASE_POOL_SIZE: '10' });
  const runtime = await createRuntime(config, { clock });
  try {
    const s0 = performance.now();
    const storeIds = await seed(runtime);
    const seedSeconds = (performance.now() - s0) / 1000;
    const email = 'bench-venues@example.com';
    const password = 'bench-Password-2026';
    await createAdmin(runtime.deps, { email, name: 'Bench', password });
    const baseUrl = await runtime.app.listen({ host: '127.0.0.1', port: 0 });
    const { cookie } = await login(baseUrl, email, password);
    const wrk = () => runWrkAsync(`${baseUrl}/api/v1/stores/${storeIds[0]}/floor`, { connections: CONNECTIONS, seconds: LOAD_SECONDS, headers: { cookie } });

    const idle = await wrk();
    const quiet = [await cycle(runtime, clock), await cycle(runtime, clock), await cycle(runtime, clock)];
    const r0 = performance.now();
    await runChargingCycle(runtime.deps, clock.now());
    const repeatMs = performance.now() - r0;

    // Cycles back to back (each one minute later) for as long as wrk reads the floor.
    let loading = true;
    const load = wrk().finally(() => (loading = false));
    const busy: Awaited<ReturnType<typeof cycle>>[] = [];
    while (loading) busy.push(await cycle(runtime, clock));
    const during = await load;

    const all = [...quiet, ...busy];
    const reminders = all.reduce((n, c) => n + c.reminders, 0);
    const ended = all.reduce((n, c) => n + c.ended, 0);
    const avgBusy = busy.reduce((n, c) => n + c.ms, 0) / busy.length;
    const pgVersion = (await runtime.deps.database.query<{ server_version: string }>('show server_version'))[0]!.server_version;
    const sessions = STORES * SEATS_PER_STORE;
    const markdown = `## Seat charging cycle (issue 4)

${new Date().toISOString().slice(0, 10)} · ${machineLine(`PostgreSQL ${pgVersion}`)} · one app process (pool 10) serving the API and running the cycle, as the pg-boss job does; load from wrk on the same machine.

${sessions.toLocaleString('en-US')} sessions across ${STORES} stores (${SEATS_PER_STORE} seats each, day and night rates), seeded in ${seedSeconds.toFixed(0)} s; one member in ten has 12 minutes of balance. A cycle charges the minute for every active session in its own transaction (session lock, wallet lock, draw in order package → bonus → cash, ledger rows, prediction of the time left over the rates ahead, reminders, automatic end after the grace period).

| cycle | sessions | ms | ms per session |
|---|---|---|---|
${quiet.map((c, i) => `| minute ${i + 1}, no API load | ${c.sessions.toLocaleString('en-US')} | ${c.ms.toFixed(0)} | ${(c.ms / c.sessions).toFixed(2)} |`).join('\n')}
| the same minute again (nothing to charge) | ${sessions.toLocaleString('en-US')} | ${repeatMs.toFixed(0)} | ${(repeatMs / sessions).toFixed(2)} |
| ${busy.length} cycles during the API load below (average) | ${busy[busy.length - 1]!.sessions.toLocaleString('en-US')} (last) | ${avgBusy.toFixed(0)} | ${(avgBusy / busy[busy.length - 1]!.sessions).toFixed(2)} |

Reminders sent: ${reminders}; sessions ended by the balance: ${ended}.

\`GET /api/v1/stores/:id/floor\` (${SEATS_PER_STORE} seats with member, time left and state; session cookie), ${CONNECTIONS} connections, ${LOAD_SECONDS} s each:

| floor API | req/s | p50 ms | p99 ms | errors |
|---|---|---|---|---|
${loadRow('idle', idle)}
${loadRow('while cycles run back to back', during)}

A cycle runs once a minute, so ${(quiet[2]!.ms / 600).toFixed(1)} % of a minute is spent charging ${sessions.toLocaleString('en-US')} sessions.`;
    if (options.write ?? true) writeSection('venues', markdown);
    console.log(markdown);
  } finally {
    await runtime.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const adminUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  await venuesBenchmark(adminUrl, process.env.REDIS_URL ?? 'redis://127.0.0.1:6379', { write: process.env.BENCH_WRITE === '1' });
}
