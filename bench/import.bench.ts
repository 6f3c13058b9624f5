import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { cli, freshDatabase } from './lib/server';
import { machineLine, writeSection } from './lib/report';

const dataDir = path.resolve(import.meta.dirname, '../../shared/data');

/** The two public datasets, with the `guildhall import` arguments of src/modules/imports/real-data.int.test.ts. */
const datasets = [
  {
    name: 'online-retail (UCI), CSV',
    file: 'online-retail/online_retail.csv',
    args: ['--map', 'id=InvoiceNo', '--map', 'occurredAt=InvoiceDate', '--map', 'customer.external=CustomerID', '--map', 'amount=TotalPrice', '--system', 'online-retail', '--timezone', 'UTC', '--currency', 'GBP'],
  },
  {
    name: 'CDNOW master, whitespace log',
    file: 'cdnow/CDNOW_master.txt',
    args: [
      '--map', 'occurredAt=date', '--map', 'customer.external=customer_id', '--map', 'quantity=number_of_cds', '--map', 'amount=dollar_value', '--set', 'product=CD',
      '--system', 'cdnow', '--timezone', 'UTC', '--currency', 'USD', '--date-format', 'YYYYMMDD',
    ],
  },
];

const n = (x: number) => Math.round(x).toLocaleString('en-US');

/**
 * Event imports of the real datasets through `guildhall import` (the same import service the
 * API's background job runs: parse, map, validate, resolve/create customers, batch ingest with
 * aggregates, checkpoints, error report) in server mode on a fresh PostgreSQL database, beside
 * a raw COPY of the same rows into the same events table.
 */
export async function importBenchmark(adminUrl: string, redisUrl: string): Promise<void> {
  const databaseUrl = await freshDatabase(adminUrl, 'guildhall_bench_import');
  const env = { DATABASE_URL: databaseUrl, REDIS_URL: redisUrl, DATABASE_POOL_SIZE: '10', LOG_LEVEL: 'warn' };
  await cli(['migrate'], env);
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'gh-import-'));
  try {
    const results: { name: string; rows: number; failed: number; seconds: number; wall: number; customers: number }[] = [];
    for (const d of datasets) {
      const file = path.join(dataDir, d.file);
      if (!fs.existsSync(file)) throw new Error(`Missing ${file} (the shared data folder)`);
      const t0 = performance.now();
      await cli(['import', file, '--kind', 'events', ...d.args], env);
      const wall = (performance.now() - t0) / 1000;
      const row = (await db.query(`select status, rows_ok, rows_failed, summary from imports order by created_at desc limit 1`)).rows[0] as {
        status: string; rows_ok: number; rows_failed: number; summary: { durationMs: number; customersCreated?: number; accepted?: number };
      };
      if (row.status !== 'completed' || row.rows_failed > 0) throw new Error(`${d.name}: ${row.status}, ${row.rows_failed} failed rows`);
      const customers = Number((await db.query(`select count(*) as n from customer_identities where type = 'external' and value like $1`, [`${d.args[d.args.indexOf('--system') + 1]}:%`])).rows[0].n);
      results.push({ name: d.name, rows: row.rows_ok, failed: row.rows_failed, seconds: row.summary.durationMs / 1000, wall, customers });
    }
    const rows = results.reduce((s, r) => s + r.rows, 0);
    const seconds = results.reduce((s, r) => s + r.seconds, 0);

    // Raw limit: COPY the very rows the imports stored back into the same table.
    const copyFile = path.join(tmp, 'events.copy');
    execFileSync('psql', [databaseUrl, '-qc', `\\copy (select * from events) to '${copyFile}'`]);
    const stored = Number((await db.query('select count(*) as n from events')).rows[0].n);
    if (stored !== rows) throw new Error(`imports stored ${stored} events for ${rows} rows`);
    await db.query('truncate events');
    const c0 = performance.now();
    execFileSync('psql', [databaseUrl, '-qc', `\\copy events from '${copyFile}'`]);
    const copySeconds = (performance.now() - c0) / 1000;
    const pgVersion = (await db.query('show server_version')).rows[0].server_version as string;

    const rate = rows / seconds;
    const copyRate = stored / copySeconds;
    const ratio = rate / copyRate;
    writeSection(
      'import',
      `## CSV import (issue 3)

${new Date().toISOString().slice(0, 10)} · ${machineLine(`PostgreSQL ${pgVersion}`)} · server mode, \`guildhall import <file> --kind events …\` (the import service the API's background job runs: read and map rows, validate, resolve or create customers, batch ingest with aggregates, checkpoint every chunk) on a fresh database. Seconds are the import's own \`durationMs\`; wall includes starting the CLI.

| what | rows | customers created | seconds | rows/s | wall s |
|---|---|---|---|---|---|
${results.map((r) => `| ${r.name} | ${n(r.rows)} | ${n(r.customers)} | ${r.seconds.toFixed(2)} | ${n(r.rows / r.seconds)} | ${r.wall.toFixed(1)} |`).join('\n')}
| **both imports** | ${n(rows)} | | ${seconds.toFixed(2)} | **${n(rate)}** | |
| raw \`COPY\` of the same rows into the same partitioned events table | ${n(stored)} | | ${copySeconds.toFixed(2)} | ${n(copyRate)} | |

Import ÷ COPY = **${ratio.toFixed(2)}**; goal ≥ 20,000 rows/s — ${rate >= 20_000 ? 'met' : 'not met'}.`,
    );
    console.log(`import: ${n(rate)} rows/s (${results.map((r) => `${r.name}: ${n(r.rows / r.seconds)}`).join(', ')}), COPY ${n(copyRate)}/s, ratio ${ratio.toFixed(2)}`);
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
    await db.end();
  }
}
