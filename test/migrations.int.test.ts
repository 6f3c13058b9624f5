import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { pgliteExtensions, wrapPglite, wrapPool, type Database } from '../src/platform/db/database';
import { migrate, migrationsFolder } from '../src/platform/db/migrate';
import { testDbKind } from './helpers/test-database';

const journal = JSON.parse(fs.readFileSync(path.join(migrationsFolder, 'meta/_journal.json'), 'utf8')) as { entries: unknown[] };
const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const c of cleanups) await c();
});

/** An EMPTY database (not the migrated template) of the kind this project runs on. */
async function emptyDatabase(): Promise<Database> {
  if (testDbKind() === 'pglite') {
    const db = wrapPglite(await PGlite.create({ extensions: pgliteExtensions }));
    cleanups.push(() => db.close());
    return db;
  }
  const adminUrl = process.env.TEST_DATABASE_URL!;
  const name = `gh_test_migrations_${process.pid}_${cleanups.length}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`drop database if exists "${name}" with (force)`);
  await admin.query(`create database "${name}"`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const db = wrapPool(new pg.Pool({ connectionString: url.toString(), max: 3 }));
  cleanups.push(async () => {
    await db.close();
    await admin.query(`drop database if exists "${name}" with (force)`);
    await admin.end();
  });
  return db;
}

describe(`migrations on ${testDbKind()}`, () => {
  it('apply from empty, create the extension and tables, and are idempotent', async () => {
    const db = await emptyDatabase();
    await migrate(db);
    await migrate(db); // a second start applies nothing and does not fail
    const applied = await db.query<{ n: number }>('select count(*)::int as n from drizzle.__drizzle_migrations');
    expect(applied[0]!.n).toBe(journal.entries.length);
    const ext = await db.query<{ extname: string }>(`select extname from pg_extension where extname = 'pg_trgm'`);
    expect(ext).toHaveLength(1);
    const tables = await db.query<{ table_name: string }>(
      `select table_name from information_schema.tables where table_schema = 'public' order by table_name`,
    );
    expect(tables.map((t) => t.table_name)).toEqual(
      expect.arrayContaining(['organisation', 'stores', 'departments', 'teams', 'users', 'sessions', 'api_keys', 'audit_log']),
    );
    const sim = await db.query<{ s: number }>(`select similarity('张伟', '张伟伟') as s`);
    expect(sim[0]!.s).toBeGreaterThan(0);
  });

  // Only PostgreSQL has several processes; PGlite's lockfile is tested in data-dir-lock.test.ts.
  if (testDbKind() === 'pg') it('serialise concurrent migrations from several processes', async () => {
    const db = await emptyDatabase();
    const second = wrapPool(new pg.Pool({ connectionString: (db.pool as pg.Pool).options.connectionString, max: 2 }));
    cleanups.unshift(() => second.close());
    await Promise.all([migrate(db), migrate(second)]);
    const applied = await db.query<{ n: number }>('select count(*)::int as n from drizzle.__drizzle_migrations');
    expect(applied[0]!.n).toBe(journal.entries.length);
  });
});
