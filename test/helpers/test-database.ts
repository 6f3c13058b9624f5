import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { pgliteExtensions, wrapPglite, wrapPool, type Database } from '../../src/platform/db/database';
import { migrate } from '../../src/platform/db/migrate';

export const templateDir = path.resolve(import.meta.dirname, '../../.tmp');
const pgliteTemplateFile = path.join(templateDir, 'pglite-template.tar.gz');
const PG_TEMPLATE = 'guildhall_test_template';

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

/** Builds the migrated template once per test run (vitest globalSetup). */
export async function prepareTemplate(kind: 'pglite' | 'pg'): Promise<void> {
  if (kind === 'pglite') {
    const client = await PGlite.create({ extensions: pgliteExtensions });
    await migrate(wrapPglite(client));
    const dump = await client.dumpDataDir('gzip');
    fs.mkdirSync(templateDir, { recursive: true });
    fs.writeFileSync(pgliteTemplateFile, Buffer.from(await dump.arrayBuffer()));
    await client.close();
    return;
  }
  const admin = new pg.Client({ connectionString: adminUrl() });
  await admin.connect();
  try {
    const stale = await admin.query(`select datname from pg_database where datname like 'gh_test_%' or datname = $1`, [PG_TEMPLATE]);
    for (const row of stale.rows) await admin.query(`drop database if exists "${row.datname}" with (force)`);
    await admin.query(`create database "${PG_TEMPLATE}"`);
  } finally {
    await admin.end();
  }
  const pool = new pg.Pool({ connectionString: withDatabase(adminUrl(), PG_TEMPLATE), max: 2 });
  await migrate(wrapPool(pool));
  await pool.end();
}

let counter = 0;

/** A fresh, migrated database for one test file: a PGlite clone, or a PostgreSQL database copied from the template. */
export async function createTestDatabase(): Promise<Database> {
  if (testDbKind() === 'pglite') {
    const blob = new Blob([fs.readFileSync(pgliteTemplateFile)]);
    const client = await PGlite.create({ loadDataDir: blob, extensions: pgliteExtensions });
    return wrapPglite(client);
  }
  const name = `gh_test_${process.pid}_${Date.now()}_${counter++}`;
  const admin = new pg.Client({ connectionString: adminUrl() });
  await admin.connect();
  // CREATE DATABASE ... TEMPLATE fails while another session is connected to the template; retry briefly.
  for (let attempt = 0; ; attempt++) {
    try {
      await admin.query(`create database "${name}" template "${PG_TEMPLATE}"`);
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
