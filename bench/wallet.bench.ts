import { pathToFileURL } from 'node:url';
import pg from 'pg';
import { loadConfig } from '../src/config';
import { createRuntime, type Runtime } from '../src/runtime';
import { inTransaction } from '../src/platform/db/unit-of-work';
import { drawForSession } from '../src/modules/membership/session-billing';
import { seedMember, seedVenue } from '../src/modules/venues/venues.test-kit';
import { freshDatabase } from './lib/server';
import { machineLine, writeSection } from './lib/report';

const WALLETS = Number(process.env.BENCH_WALLETS ?? 1000);
const DEBITS = Number(process.env.BENCH_DEBITS ?? 20_000);
const HOT_DEBITS = Number(process.env.BENCH_HOT_DEBITS ?? 3000);
const WORKERS = 10;
const FUNDS = 100_000;

/** Runs `n` debits from WORKERS concurrent workers; answers debits/s and how many were refused. */
async function drive(n: number, debit: (i: number) => Promise<boolean>): Promise<{ perSecond: number; ok: number; refused: number }> {
  let next = 0;
  let ok = 0;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: WORKERS }, async () => {
      while (next < n) if (await debit(next++)) ok += 1;
    }),
  );
  return { perSecond: n / ((performance.now() - t0) / 1000), ok, refused: n - ok };
}

/** The service's debit: wallet lock, package check, conditional balance update, ledger rows with balance after, in one transaction. */
function serviceDebit(runtime: Runtime, storeId: string) {
  return async (customerId: string, cents: number): Promise<boolean> => {
    try {
      await inTransaction(runtime.deps, (tx, outbox) =>
        drawForSession(tx, outbox, { customerId, storeId, sessionId: crypto.randomUUID(), at: runtime.deps.clock.now(), actor: 'bench', draw: { packageMinutes: [], bonusCents: 0, cashCents: cents } }),
      );
      return true;
    } catch (err) {
      if ((err as { code?: string }).code === 'insufficient_balance') return false;
      throw err;
    }
  };
}

/** The raw limit: the same lock, conditional update and one ledger insert as plain SQL through node-postgres. */
function rawDebit(pool: pg.Pool, storeId: string) {
  return async (customerId: string, cents: number): Promise<boolean> => {
    const c = await pool.connect();
    try {
      await c.query('begin');
      await c.query('select 1 from wallets where customer_id = $1 for update', [customerId]);
      const r = await c.query('update wallets set cash_cents = cash_cents - $2, updated_at = now() where customer_id = $1 and cash_cents >= $2 returning cash_cents', [customerId, cents]);
      if (r.rowCount === 1) {
        await c.query(
          `insert into wallet_entries (id, customer_id, store_id, at, kind, asset, amount, balance_after, actor) values (gen_random_uuid(), $1, $2, now(), 'session_charge', 'cash', $3, $4, 'bench-raw')`,
          [customerId, storeId, -cents, r.rows[0].cash_cents],
        );
      }
      await c.query('commit');
      return r.rowCount === 1;
    } finally {
      c.release();
    }
  };
}

/** Wallets whose cached balances differ from the sum of their ledger, or are negative. */
async function inconsistentWallets(runtime: Runtime): Promise<number> {
  const [row] = await runtime.deps.database.query<{ n: number }>(`
    select count(*)::int as n from wallets w
    left join (select customer_id, sum(amount) filter (where asset = 'cash') as cash, sum(amount) filter (where asset = 'bonus') as bonus
               from wallet_entries group by customer_id) e on e.customer_id = w.customer_id
    where w.cash_cents <> coalesce(e.cash, 0) or w.bonus_cents <> coalesce(e.bonus, 0) or w.cash_cents < 0 or w.bonus_cents < 0`);
  return row!.n;
}

/**
 * Wallet debit throughput on PostgreSQL: spread over many wallets and all on one hot wallet, the
 * service beside the same SQL written by hand, then every wallet checked against its ledger.
 */
