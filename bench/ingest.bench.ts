import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { cli, freshDatabase, startServer } from './lib/server';
import { benchApiKey } from './lib/api';
import { generateEvents } from './lib/event-generator';
import { machineLine, writeSection } from './lib/report';

const TOTAL = Number(process.env.BENCH_INGEST_EVENTS ?? 200_000);
const BATCH = 10_000;
const CLIENTS = 2;

/**
 * Batch ingest through POST /api/v1/events (server mode) beside a raw COPY of exactly the
 * rows it stored into the same (partitioned) events table.
 */
export async function ingestBenchmark(adminUrl: string, redisUrl: string): Promise<void> {
  const dbName = 'guildhall_bench_ingest';
  const databaseUrl = await freshDatabase(adminUrl, dbName);
  const env = { DATABASE_URL: databaseUrl, REDIS_URL: redisUrl, DATABASE_POOL_SIZE: '10' };
  const email = 'bench-admin@example.com';
  const password = 'bench-Password-2026';
  await cli(['create-admin', '--email', email, '--name', 'Bench', '--password', password], { ...env, LOG_LEVEL: 'warn' });
  const server = await startServer(env);
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'gh-ingest-'));
  try {
    const key = await benchApiKey(server.baseUrl, email, password, ['events:write']);
    const events = generateEvents(TOTAL, Math.floor(TOTAL / 10));
    const bodies: string[] = [];
    for (let i = 0; i < events.length; i += BATCH) bodies.push(JSON.stringify({ events: events.slice(i, i + BATCH) }));
    const post = async (body: string) => {
      const res = await fetch(`${server.baseUrl}/api/v1/events`, {
        method: 'POST',
        headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
        body,
      });
      const out = (await res.json()) as { accepted: number; rejected: number };
      if (res.status !== 200 || out.rejected > 0) throw new Error(`ingest: ${res.status} ${JSON.stringify(out).slice(0, 300)}`);
      return out.accepted;
    };
    // Warm up on a separate small batch of other ids.
    await post(JSON.stringify({ events: generateEvents(1000, 100, 7) }));
    let next = 0;
    let accepted = 0;
    const t0 = performance.now();
    await Promise.all(
      Array.from({ length: CLIENTS }, async () => {
        while (next < bodies.length) {
          // Not `accepted += await …`: that reads `accepted` before the await, and the other client's count is lost.
          const stored = await post(bodies[next++]!);
          accepted += stored;
        }
      }),
    );
    const apiSeconds = (performance.now() - t0) / 1000;
    const again = await post(bodies[0]!); // idempotency spot check: nothing new
    if (again !== 0) throw new Error(`re-sent batch stored ${again} events`);

    // Raw limit: COPY the very rows the API stored back into the same table.
    const file = path.join(tmp, 'events.copy');
    execFileSync('psql', [databaseUrl, '-qc', `\\copy (select * from events) to '${file}'`]);
    const rows = Number((await db.query('select count(*) from events')).rows[0].count);
    await db.query('truncate events');
    const c0 = performance.now();
    execFileSync('psql', [databaseUrl, '-qc', `\\copy events from '${file}'`]);
    const copySeconds = (performance.now() - c0) / 1000;
    const pgVersion = (await db.query('show server_version')).rows[0].server_version as string;

    const apiRate = accepted / apiSeconds;
    const copyRate = rows / copySeconds;
    const ratio = apiRate / copyRate;
    writeSection(
      'ingest',
      `## Event ingest (issue 3)

${new Date().toISOString().slice(0, 10)} · ${machineLine(`PostgreSQL ${pgVersion}`)} · server mode, one app process, ${CLIENTS} concurrent clients sending ${BATCH.toLocaleString('en-US')}-event batches.

| what | events | seconds | events/s |
|---|---|---|---|
| \`POST /api/v1/events\` (validate, dedupe, resolve customers, insert, update aggregates, one transaction per batch) | ${accepted.toLocaleString('en-US')} | ${apiSeconds.toFixed(2)} | **${Math.round(apiRate).toLocaleString('en-US')}** |
| raw \`COPY\` of the same rows into the same partitioned table | ${rows.toLocaleString('en-US')} | ${copySeconds.toFixed(2)} | ${Math.round(copyRate).toLocaleString('en-US')} |

API ÷ COPY = **${ratio.toFixed(2)}** (goal ≥ 0.5 and ≥ 50,000 events/s — ${ratio >= 0.5 && apiRate >= 50_000 ? 'met' : 'not met'}). ${(TOTAL / 10).toLocaleString('en-US')} players identified by game account; a re-sent batch stored 0 new events.`,
    );
    console.log(`ingest: ${Math.round(apiRate)} events/s via API, COPY ${Math.round(copyRate)}/s, ratio ${ratio.toFixed(2)}`);
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
    await db.end();
    await server.stop();
  }
}
