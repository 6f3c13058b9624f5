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
export async function ingestBenchmark(adminUrl: string, redisUrl: string, options: { write?: boolean } = {}): Promise<void> {
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
    const players = Math.floor(TOTAL / 10);
    const batchesOf = (events: object[]) => {
      const bodies: string[] = [];
      for (let i = 0; i < events.length; i += BATCH) bodies.push(JSON.stringify({ events: events.slice(i, i + BATCH) }));
      return bodies;
    };
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
    /** Sends the batches from CLIENTS concurrent clients; answers events stored and seconds. */
    const send = async (bodies: string[]) => {
      let next = 0;
      let stored = 0;
      const t0 = performance.now();
      await Promise.all(
        Array.from({ length: CLIENTS }, async () => {
          while (next < bodies.length) {
            // Not `stored += await …`: that reads `stored` before the await, and the other client's count is lost.
            const n = await post(bodies[next++]!);
            stored += n;
          }
        }),
      );
      return { stored, seconds: (performance.now() - t0) / 1000 };
    };
    // Warm up on a separate small batch of other ids and players.
    await post(JSON.stringify({ events: generateEvents(1000, 100, 7).map((e) => ({ ...e, customer: { gameAccount: { id: `warm-${(e as { id: string }).id}`, server: 'w' } } })) }));
    // First sight: the batches also create the players (identities, profiles) they name.
    const bodies = batchesOf(generateEvents(TOTAL, players, 42));
    const first = await send(bodies);
    // Steady state: as many new events for the same, now known, players.
    const known = await send(batchesOf(generateEvents(TOTAL, players, 43)));
    const accepted = first.stored + known.stored;
    const apiSeconds = first.seconds + known.seconds;
    const again = await post(bodies[0]!); // idempotency spot check: nothing new
    if (again !== 0) throw new Error(`re-sent batch stored ${again} events`);

    // Raw limit: COPY the very rows the API stored back into the same table.
    const file = path.join(tmp, 'events.copy');
    execFileSync('psql', [databaseUrl, '-qc', `\\copy (select * from events) to '${file}'`]);
    const rows = Number((await db.query('select count(*) from events')).rows[0].count);
    // One COPY takes 2-3 s, short enough for a neighbour's burst on a shared machine to skew it:
    // the median of three runs stands for the raw limit.
    const copyRuns: number[] = [];
    for (let run = 0; run < 3; run++) {
      await db.query('truncate events');
      const c0 = performance.now();
      execFileSync('psql', [databaseUrl, '-qc', `\\copy events from '${file}'`]);
      copyRuns.push((performance.now() - c0) / 1000);
    }
    const copySeconds = copyRuns.sort((a, b) => a - b)[1]!;
    const pgVersion = (await db.query('show server_version')).rows[0].server_version as string;

    const apiRate = accepted / apiSeconds;
    const copyRate = rows / copySeconds;
    const ratio = apiRate / copyRate;
    const firstRate = first.stored / first.seconds;
    const knownRate = known.stored / known.seconds;
    const row = (what: string, n: number, sec: number) => `| ${what} | ${n.toLocaleString('en-US')} | ${sec.toFixed(2)} | **${Math.round(n / sec).toLocaleString('en-US')}** | ${(n / sec / copyRate).toFixed(2)} |`;
    const markdown = `## Event ingest (issue 3)

${new Date().toISOString().slice(0, 10)} · ${machineLine(`PostgreSQL ${pgVersion}`)} · server mode, one app process, ${CLIENTS} concurrent clients sending ${BATCH.toLocaleString('en-US')}-event batches.

\`POST /api/v1/events\` validates, dedupes, resolves customers, inserts and updates the aggregates, one transaction per batch.

| what | events | seconds | events/s | ÷ COPY |
|---|---|---|---|---|
${row(`API, first sight: the batches also create ${players.toLocaleString('en-US')} players`, first.stored, first.seconds)}
${row(`API, known players (steady state)`, known.stored, known.seconds)}
${row('API, both', accepted, apiSeconds)}
| raw \`COPY\` of the same rows into the same partitioned table (median of 3) | ${rows.toLocaleString('en-US')} | ${copySeconds.toFixed(2)} | ${Math.round(copyRate).toLocaleString('en-US')} | 1 |

API ÷ COPY = **${ratio.toFixed(2)}** overall, ${(knownRate / copyRate).toFixed(2)} for known players (goal ≥ 0.5 and ≥ 50,000 events/s — ${ratio >= 0.5 && apiRate >= 50_000 ? 'met' : 'not met'}). Players are identified by game account; a re-sent batch stored 0 new events.`;
    if (options.write ?? true) writeSection('ingest', markdown);
    console.log(`ingest: ${Math.round(apiRate)} events/s via API (first sight ${Math.round(firstRate)}, known ${Math.round(knownRate)}), COPY ${Math.round(copyRate)}/s, ratio ${ratio.toFixed(2)}`);
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
    await db.end();
    await server.stop();
  }
}
