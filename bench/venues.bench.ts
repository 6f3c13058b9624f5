import { pathToFileURL } from 'node:url';
import { loadConfig } from '../src/config';
import { createRuntime, type Runtime } from '../src/runtime';
import { FakeClock } from '../src/platform/clock';
import { runChargingCycle } from '../src/modules/venues/charging-cycle';
import { checkIn } from '../src/modules/venues/check-in.service';
import { storeFloor } from '../src/modules/venues/floor.service';
import { chainContext, seedMember, seedVenue } from '../src/modules/venues/venues.test-kit';
import { freshDatabase } from './lib/server';
import { machineLine, writeSection } from './lib/report';

const STORES = Number(process.env.BENCH_VENUE_STORES ?? 50);
const SEATS_PER_STORE = Number(process.env.BENCH_VENUE_SEATS ?? 20);

/** Times `fn` `n` times in sequence; answers p50 and p95 in ms. */
async function latency(n: number, fn: () => Promise<unknown>): Promise<{ p50: number; p95: number }> {
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { p50: times[Math.floor(n * 0.5)]!, p95: times[Math.floor(n * 0.95)]! };
}

/** Opens 1,000 sessions across 50 stores on PostgreSQL with a fake clock and seeds them. */
async function seed(runtime: Runtime): Promise<string[]> {
  const storeIds: string[] = [];
  for (let s = 0; s < STORES; s++) {
    const venue = await seedVenue(runtime.deps, { seats: SEATS_PER_STORE, centsPerHour: 600, nightCentsPerHour: 400 });
    storeIds.push(venue.storeId);
    await Promise.all(
      venue.seatIds.map(async (seatId, i) => {
        const customerId = await seedMember(runtime.deps, venue.storeId, 5000 + i * 10, `Bench ${s}-${i}`);
        await checkIn(runtime.deps, chainContext, { seatId, customerId });
      }),
    );
  }
  return storeIds;
}

/**
 * One charging cycle over every active session (charge, predict, remind, end) and its effect on
 * the latency of the floor view, on PostgreSQL in one app process (as the pg-boss job runs).
 */
export async function venuesBenchmark(adminUrl: string, redisUrl: string, options: { write?: boolean } = {}): Promise<void> {
  const databaseUrl = await freshDatabase(adminUrl, 'guildhall_bench_venues');
  const clock = new FakeClock('2026-01-05T12:00:00Z');
  const config = loadConfig({ NODE_ENV: 'production', LOG_LEVEL: 'warn', DATABASE_URL: databaseUrl, REDIS_URL: redisUrl, JOBS_ENABLED: 'false', DATABASE_POOL_SIZE: '10' });
  const runtime = await createRuntime(config, { clock });
  try {
    const s0 = performance.now();
    const storeIds = await seed(runtime);
    const seedSeconds = (performance.now() - s0) / 1000;
    const floor = () => storeFloor(runtime.deps, chainContext, storeIds[Math.floor(Math.random() * storeIds.length)]!);
    const idle = await latency(200, floor);

    const cycles: number[] = [];
    let during = { p50: 0, p95: 0 };
    for (let minute = 1; minute <= 3; minute++) {
      clock.advance(60_000);
      const t0 = performance.now();
      const cycle = runChargingCycle(runtime.deps, clock.now());
      if (minute === 3) during = await latency(100, floor);
      const report = await cycle;
      cycles.push(performance.now() - t0);
      if (report.failed > 0 || report.sessions !== STORES * SEATS_PER_STORE) throw new Error(`cycle: ${JSON.stringify(report)}`);
    }
    const repeat0 = performance.now();
    await runChargingCycle(runtime.deps, clock.now());
    const repeatMs = performance.now() - repeat0;
    const pgVersion = (await runtime.deps.database.query<{ server_version: string }>('show server_version'))[0]!.server_version;
    const sessions = STORES * SEATS_PER_STORE;
    const perSession = cycles[2]! / sessions;
    const markdown = `## Seat charging cycle (issue 4)

${new Date().toISOString().slice(0, 10)} · ${machineLine(`PostgreSQL ${pgVersion}`)} · one app process, pool 10.

${sessions.toLocaleString('en-US')} active sessions across ${STORES} stores (${SEATS_PER_STORE} seats each, day/night rates), seeded in ${seedSeconds.toFixed(0)} s. Each cycle charges one minute for every session in its own transaction (session lock, wallet lock, draw, ledger rows, prediction over 24 h).

| what | ms |
|---|---|
| one charging cycle (minutes 1, 2, 3) | ${cycles.map((c) => c.toFixed(0)).join(' · ')} |
| per session (minute 3) | ${perSession.toFixed(2)} |
| the same cycle again (nothing to charge) | ${repeatMs.toFixed(0)} |
| floor view p50 / p95, idle | ${idle.p50.toFixed(1)} / ${idle.p95.toFixed(1)} |
| floor view p50 / p95, during a cycle | ${during.p50.toFixed(1)} / ${during.p95.toFixed(1)} |`;
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
