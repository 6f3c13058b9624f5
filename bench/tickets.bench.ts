import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import pg from 'pg';
import { loadConfig } from '../src/config';
import { createRuntime, type Runtime } from '../src/runtime';
import { createApiKey } from '../src/platform/auth/api-keys.service';
import { systemContext } from '../src/platform/audit/audit.service';
import { searchDocument } from '../src/modules/tickets/search-tokens';
import { freshDatabase } from './lib/server';
import { runWrkAsync, type LoadResult } from './lib/wrk';
import { ensureCommand } from './lib/tools';
import { machineLine, writeSection } from './lib/report';

const TICKETS = Number(process.env.BENCH_TICKETS ?? 100_000);
const RAW_ROWS = Number(process.env.BENCH_RAW_ROWS ?? 20_000);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = 10;
const REQUESTERS = 200;

// What players write, varied enough that search has work to do (Chinese and English).
const PROBLEMS = ['充值未到账', '账号被盗', '游戏闪退', '无法登录', '举报外挂', '道具丢失', '退款申请', '会员卡挂失', '网吧上机计时错误', '活动奖励未发放'];
const DETAILS = ['订单号', '昨天晚上', '支付宝付款', '微信支付', '安卓手机', '苹果手机', '更新之后', '服务器维护', '好友说', '客服电话打不通'];
const ENGLISH = ['payment missing', 'cannot log in', 'game crashes on start', 'reported a cheater', 'lost my items', 'refund request'];
const QUERIES = ['充值', '账号', '闪退', '登录', '外挂', '道具', '退款', '会员卡', '计时', '奖励', 'payment', 'crashes', 'refund'];

function ticketText(i: number): { subject: string; description: string } {
  const p = PROBLEMS[i % PROBLEMS.length]!;
  const d = DETAILS[(i * 7) % DETAILS.length]!;
  const e = ENGLISH[(i * 3) % ENGLISH.length]!;
  return { subject: `${p} ${i}`, description: `${d}${p}，${e}，请尽快处理。编号 ${i * 7919}` };
}

/** A wrk script that POSTs a different ticket on every request. */
function createScript(requesters: string[]): string {
  const bodies = Array.from({ length: 200 }, (_, i) => {
    const { subject, description } = ticketText(i);
    return JSON.stringify({ subject, description, channel: 'web', priority: 'normal', requesterId: requesters[i % requesters.length] });
  });
  return `local bodies = {${bodies.map((b) => JSON.stringify(b)).join(',')}}
local n = 0
wrk.method = "POST"
wrk.headers["content-type"] = "application/json"
request = function()
  n = n + 1
  return wrk.format(nil, nil, nil, bodies[(n % #bodies) + 1])
end`;
}

function searchScript(): string {
  return `math.randomseed(42)
local qs = {${QUERIES.map((q) => `"${encodeURIComponent(q)}"`).join(',')}}
request = function()
  return wrk.format("GET", "/api/v1/tickets/search?limit=25&q=" .. qs[math.random(1, #qs)])
end`;
}

const INSERT_SQL = `insert into tickets (id, subject, description, channel, priority, status, requester_id, tags, custom, created_by, created_at, updated_at, search)
  select gen_random_uuid(), s, d, 'web', 'normal', st, r, '{}', '{}', 'bench', now(), now(),
         setweight(to_tsvector('simple', sw), 'A') || setweight(to_tsvector('simple', dw), 'B')
  from unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::uuid[], $6::text[]) as x(s, d, sw, dw, r, st)`;

/** Raw limit: the same rows and indexes written by 10 workers, one INSERT per ticket. */
async function rawInserts(pool: pg.Pool, requesters: string[]): Promise<{ perSecond: number }> {
  const texts = Array.from({ length: 200 }, (_, i) => {
    const t = ticketText(i);
    return { ...t, sw: searchDocument(t.subject), dw: searchDocument(t.description) };
  });
  let next = 0;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: CONNECTIONS }, async () => {
      while (next < RAW_ROWS) {
        const i = next++;
        const t = texts[i % texts.length]!;
        await pool.query(INSERT_SQL, [[t.subject], [t.description], [t.sw], [t.dw], [requesters[i % requesters.length]], ['new']]);
      }
    }),
  );
  return { perSecond: RAW_ROWS / ((performance.now() - t0) / 1000) };
}

