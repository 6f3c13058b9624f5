import pg from 'pg';
import { cli, freshDatabase, login, startServer } from './lib/server';
import { runWrk, type LoadResult } from './lib/wrk';
import { runPgbench } from './lib/pgbench';
import { ensureCommand } from './lib/tools';
import { machineLine, writeSection } from './lib/report';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const STATS_FLUSH_MS = 11_500;

/** Database transactions committed so far in one database (each autocommit query is one). */
async function commits(client: pg.Client, db: string): Promise<number> {
  // pg_stat counters are per-backend snapshots; clear them so the next read is current.
  await client.query('select pg_stat_clear_snapshot()');
  const r = await client.query('select xact_commit + xact_rollback as n from pg_stat_database where datname = $1', [db]);
  return Number(r.rows[0].n);
}

/**
 * An authenticated API read (GET /api/v1/stores/:id with a session cookie) in server mode,
 * beside the raw PostgreSQL point lookup it rests on, at 10 and 50 connections.
 */
export async function authReadBenchmark(adminUrl: string, redisUrl: string): Promise<void> {
  ensureCommand('wrk');
  ensureCommand('pgbench', 'postgresql-client');
  const dbName = 'guildhall_bench_auth';
  const databaseUrl = await freshDatabase(adminUrl, dbName);
  const env = { DATABASE_URL: databaseUrl, REDIS_URL: redisUrl, DATABASE_POOL_SIZE: '20' };
  const email = 'bench-admin@example.com';
  const password = 'bench-Password-2026';
  await cli(['create-admin', '--email', email, '--name', 'Bench', '--password', password], { ...env, LOG_LEVEL: 'warn' });
  const server = await startServer(env);
  const stat = new pg.Client({ connectionString: adminUrl });
  await stat.connect();
  try {
    const { cookie, csrf } = await login(server.baseUrl, email, password);
    const created = await fetch(`${server.baseUrl}/api/v1/stores`, {
      method: 'POST',
      headers: { cookie, 'x-csrf-token': csrf, 'content-type': 'application/json' },
      body: JSON.stringify({ code: 'BENCH01', name: '基准测试门店', city: '上海' }),
    });
    if (created.status !== 201) throw new Error(`store create failed: ${created.status} ${await created.text()}`);
    const store = (await created.json()) as { id: string };
    const url = `${server.baseUrl}/api/v1/stores/${store.id}`;

    // Round trips per request: transactions committed during N sequential reads, minus the
    // same window with no requests. Backends flush stats lazily (within 10 s when idle), so
    // each window is read only after that delay.
    const n = 1000;
    const roundTrips = await (async () => {
      const window = async (work: () => Promise<void>) => {
        const before = await commits(stat, dbName);
        await work();
        await new Promise((r) => setTimeout(r, STATS_FLUSH_MS));
        return (await commits(stat, dbName)) - before;
      };
      let elapsed = 0;
      const busy = await window(async () => {
        const t0 = Date.now();
        for (let i = 0; i < n; i++) {
          const res = await fetch(url, { headers: { cookie } });
          if (!res.ok) throw new Error(`read failed: ${res.status}`);
          await res.arrayBuffer();
        }
        elapsed = Date.now() - t0;
      });
      const idle = await window(() => new Promise((r) => setTimeout(r, elapsed)));
      return Math.max(0, busy - idle) / n;
    })();

    runWrk(url, { connections: 10, seconds: 2, headers: { cookie } }); // warm-up
    const api: LoadResult[] = [10, 50].map((c) => runWrk(url, { connections: c, seconds: SECONDS, headers: { cookie } }));
    const lookup = `select id, code, name, address, city, phone, timezone, opening_hours, active, created_at, updated_at from stores where id = '${store.id}'`;
    const raw: LoadResult[] = [10, 50].map((c) => runPgbench(databaseUrl, lookup, { clients: c, seconds: SECONDS }));
    const pgVersion = (await stat.query('show server_version')).rows[0].server_version as string;

    const rows = api.map((a, i) => {
      const r = raw[i]!;
      return `| ${a.connections} | ${fmt(a.requestsPerSec)} | ${a.p50Ms.toFixed(2)} | ${a.p99Ms.toFixed(2)} | ${fmt(r.requestsPerSec)} | ${r.p50Ms.toFixed(3)} | ${r.p99Ms.toFixed(3)} | ${(a.requestsPerSec / r.requestsPerSec).toFixed(2)} |${a.non2xx ? ` ${a.non2xx} non-2xx` : ''}`;
    });
    const best = Math.max(...api.map((a) => a.requestsPerSec));
    writeSection(
      'auth-read',
      `## Authenticated API read (issue 2)

${new Date().toISOString().slice(0, 10)} · ${machineLine(`PostgreSQL ${pgVersion}`)} · server mode (PostgreSQL + Redis), one app process, load from wrk on the same machine, ${SECONDS} s per row.

\`GET /api/v1/stores/:id\` with a session cookie, beside the raw point lookup of the same row
(\`pgbench -M prepared\`, same number of clients). The API request also resolves the session.

| connections | API req/s | API p50 ms | API p99 ms | raw lookups/s | raw p50 ms | raw p99 ms | API ÷ raw |
|---|---|---|---|---|---|---|---|
${rows.join('\n')}

Database round trips per API read: **${roundTrips.toFixed(2)}** (transactions committed during ${n} sequential reads, minus an idle baseline). Goal: ≤ 2 round trips and ≥ 5,000 req/s — ${roundTrips <= 2.05 && best >= 5000 ? 'met' : 'not met'} (best ${fmt(best)} req/s).`,
    );
    console.log(`auth-read: ${fmt(best)} req/s best, ${roundTrips.toFixed(2)} round trips per read`);
  } finally {
    await stat.end();
    await server.stop();
  }
}

function fmt(n: number): string {
  return Math.round(n).toLocaleString('en-US');
}
