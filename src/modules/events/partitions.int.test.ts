import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/helpers/test-app';
import { FakeClock } from '../../platform/clock';
import type { Jobs } from '../../platform/jobs/jobs';
import { ingestEvents } from './ingest.service';
import { PARTITIONS_QUEUE, ensureMonthlyPartitions, registerEventJobs } from './partitions.service';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ clock: new FakeClock('2026-06-15T12:00:00Z') });
});
afterAll(async () => t.close());

const partitions = async () =>
  (await t.deps.database.query<{ name: string }>(`select c.relname as name from pg_inherits i join pg_class c on c.oid = i.inhrelid where i.inhparent = 'events'::regclass order by 1`)).map((r) => r.name);
const countIn = async (table: string) => Number((await t.deps.database.query<{ n: string }>(`select count(*) as n from ${table}`))[0]!.n);

describe('ensureMonthlyPartitions', () => {
  it('moves rows waiting in the default partition into the new month, and is idempotent', async () => {
    const login = (id: string, occurredAt: string) => ({ id, type: 'login', occurredAt, customer: { qq: 'part-1' } });
    const stored = await ingestEvents(t.deps, [login('p-1', '2026-04-02T00:00:00Z'), login('p-2', '2026-04-30T23:59:59Z'), login('p-3', '2026-05-01T00:00:00Z'), login('p-4', '2026-03-31T23:59:59Z')], {
      source: 'test',
      createUnknownCustomers: true,
    });
    expect(stored.accepted).toBe(4);
    expect(await partitions()).toEqual(['events_default']);
    expect(await countIn('events_default')).toBe(4);

    const created = await ensureMonthlyPartitions(t.deps.database, new Date('2026-04-10T00:00:00Z'), 0);
    expect(created).toEqual(['events_2026_04']);
    expect(await countIn('events_2026_04')).toBe(2);
    expect(await countIn('events_default')).toBe(2);
    expect(await countIn('events')).toBe(4);
    expect(await ensureMonthlyPartitions(t.deps.database, new Date('2026-04-10T00:00:00Z'), 0)).toEqual([]);

    // New events of that month now go straight into its partition.
    expect((await ingestEvents(t.deps, [login('p-5', '2026-04-15T00:00:00Z')], { source: 'test', createUnknownCustomers: true })).accepted).toBe(1);
    expect(await countIn('events_2026_04')).toBe(3);
  });

  it('creates the current month and the months ahead, skipping the ones that exist', async () => {
    const created = await ensureMonthlyPartitions(t.deps.database, new Date('2026-03-15T12:00:00Z'), 12);
    expect(created).toHaveLength(12);
    expect(created).not.toContain('events_2026_04');
    expect(await partitions()).toEqual(['events_2026_03', 'events_2026_04', ...created.slice(1), 'events_default'].sort());
    expect(await countIn('events_2026_03')).toBe(1);
    expect(await countIn('events_2026_05')).toBe(1);
    expect(await countIn('events_default')).toBe(0);
    expect(await ensureMonthlyPartitions(t.deps.database, new Date('2026-03-15T12:00:00Z'), 12)).toEqual([]);
  });
});

describe('registerEventJobs', () => {
  it('registers the daily job and runs it once at start', async () => {
    const calls: string[] = [];
    let handler: (() => Promise<void>) | undefined;
    const jobs = {
      work: async (queue: string, h: () => Promise<void>) => {
        calls.push(`work ${queue}`);
        handler = h;
      },
      schedule: async (queue: string, cron: string) => void calls.push(`schedule ${queue} ${cron}`),
    } as unknown as Jobs;
    const clock = new FakeClock('2027-06-01T00:00:00Z');
    await registerEventJobs({ database: t.deps.database, jobs, clock, logger: t.deps.logger });
    expect(calls).toEqual([`work ${PARTITIONS_QUEUE}`, expect.stringMatching(new RegExp(`^schedule ${PARTITIONS_QUEUE} \\d+ \\d+ \\* \\* \\*$`))]);
    expect(await partitions()).toContain('events_2028_06');
    clock.set('2027-07-01T00:00:00Z');
    await handler!();
    expect(await partitions()).toContain('events_2028_07');
  });

  it('does nothing when this process runs no jobs', async () => {
    const before = await partitions();
    await registerEventJobs({ database: t.deps.database, clock: new FakeClock('2030-01-01T00:00:00Z'), logger: t.deps.logger });
    expect(await partitions()).toEqual(before);
  });
});
