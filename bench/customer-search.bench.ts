import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { cli, freshDatabase, login, startServer } from './lib/server';
import { GIVEN, SURNAMES, generateCustomersSql } from './lib/customers-sql';
import { runWrk, type LoadResult } from './lib/wrk';
import { ensureCommand } from './lib/tools';
import { machineLine, writeSection } from './lib/report';

const CUSTOMERS = Number(process.env.BENCH_CUSTOMERS ?? 1_000_000);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);

/** A wrk script whose every request searches for another random phone or name. */
function luaScript(kind: 'phone' | 'name', n: number): string {
  if (kind === 'phone') {
    return `math.randomseed(42)
request = function()
  local i = math.random(1, ${n})
  return wrk.format("GET", "/api/v1/customers/search?limit=10&q=" .. (13800000000 + i))
end`;
  }
  const names: string[] = [];
  for (const s of SURNAMES) for (const g of GIVEN.slice(0, 10)) names.push(encodeURIComponent(s + g));
  return `math.randomseed(42)
local names = {${names.map((x) => `"${x}"`).join(',')}}
request = function()
  return wrk.format("GET", "/api/v1/customers/search?limit=10&q=" .. names[math.random(1, #names)])
end`;
}

/** Customer lookup by phone and by fuzzy Chinese name with 1M customers, through the API. */
export async function customerSearchBenchmark(adminUrl: string, redisUrl: string): Promise<void> {
  ensureCommand('wrk');
  const dbName = 'guildhall_bench_search';
  const databaseUrl = await freshDatabase(adminUrl, dbName);
  const env = { DATABASE_URL: databaseUrl, REDIS_URL: redisUrl, DATABASE_POOL_SIZE: '10' };
  const email = 'bench-admin@example.com';
  const password = 'bench-Password-2026';
  await cli(['create-admin', '--email', email, '--name', 'Bench', '--password', password], { ...env, LOG_LEVEL: 'warn' });
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'gh-search-'));
  const g0 = performance.now();
  for (const statement of generateCustomersSql(CUSTOMERS)) await db.query(statement);
  const generateSeconds = (performance.now() - g0) / 1000;
  const server = await startServer(env);
  try {
    const { cookie } = await login(server.baseUrl, email, password);
    const check = await fetch(`${server.baseUrl}/api/v1/customers/search?q=${13800000000 + 4242}`, { headers: { cookie } });
    const found = (await check.json()) as { items: { matchedBy: string }[] };
    if (found.items[0]?.matchedBy !== 'phone') throw new Error(`phone search found nothing: ${JSON.stringify(found).slice(0, 200)}`);
    const results: Record<string, LoadResult[]> = {};
    for (const kind of ['phone', 'name'] as const) {
      const script = path.join(tmp, `${kind}.lua`);
      fs.writeFileSync(script, luaScript(kind, CUSTOMERS));
      const url = `${server.baseUrl}/api/v1/customers/search`;
      runWrk(url, { connections: 2, seconds: 2, headers: { cookie }, script }); // warm-up
      results[kind] = [1, 10].map((c) => runWrk(url, { connections: c, seconds: SECONDS, headers: { cookie }, script }));
    }
    const pgVersion = (await db.query('show server_version')).rows[0].server_version as string;
    const row = (kind: string, r: LoadResult) =>
      `| ${kind} | ${r.connections} | ${Math.round(r.requestsPerSec).toLocaleString('en-US')} | ${r.p50Ms.toFixed(2)} | ${r.p99Ms.toFixed(2)} |`;
    const p99 = (kind: string) => results[kind]![0]!.p99Ms;
    writeSection(
      'customer-search',
      `## Customer search with ${CUSTOMERS.toLocaleString('en-US')} customers (issue 3)

${new Date().toISOString().slice(0, 10)} · ${machineLine(`PostgreSQL ${pgVersion}`)} · server mode, one app process; customers generated in SQL (${generateSeconds.toFixed(0)} s) with Chinese names and one phone each.

\`GET /api/v1/customers/search?q=…\` through the API with a session cookie (includes the session lookup and masking), each request a random phone (\`13800004242\` style, normalised to E.164) or a random Chinese name (\`张伟\`).

| search | connections | req/s | p50 ms | p99 ms |
|---|---|---|---|---|
${results.phone!.map((r) => row('phone (exact)', r)).join('\n')}
${results.name!.map((r) => row('name (fuzzy)', r)).join('\n')}

Goal p99 ≤ 5 ms (one connection): phone ${p99('phone') <= 5 ? 'met' : 'not met'} (${p99('phone').toFixed(2)} ms), name ${p99('name') <= 5 ? 'met' : 'not met'} (${p99('name').toFixed(2)} ms).`,
    );
    console.log(`customer-search: phone p99 ${p99('phone').toFixed(2)} ms, name p99 ${p99('name').toFixed(2)} ms`);
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
    await db.end();
    await server.stop();
  }
}
