import { afterAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../test/helpers/test-database';
import { loadConfig } from '../../config';
import { createRuntime, type Runtime } from '../../runtime';
import { FakeClock } from '../../platform/clock';
import type { Database } from '../../platform/db/database';
import { runChargingCycle } from './charging-cycle';
import { checkIn } from './check-in.service';
import { findSession } from './sessions.repository';
import { chainContext, seedMember, seedVenue } from './venues.test-kit';

const clock = new FakeClock('2026-01-05T02:00:00Z');
const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', JOBS_ENABLED: 'false' });
let database: Database;
let current: Runtime | null = null;

/** An app instance on the shared database, as after a process restart; counts the reminders it publishes. */
async function start(): Promise<{ runtime: Runtime; reminders: number[] }> {
  const runtime = await createRuntime(config, { database, clock });
  const reminders: number[] = [];
  runtime.deps.bus.subscribe('session.reminder', (e) => void reminders.push(e.payload.minutesLeft));
  current = runtime;
  return { runtime, reminders };
}

afterAll(async () => {
  await current?.close();
  await database?.close();
});

describe('charging across a restart', () => {
  it('neither loses nor repeats a reminder when a second app takes over mid-session', async () => {
    database = await createTestDatabase();
    const a = await start();
    const venue = await seedVenue(a.runtime.deps);
    const customerId = await seedMember(a.runtime.deps, venue.storeId, 150);
    const s = await checkIn(a.runtime.deps, chainContext, { seatId: venue.seatIds[0]!, customerId });

    clock.advance(5 * 60_000);
    await runChargingCycle(a.runtime.deps, clock.now());
    expect(a.reminders).toEqual([10]);
    await a.runtime.close();
    current = null;

    // The new instance runs the same minute again (as a retried job would), then carries on.
    const b = await start();
    await runChargingCycle(b.runtime.deps, clock.now());
    expect(b.reminders).toEqual([]);
    clock.advance(5 * 60_000);
    await runChargingCycle(b.runtime.deps, clock.now());
    await runChargingCycle(b.runtime.deps, clock.now());
    expect(b.reminders).toEqual([5]);
    expect(await findSession(b.runtime.deps.database.db, s.id)).toMatchObject({ remindersSent: [10, 5], chargedMinutes: 10, centsCharged: 100 });

    clock.advance(7 * 60_000);
    await runChargingCycle(b.runtime.deps, clock.now());
    expect(await findSession(b.runtime.deps.database.db, s.id)).toMatchObject({ status: 'ended', endReason: 'balance_exhausted', centsCharged: 150 });
  });
});
