import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { pgliteExtensions, wrapPglite, wrapPool, type Database } from '../../src/platform/db/database';
import { migrate } from '../../src/platform/db/migrate';

export const templateDir = path.resolve(import.meta.dirname, '../../.tmp');
// Each test run makes its own template (named in GUILDHALL_TEST_TEMPLATE, which the global
// setup sets before the workers start), so runs in parallel never share or drop each other's.
// One variable per kind: the pglite and pg projects run in one vitest process.
const templateEnv = (kind: 'pglite' | 'pg') => `GUILDHALL_TEST_TEMPLATE_${kind.toUpperCase()}`;
const STALE_MS = 3 * 3600_000;

function template(): string {
  const name = process.env[templateEnv(testDbKind())];
  if (!name) throw new Error(`${templateEnv(testDbKind())} is not set: run the integration tests through vitest (its global setup makes the template)`);
  return name;
}

/** Which database the integration suite runs on: PGlite by default, PostgreSQL in the `pg` project. */
export function testDbKind(): 'pglite' | 'pg' {
  return process.env.GUILDHALL_TEST_DB === 'pg' ? 'pg' : 'pglite';
}

function adminUrl(): string {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) throw new Error('TEST_DATABASE_URL is not set');
  return url;
}

function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

/**
 * Builds the migrated template once per test run (vitest globalSetup) and answers the
 * teardown that removes it. Leftovers of crashed runs older than 3 hours are dropped.
 */
export async function prepareTemplate(kind: 'pglite' | 'pg'): Promise<() => Promise<void>> {
  const runId = `${process.pid}_${Date.now()}`;
  if (kind === 'pglite') {
    const file = path.join(templateDir, `pglite-template-${runId}.tar.gz`);
    fs.mkdirSync(templateDir, { recursive: true });
    for (const f of fs.readdirSync(templateDir)) {
      const p = path.join(templateDir, f);
      if (f.startsWith('pglite-template') && Date.now() - fs.statSync(p).mtimeMs > STALE_MS) fs.rmSync(p, { force: true });
    }
    const client = await PGlite.create({ extensions: pgliteExtensions });
    await migrate(wrapPglite(client));
    const dump = await client.dumpDataDir('gzip');
    fs.writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
    await client.close();
    process.env[templateEnv('pglite')] = file;
    return async () => fs.rmSync(file, { force: true });
  }
  const name = `gh_tpl_${runId}`;
  const admin = new pg.Client({ connectionString: adminUrl() });
  await admin.connect();
  try {
    const all = await admin.query<{ datname: string }>(`select datname from pg_database where datname ~ '^gh_(test|tpl)_[0-9]+_[0-9]{13}'`);
    for (const { datname } of all.rows) {
      const ms = Number(/^gh_(?:test|tpl)_\d+_(\d{13})/.exec(datname)?.[1]);
      if (Date.now() - ms > STALE_MS) await admin.query(`drop database if exists "${datname}" with (force)`);
    }
    await admin.query(`create database "${name}"`);
  } finally {
    await admin.end();
  }
  const pool = new pg.Pool({ connectionString: withDatabase(adminUrl(), name), max: 2 });
  await migrate(wrapPool(pool));
  await pool.end();
  process.env[templateEnv('pg')] = name;
  return async () => {
    const a = new pg.Client({ connectionString: adminUrl() });
    await a.connect();
    await a.query(`drop database if exists "${name}" with (force)`).catch(() => {});
    await a.end();
  };
}

let counter = 0;

/** A fresh, migrated database for one test file: a PGlite clone, or a PostgreSQL database copied from the template. */
export async function createTestDatabase(): Promise<Database> {
  if (testDbKind() === 'pglite') {
    const blob = new Blob([fs.readFileSync(template())]);
    const client = await PGlite.create({ loadDataDir: blob, extensions: pgliteExtensions });
    return wrapPglite(client);
  }
  const name = `gh_test_${process.pid}_${Date.now()}_${counter++}`;
  const admin = new pg.Client({ connectionString: adminUrl() });
  await admin.connect();
  // CREATE DATABASE ... TEMPLATE fails while another session is connected to the template; retry briefly.
  for (let attempt = 0; ; attempt++) {
    try {
      await admin.query(`create database "${name}" template "${template()}"`);
      break;
    } catch (err) {
      if (attempt > 20) throw err;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  await admin.end();
  const database = wrapPool(new pg.Pool({ connectionString: withDatabase(adminUrl(), name), max: 5 }));
  const close = database.close;
  database.close = async () => {
    await close();
    const a = new pg.Client({ connectionString: adminUrl() });
    await a.connect();
    await a.query(`drop database if exists "${name}" with (force)`).catch(() => {});
    await a.end();
  };
  return database;
}