/** Tops the table up to `TICKETS` rows in chunks, a fifth of them still open. */
async function fill(pool: pg.Pool, requesters: string[]): Promise<number> {
  const [{ n }] = (await pool.query<{ n: number }>('select count(*)::int as n from tickets')).rows as [{ n: number }];
  const statuses = ['new', 'open', 'pending_customer', 'resolved', 'closed'];
  for (let from = n; from < TICKETS; from += 5000) {
    const size = Math.min(5000, TICKETS - from);
    const cols: string[][] = [[], [], [], [], [], []];
    for (let k = 0; k < size; k++) {
      const i = from + k;
      const t = ticketText(i);
      cols[0]!.push(t.subject);
      cols[1]!.push(t.description);
      cols[2]!.push(searchDocument(t.subject));
      cols[3]!.push(searchDocument(t.description));
      cols[4]!.push(requesters[i % requesters.length]!);
      cols[5]!.push(statuses[i % statuses.length]!);
    }
    await pool.query(INSERT_SQL, cols);
  }
  await pool.query('analyze tickets');
  return TICKETS;
}

async function seedRequesters(runtime: Runtime, headers: Record<string, string>): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < REQUESTERS; i++) {
    const res = await runtime.app.inject({ method: 'POST', url: '/api/v1/customers', headers, payload: { displayName: `玩家${i}`, identities: [{ type: 'email', value: `bench-player-${i}@example.com` }] } });
    if (res.statusCode !== 201) throw new Error(`customer: ${res.statusCode} ${res.body}`);
    ids.push(res.json().id as string);
  }
  return ids;
}

const row = (what: string, r: LoadResult) => `| ${what} | ${Math.round(r.requestsPerSec).toLocaleString('en-US')} | ${r.p50Ms.toFixed(2)} | ${r.p99Ms.toFixed(2)} | ${r.non2xx} |`;

/**
 * Ticket creation through the API with 10 concurrent clients beside a raw INSERT of the same rows,
 * then list and full-text search latency with 100k tickets, on PostgreSQL.
 */
