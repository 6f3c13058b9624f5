/**
 * Crash test of event ingest (`npm run reliability`): a client sends RELIABILITY_EVENTS
 * (1,000,000) events in batches of 5,000–10,000 through POST /api/v1/events of a server-mode
 * instance on a fresh PostgreSQL database while a chaos loop SIGKILLs the server at random
 * moments (RELIABILITY_KILLS times, default 8) and restarts it. Every batch that was not
 * acknowledged (connection error, 5xx) is sent again until it is. Then it checks that the
 * events table holds each sent id exactly once and that customer_stats / customer_monthly_spend
 * equal a full rebuild, and writes the figures to docs/benchmarks.md (section `reliability`).
 * Traffic goes only to 127.0.0.1. Exits 1 when a check fails.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { benchApiKey } from './lib/api';
import { KillableServer } from './lib/chaos';
import { batchSizes } from './lib/batches';
import { generateEvents } from './lib/event-generator';
import { machineLine, writeSection } from './lib/report';
import { cli, freshDatabase } from './lib/server';

const TOTAL = Number(process.env.RELIABILITY_EVENTS ?? 1_000_000);
const KILLS = Number(process.env.RELIABILITY_KILLS ?? 8);
const MIN_KILLS = Math.min(5, KILLS);
const PLAYERS = Math.max(1, Math.floor(TOTAL / 10));
const CLIENTS = 2;
/** Seconds the server stays up between two kills: uniform in [min, max]. */
const UPTIME = { min: 1, max: 6 };

/** Batch `k`: its own generator seed, so ids (`bench-<seed>-<i>`) never repeat across batches. */
const batchEvents = (k: number, size: number) => generateEvents(size, PLAYERS, 100_000 + k) as { id: string; customer: { gameAccount: { id: string } } }[];

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const n = (x: number) => x.toLocaleString('en-US');