export async function walletBenchmark(adminUrl: string, redisUrl: string, options: { write?: boolean } = {}): Promise<void> {
  const databaseUrl = await freshDatabase(adminUrl, 'guildhall_bench_wallet');
  const config = loadConfig({ NODE_ENV: 'production', LOG_LEVEL: 'warn', DATABASE_URL: databaseUrl, REDIS_URL: redisUrl, JOBS_ENABLED: 'false', DATABASE_POOL_SIZE: String(WORKERS) });
  const runtime = await createRuntime(config);
  const pool = new pg.Pool({ connectionString: databaseUrl, max: WORKERS });
  try {
    const { storeId } = await seedVenue(runtime.deps, { seats: 1 });
    const ids: string[] = [];
    for (let i = 0; i < WALLETS; i += 50) ids.push(...(await Promise.all(Array.from({ length: Math.min(50, WALLETS - i) }, (_, k) => seedMember(runtime.deps, storeId, FUNDS, `Wallet ${i + k}`)))));
    const hot = await seedMember(runtime.deps, storeId, HOT_DEBITS * 2, 'Hot wallet');
    const rawHot = await seedMember(runtime.deps, storeId, HOT_DEBITS * 2, 'Hot wallet raw');
    const svc = serviceDebit(runtime, storeId);
    const raw = rawDebit(pool, storeId);
    const pick = (i: number) => ids[(i * 7919) % ids.length]!;
    const rows = {
      spread: await drive(DEBITS, (i) => svc(pick(i), 1)),
      spreadRaw: await drive(DEBITS, (i) => raw(pick(i), 1)),
      hot: await drive(HOT_DEBITS, () => svc(hot, 3)),
      hotRaw: await drive(HOT_DEBITS, () => raw(rawHot, 3)),
    };
    const bad = await inconsistentWallets(runtime);
    const [hotAfter] = await runtime.deps.database.query<{ cash: number }>('select cash_cents::int as cash from wallets where customer_id = $1', [hot]);
    const pgVersion = (await runtime.deps.database.query<{ server_version: string }>('show server_version'))[0]!.server_version;
    const line = (what: string, n: number, r: { perSecond: number; ok: number; refused: number }, base: number) =>
      `| ${what} | ${n.toLocaleString('en-US')} | ${r.ok.toLocaleString('en-US')} / ${r.refused.toLocaleString('en-US')} | **${Math.round(r.perSecond).toLocaleString('en-US')}** | ${(r.perSecond / base).toFixed(2)} |`;
    const markdown = `## Wallet debits (issue 4)

${new Date().toISOString().slice(0, 10)} · ${machineLine(`PostgreSQL ${pgVersion}`)} · ${WORKERS} concurrent workers, pool ${WORKERS}.

The service debit is \`drawForSession\` (what charging a seat session calls) in its own transaction: wallet row lock, package check, a balance update that cannot go below zero, ledger rows carrying the balance after. The raw limit is the same lock, conditional update and one ledger insert written as plain SQL.

| debits | n | done / refused | debits/s | ÷ raw |
|---|---|---|---|---|
${line(`service, 1 cent on ${WALLETS.toLocaleString('en-US')} wallets`, DEBITS, rows.spread, rows.spreadRaw.perSecond)}
| raw SQL, same | ${DEBITS.toLocaleString('en-US')} | ${rows.spreadRaw.ok.toLocaleString('en-US')} / ${rows.spreadRaw.refused} | ${Math.round(rows.spreadRaw.perSecond).toLocaleString('en-US')} | 1 |
${line(`service, 3 cents on one wallet holding ${(HOT_DEBITS * 2).toLocaleString('en-US')}`, HOT_DEBITS, rows.hot, rows.hotRaw.perSecond)}
| raw SQL, same | ${HOT_DEBITS.toLocaleString('en-US')} | ${rows.hotRaw.ok.toLocaleString('en-US')} / ${rows.hotRaw.refused.toLocaleString('en-US')} | ${Math.round(rows.hotRaw.perSecond).toLocaleString('en-US')} | 1 |

Afterwards: wallets whose balance differs from the sum of their ledger or is negative: **${bad}** of ${(WALLETS + 3).toLocaleString('en-US')}; the hot wallet ends at ${hotAfter!.cash} cents (${rows.hot.ok} debits of 3 done, the rest refused, never below zero).`;
    if (bad !== 0 || hotAfter!.cash < 0 || hotAfter!.cash !== HOT_DEBITS * 2 - rows.hot.ok * 3) throw new Error(`ledger check failed:\n${markdown}`);
    if (options.write ?? true) writeSection('wallet', markdown);
    console.log(markdown);
  } finally {
    await pool.end();
    await runtime.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const adminUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  await walletBenchmark(adminUrl, process.env.REDIS_URL ?? 'redis://127.0.0.1:6379', { write: process.env.BENCH_WRITE === '1' });
}