export async function ticketsBenchmark(adminUrl: string, redisUrl: string, options: { write?: boolean } = {}): Promise<void> {
  ensureCommand('wrk');
  const databaseUrl = await freshDatabase(adminUrl, 'guildhall_bench_tickets');
  const config = loadConfig({ NODE_ENV: 'production', LOG_LEVEL: 'warn', DATABASE_URL: databaseUrl, REDIS_URL: redisUrl, JOBS_ENABLED: 'false', DATABASE_POOL_SIZE: String(CONNECTIONS) });
  const runtime = await createRuntime(config);
  const pool = new pg.Pool({ connectionString: databaseUrl, max: CONNECTIONS });
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'gh-tickets-'));
  try {
    const scopes = ['tickets:read', 'tickets:read_all', 'tickets:write', 'customers:read', 'customers:write'];
    const { key } = await createApiKey(runtime.deps, { name: 'bench', scopes }, systemContext, null);
    const headers = { authorization: `Bearer ${key}` };
    const requesters = await seedRequesters(runtime, headers);
    const baseUrl = await runtime.app.listen({ host: '127.0.0.1', port: 0 });

    const createLua = path.join(tmp, 'create.lua');
    fs.writeFileSync(createLua, createScript(requesters));
    await runWrkAsync(`${baseUrl}/api/v1/tickets`, { connections: 2, seconds: 2, headers, script: createLua }); // warm-up
    const creates = await runWrkAsync(`${baseUrl}/api/v1/tickets`, { connections: CONNECTIONS, seconds: SECONDS, headers, script: createLua });
    const raw = await rawInserts(pool, requesters);

    const f0 = performance.now();
    await fill(pool, requesters);
    const fillSeconds = (performance.now() - f0) / 1000;
    const [{ total, open }] = (await pool.query<{ total: number; open: number }>(`select count(*)::int as total, count(*) filter (where status in ('new', 'open'))::int as open from tickets`)).rows as [{ total: number; open: number }];

    const listUrl = `${baseUrl}/api/v1/tickets?status=new&status=open&limit=25`;
    const check = await fetch(listUrl, { headers });
    const page = (await check.json()) as { items: unknown[] };
    if (!check.ok || page.items.length !== 25) throw new Error(`list: ${check.status} ${JSON.stringify(page).slice(0, 200)}`);
    const searchCheck = await fetch(`${baseUrl}/api/v1/tickets/search?limit=25&q=${encodeURIComponent('充值')}`, { headers });
    const hits = (await searchCheck.json()) as { items: unknown[] };
    if (!searchCheck.ok || hits.items.length === 0) throw new Error(`search found nothing: ${searchCheck.status}`);
    await runWrkAsync(listUrl, { connections: 2, seconds: 2, headers });
    const list = await runWrkAsync(listUrl, { connections: CONNECTIONS, seconds: SECONDS, headers });
    const searchLua = path.join(tmp, 'search.lua');
    fs.writeFileSync(searchLua, searchScript());
    await runWrkAsync(`${baseUrl}/api/v1/tickets/search`, { connections: 2, seconds: 2, headers, script: searchLua });
    const search = await runWrkAsync(`${baseUrl}/api/v1/tickets/search`, { connections: CONNECTIONS, seconds: SECONDS, headers, script: searchLua });
    const search1 = await runWrkAsync(`${baseUrl}/api/v1/tickets/search`, { connections: 1, seconds: SECONDS, headers, script: searchLua });

    const pgVersion = (await pool.query('show server_version')).rows[0].server_version as string;
    const ratio = creates.requestsPerSec / raw.perSecond;
    const met = (ok: boolean) => (ok ? 'met' : 'not met');
    const markdown = `## Service-desk tickets (issue 5)

${new Date().toISOString().slice(0, 10)} · ${machineLine(`PostgreSQL ${pgVersion}`)} · one app process (pool ${CONNECTIONS}), API key auth; load from wrk on the same machine, ${CONNECTIONS} connections, ${SECONDS} s each.

\`POST /api/v1/tickets\` validates, checks the requester, applies routing, segments subject and description with jieba, inserts the ticket with its search vector and announces it, one transaction each. The raw limit is 10 workers running one \`INSERT\` per ticket of the same rows (words segmented beforehand) into the same table and indexes.

| creates | tickets/s | p50 ms | p99 ms | errors |
|---|---|---|---|---|
${row('API, 10 clients', creates)}
| raw INSERT, 10 workers (${RAW_ROWS.toLocaleString('en-US')} rows) | ${Math.round(raw.perSecond).toLocaleString('en-US')} | | | |

API ÷ raw = **${ratio.toFixed(2)}**. Goal ≥ 2,500 creates/s with p99 ≤ 50 ms and ≥ 0.5 of raw: ${met(creates.requestsPerSec >= 2500 && creates.p99Ms <= 50 && ratio >= 0.5)}.

Then ${total.toLocaleString('en-US')} tickets (${open.toLocaleString('en-US')} new or open; topped up in SQL in ${fillSeconds.toFixed(0)} s):

| read | req/s | p50 ms | p99 ms | errors |
|---|---|---|---|---|
${row('list open tickets, 25 per page (`?status=new&status=open`)', list)}
${row('full-text search, a random word of 13 (Chinese and English), 10 clients', search)}
${row('full-text search, 1 client', search1)}

Goal p99 ≤ 20 ms: list ${met(list.p99Ms <= 20)}, search ${met(search.p99Ms <= 20)}.`;
    if (options.write ?? true) writeSection('tickets', markdown);
    console.log(markdown);
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
    await pool.end();
    await runtime.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const adminUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  await ticketsBenchmark(adminUrl, process.env.REDIS_URL ?? 'redis://127.0.0.1:6379', { write: process.env.BENCH_WRITE === '1' });
}