async function main(): Promise<void> {
  const adminUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
  for (const u of [adminUrl, redisUrl]) {
    const host = new URL(u).hostname;
    if (host !== '127.0.0.1' && host !== 'localhost') throw new Error(`reliability test runs only against 127.0.0.1, not ${host}`);
  }
  const t0 = performance.now();
  const databaseUrl = await freshDatabase(adminUrl, 'guildhall_reliability');
  const env = { DATABASE_URL: databaseUrl, REDIS_URL: redisUrl, DATABASE_POOL_SIZE: '10' };
  const email = 'bench-admin@example.com';
  const password = 'bench-Password-2026';
  await cli(['create-admin', '--email', email, '--name', 'Bench', '--password', password], { ...env, LOG_LEVEL: 'warn' });

  const logFile = path.join(os.tmpdir(), `gh-reliability-${process.pid}.log`);
  const server = new KillableServer(env, 20000 + Math.floor(Math.random() * 20000), logFile);
  await server.start();
  const key = await benchApiKey(server.baseUrl, email, password, ['events:write']);

  const sizes = batchSizes(TOTAL);
  const sentIds = new Set<string>();
  const players = new Set<string>();
  let next = 0;
  let acked = 0;
  let retries = 0;
  let resent = 0;
  let acceptedAcked = 0;
  let duplicateAcked = 0;
  let kills = 0;
  const restartMs: number[] = [];
  let done = false;

  const post = async (k: number): Promise<void> => {
    const events = batchEvents(k, sizes[k]!);
    for (const e of events) {
      sentIds.add(e.id);
      players.add(e.customer.gameAccount.id);
    }
    const body = JSON.stringify({ events });
    for (let attempt = 0; ; attempt++) {
      if (attempt > 0) retries++;
      if (attempt === 1) resent++;
      try {
        const res = await fetch(`${server.baseUrl}/api/v1/events`, {
          method: 'POST',
          headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
          body,
          signal: AbortSignal.timeout(120_000),
        });
        if (res.status >= 500 || res.status === 429) {
          await res.body?.cancel();
        } else {
          const out = (await res.json()) as { accepted: number; duplicate: number; rejected: number };
          if (res.status !== 200 || out.rejected > 0) throw new Error(`batch ${k}: ${res.status} ${JSON.stringify(out).slice(0, 300)}`);
          acceptedAcked += out.accepted;
          duplicateAcked += out.duplicate;
          acked++;
          return;
        }
      } catch (err) {
        if (err instanceof Error && err.message.startsWith(`batch ${k}:`)) throw err;
        /* connection refused / reset / timed out: not acknowledged, send again */
      }
      await sleep(Math.min(1000, 100 * (attempt + 1)));
    }
  };

  const chaos = (async () => {
    while (!done && kills < KILLS) {
      const wait = (UPTIME.min + Math.random() * (UPTIME.max - UPTIME.min)) * 1000;
      for (const until = Date.now() + wait; !done && Date.now() < until; ) await sleep(50);
      if (done) break;
      await server.kill();
      kills++;
      const ms = await server.start();
      restartMs.push(ms);
      console.log(`kill ${kills}/${KILLS}: ${acked}/${sizes.length} batches acknowledged, ${retries} retries so far, back in ${Math.round(ms)} ms`);
    }
  })();

  const tSend = performance.now();
  await Promise.all(
    Array.from({ length: CLIENTS }, async () => {
      while (next < sizes.length) await post(next++);
    }),
  );
  done = true;
  await chaos;
  const sendSeconds = (performance.now() - tSend) / 1000;
  await server.stop();

  // Verification, straight from the database.
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  const one = async (q: string) => Number((await db.query(q)).rows[0].n);
  let mismatches: number;
  let stored: number, extraRows: number, keys: number, customers: number, gameAccounts: number, strangers: number, pgVersion: string;
  try {
    stored = await one('select count(*) as n from events');
    extraRows = await one('select coalesce(sum(c - 1), 0) as n from (select count(*) as c from events group by external_id having count(*) > 1) d');
    keys = await one('select count(*) as n from event_keys');
    strangers = await one(`select count(*) as n from events where external_id not like 'bench-%'`);
    customers = await one('select count(*) as n from customers');
    gameAccounts = await one(`select count(*) as n from customer_identities where type = 'game_account'`);
    pgVersion = (await db.query('show server_version')).rows[0].server_version as string;
    await db.query('create table rel_stats_before as select * from customer_stats');
    await db.query('create table rel_monthly_before as select * from customer_monthly_spend');
    await cli(['rebuild-stats'], { ...env, LOG_LEVEL: 'warn' });
    const diff = (a: string, b: string) => `select count(*) as n from ((select * from ${a} except select * from ${b}) union all (select * from ${b} except select * from ${a})) d`;
    mismatches = (await one(diff('rel_stats_before', 'customer_stats'))) + (await one(diff('rel_monthly_before', 'customer_monthly_spend')));
  } finally {
    await db.end();
  }
  const seconds = (performance.now() - t0) / 1000;

  const distinct = sentIds.size;
  const lost = distinct - (stored - extraRows - strangers);
  const checks = {
    'stored = distinct ids sent': stored === distinct,
    'no duplicate external ids': extraRows === 0 && strangers === 0,
    'one idempotency key per event': keys === stored,
    'one customer per player': customers === players.size && gameAccounts === players.size,
    'customer_stats = rebuild': mismatches === 0,
    [`at least ${MIN_KILLS} kills`]: kills >= MIN_KILLS,
  };
  const ok = Object.values(checks).every(Boolean);
  const avgRestart = restartMs.length ? restartMs.reduce((a, b) => a + b, 0) / restartMs.length : 0;
  const figures = [
    ['events sent (distinct ids)', n(distinct)],
    ['batches (5,000–10,000 events)', n(sizes.length)],
    ['SIGKILLs of the server', `${kills} (restart to /readyz: ${Math.round(avgRestart)} ms on average)`],
    ['batches re-sent (not acknowledged) / re-send attempts', `${n(resent)} / ${n(retries)}`],
    ['events acknowledged as accepted / as duplicate on re-send', `${n(acceptedAcked)} / ${n(duplicateAcked)}`],
    ['events stored', n(stored)],
    ['lost', n(lost)],
    ['duplicated', n(extraRows)],
    ['customers (one per player)', `${n(customers)} for ${n(players.size)} players`],
    ['customer_stats / monthly spend rows differing from a full rebuild', n(mismatches)],
    ['duration (sending / total)', `${sendSeconds.toFixed(0)} s / ${seconds.toFixed(0)} s (${n(Math.round(distinct / sendSeconds))} events/s through the kills)`],
  ];
  for (const [k, v] of figures) console.log(`${k}: ${v}`);
  for (const [k, v] of Object.entries(checks)) console.log(`${v ? 'ok  ' : 'FAIL'} ${k}`);

  writeSection(
    'reliability',
    `## Ingest under crashes (\`npm run reliability\`)

${new Date().toISOString().slice(0, 10)} · ${machineLine(`PostgreSQL ${pgVersion}`)} · server mode, one app process on a fresh database, ${CLIENTS} clients; a chaos loop SIGKILLs the server every ${UPTIME.min}–${UPTIME.max} s of uptime and restarts it, and every batch without an answer (connection error, 5xx) is sent again until acknowledged.

| figure | value |
|---|---|
${figures.map(([k, v]) => `| ${k} | ${v} |`).join('\n')}

Result: **${ok ? `${n(lost)} lost, ${n(extraRows)} duplicated, aggregates consistent` : `FAILED — ${Object.entries(checks).filter(([, v]) => !v).map(([k]) => k).join('; ')}`}**.`,
  );
  fs.rmSync(logFile, { force: true });
  if (!ok) process.exitCode = 1;
}

await main();
