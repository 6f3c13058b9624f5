import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/helpers/test-app';
import { systemContext } from '../../platform/audit/audit.service';
import { FakeClock } from '../../platform/clock';
import type { JobHandler, Jobs } from '../../platform/jobs/jobs';
import { runImport } from './import-runner';
import { startImportJobs } from './imports.jobs';
import * as repo from './imports.repository';
import { cancelImport, IMPORT_QUEUE } from './imports.service';
import { importFile, queueFile, scalar, tempUploadDir, writeFile } from './imports.test-kit';

let t: TestApp;
let clock: FakeClock;
let dir: string;
let fileNo = 0;

beforeAll(async () => {
  dir = tempUploadDir();
  clock = new FakeClock('2026-03-15T12:00:00Z');
  t = await createTestApp({ clock, overrides: { uploadDir: dir } });
});
afterAll(async () => {
  try {
    await t?.close();
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

/** A purchases file of `rows` rows for `customers` member cards; `bad` lines get an impossible date. */
function purchases(rows: number, opts: { customers?: number; bad?: number[]; tag?: string } = {}): string {
  const tag = opts.tag ?? `f${++fileNo}`;
  const lines = ['order,day,card,total'];
  for (let i = 1; i <= rows; i++) {
    const line = i + 1;
    lines.push(`${tag}-${i},${opts.bad?.includes(line) ? '2026-02-30' : '2026-01-15'},${tag}-M${i % (opts.customers ?? 4)},${i}.10`);
  }
  return writeFile(dir, `${tag}.csv`, `${lines.join('\n')}\n`);
}

const body = { mapping: { id: 'order', occurredAt: 'day', 'customer.memberCard': 'card', amount: 'total' }, options: { timezone: 'UTC', currency: 'CNY' } };
const eventsOf = (id: string) => scalar(t.deps, `select count(*) from events where source = $1`, [`import:${id}`]);
const reportLines = (row: repo.ImportRow) => fs.readFileSync(row.errorFilePath!, 'utf8').trim().split('\n');

describe('runImport', () => {
  it('imports every row but the bad one, which the error report names by line, field and reason', async () => {
    const file = purchases(12, { bad: [7] });
    const done = await importFile(t.deps, file, 'events', body, { chunkSize: 5 });
    expect([done.status, done.rowsProcessed, done.rowsOk, done.rowsFailed, done.checkpointRow]).toEqual(['completed', 12, 11, 1, 12]);
    expect(await eventsOf(done.id)).toBe(11);
    expect(reportLines(done)).toEqual(['line,field,reason', '7,occurredAt,"""2026-02-30"": no such day"']);
  });

  it('dry run: checks every row and writes the report, but stores no event and no customer', async () => {
    const customersBefore = await scalar(t.deps, 'select count(*) from customers');
    const file = purchases(9, { bad: [3, 10] });
    const done = await importFile(t.deps, file, 'events', { ...body, options: { ...body.options, dryRun: true } }, { chunkSize: 4 });
    expect([done.status, done.dryRun, done.rowsOk, done.rowsFailed]).toEqual(['completed', true, 7, 2]);
    expect(reportLines(done).map((l) => l.split(',')[0])).toEqual(['line', '3', '10']);
    expect(await eventsOf(done.id)).toBe(0);
    expect(await scalar(t.deps, 'select count(*) from customers')).toBe(customersBefore);
  });

  it('resumes after a crash between a chunk’s writes and its checkpoint: exact counts, nothing twice', async () => {
    const file = purchases(23, { bad: [14] });
    const { id, run } = await queueFile(t.deps, file, 'events', body);
    const crash = new Error('process killed');
    // Two chunks in flight, as on PostgreSQL: the crash hits chunk 3's checkpoint while chunk 4 is written too.
    const hooks = { chunkSize: 5, concurrency: 2 };
    await expect(runImport(t.deps, id, run, { ...hooks, beforeCheckpoint: (n) => { if (n === 3) throw crash; } })).rejects.toBe(crash);
    const stopped = (await repo.findImport(t.deps.database.db, id))!;
    expect([stopped.status, stopped.checkpointRow, stopped.rowsOk, stopped.rowsFailed]).toEqual(['running', 10, 10, 0]);
    // Chunks 3 and 4 (rows 11-20, bad line 14 among them) were written but not checkpointed.
    expect(await eventsOf(id)).toBe(19);

    const [requeued] = await repo.requeueRunning(t.deps.database.db);
    expect(requeued).toEqual({ id, run: run + 1 });
    const done = (await runImport(t.deps, id, requeued!.run, hooks))!;
    expect([done.status, done.rowsProcessed, done.rowsOk, done.rowsFailed]).toEqual(['completed', 23, 22, 1]);
    expect([done.summary.accepted, done.summary.duplicate]).toEqual([13, 9]);
    expect(await eventsOf(id)).toBe(22);
    expect(reportLines(done)).toEqual(['line,field,reason', '14,occurredAt,"""2026-02-30"": no such day"']);
    const spend = await t.deps.database.query<{ n: string; total: string }>(
      `select sum(s.purchase_count)::text as n, sum(s.total_spend)::text as total from customer_stats s
       join customer_identities i on i.customer_id = s.customer_id where i.type = 'member_card' and i.value like $1`,
      [`f${fileNo}-M%`],
    );
    expect(spend).toEqual([{ n: '22', total: (Array.from({ length: 23 }, (_, i) => i + 1.1).reduce((a, b) => a + b, 0) - 13.1).toFixed(2) }]);
  });

  it('rejects rows of unknown customers when asked not to create them', async () => {
    await importFile(t.deps, purchases(2, { tag: 'known', customers: 2 }), 'events', body);
    const file = writeFile(dir, 'mixed.csv', 'order,day,card,total\nmix-1,2026-01-15,known-M1,5\nmix-2,2026-01-15,nobody-M9,5\n');
    const done = await importFile(t.deps, file, 'events', { ...body, options: { ...body.options, createUnknownCustomers: false } });
    expect([done.rowsOk, done.rowsFailed]).toEqual([1, 1]);
    expect(reportLines(done)).toEqual(['line,field,reason', '3,customer,no customer has these identities']);
    expect(await scalar(t.deps, `select count(*) from customer_identities where value = 'nobody-M9'`)).toBe(0);
  });

  it('fences off the old run once the import was queued again', async () => {
    const { id, run } = await queueFile(t.deps, purchases(3), 'events', body);
    await repo.claimRun(t.deps.database.db, id, run, clock.now());
    const [requeued] = await repo.requeueRunning(t.deps.database.db);
    const checkpoint = { checkpointRow: 3, rowsProcessed: 3, rowsOk: 3, rowsFailed: 0, summary: {} };
    expect(await repo.saveCheckpoint(t.deps.database.db, id, run, checkpoint)).toBe(false);
    expect(await runImport(t.deps, id, run)).toBeUndefined();
    expect((await runImport(t.deps, id, requeued!.run))!.status).toBe('completed');
  });

  it('takes over a running import whose runner stopped sending heartbeats, and not before', async () => {
    const { id, run } = await queueFile(t.deps, purchases(4), 'events', body);
    await repo.claimRun(t.deps.database.db, id, run, clock.now());
    expect(await runImport(t.deps, id, run)).toBeUndefined();
    clock.advance(repo.STALE_AFTER_MS + 1000);
    const done = (await runImport(t.deps, id, run))!;
    expect([done.status, done.rowsOk, done.summary.accepted]).toEqual(['completed', 4, 4]);
    expect(repo.runOf(done)).toBe(run + 1);
  });

  it('stops at the next chunk when cancelled while running', async () => {
    const { id, run } = await queueFile(t.deps, purchases(12), 'events', body);
    const done = (await runImport(t.deps, id, run, {
      chunkSize: 4,
      beforeCheckpoint: async (n) => {
        if (n === 2) await cancelImport(t.deps, systemContext, id);
      },
    }))!;
    expect([done.status, done.checkpointRow, done.rowsProcessed]).toEqual(['cancelled', 4, 4]);
  });

  it('fails with the reason when the file is gone, and keeps the rows already committed', async () => {
    const file = purchases(3);
    const { id, run } = await queueFile(t.deps, file, 'events', body);
    fs.rmSync(file);
    const done = (await runImport(t.deps, id, run))!;
    expect([done.status, done.message]).toEqual(['failed', 'The uploaded file is no longer available']);
  });
});

describe('import jobs', () => {
  /** A Jobs fake that records sends and hands them to the registered worker on demand. */
  function fakeJobs() {
    const sent: { queue: string; data: { importId: string; run: number }; singletonKey?: string }[] = [];
    let worker: JobHandler<{ importId: string; run: number }> | undefined;
    const jobs: Jobs = {
      async send(queue, data, options) {
        sent.push({ queue, data: data as never, singletonKey: options?.singletonKey });
        return 'job-id';
      },
      async work(_queue, handler) {
        worker = handler as never;
      },
      schedule: async () => {},
      queueSize: async () => 0,
      stop: async () => {},
    };
    return { jobs, sent, runNext: () => worker!(sent.shift()!.data, { id: 'job-id', name: IMPORT_QUEUE }) };
  }

  it('queues imports a stopped process left running under the next run, and the worker finishes them', async () => {
    const { id, run } = await queueFile(t.deps, purchases(6, { bad: [2] }), 'events', body);
    await expect(runImport(t.deps, id, run, { chunkSize: 2, beforeCheckpoint: (n) => { if (n === 2) throw new Error('killed'); } })).rejects.toThrow('killed');
    const fake = fakeJobs();
    await startImportJobs({ ...t.deps, jobs: fake.jobs });
    expect(fake.sent).toEqual([{ queue: IMPORT_QUEUE, data: { importId: id, run: run + 1 }, singletonKey: `${id}:${run + 1}` }]);
    await fake.runNext();
    const done = (await repo.findImport(t.deps.database.db, id))!;
    expect([done.status, done.rowsOk, done.rowsFailed]).toEqual(['completed', 5, 1]);
    expect(await eventsOf(id)).toBe(5);
  });
});
