import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { sql } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import type { Config } from '../../config';
import { lockDataDir } from './data-dir-lock';

/** The query builder every repository receives: the database itself or an open transaction. */
export type Db = PgDatabase<PgQueryResultHKT>;
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

export interface PoolStats {
  total: number;
  idle: number;
  waiting: number;
}

/** An open database, either embedded (PGlite) or PostgreSQL. */
export interface Database {
  kind: 'pglite' | 'pg';
  db: Db;
  /** Raw parameterised SQL, for pg-boss and benchmarks. */
  query<T = Record<string, unknown>>(text: string, values?: unknown[]): Promise<T[]>;
  ping(): Promise<void>;
  poolStats(): PoolStats;
  close(): Promise<void>;
  pglite?: PGlite;
  pool?: pg.Pool;
}

export function wrapPglite(client: PGlite, release: () => void = () => {}): Database {
  const db = drizzlePglite({ client }) as unknown as Db;
  return {
    kind: 'pglite',
    db,
    pglite: client,
    async query<T>(text: string, values?: unknown[]) {
      const res = await client.query<T>(text, values as never[]);
      return res.rows;
    },
    async ping() {
      await client.query('select 1');
    },
    poolStats: () => ({ total: 1, idle: 1, waiting: 0 }),
    async close() {
      if (!client.closed) await client.close();
      release();
    },
  };
}

export function wrapPool(pool: pg.Pool): Database {
  // An idle client dropped by the server (restart, admin kill) must not crash the process;
  // the next query reconnects or reports the error.
  pool.on('error', () => {});
  const db = drizzlePg({ client: pool }) as unknown as Db;
  return {
    kind: 'pg',
    db,
    pool,
    async query<T>(text: string, values?: unknown[]) {
      const res = await pool.query(text, values);
      return res.rows as T[];
    },
    async ping() {
      await pool.query('select 1');
    },
    poolStats: () => ({ total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount }),
    async close() {
      await pool.end();
    },
  };
}

export const pgliteExtensions = { pg_trgm };

/** Opens the configured database. PGlite holds a lockfile on its folder until closed. */
export async function openDatabase(config: Config['database']): Promise<Database> {
  if (config.kind === 'pg') {
    return wrapPool(new pg.Pool({ connectionString: config.url, max: config.poolSize }));
  }
  fs.mkdirSync(path.dirname(config.dataDir), { recursive: true });
  const release = lockDataDir(config.dataDir);
  try {
    const client = await PGlite.create({ dataDir: config.dataDir, extensions: pgliteExtensions });
    return wrapPglite(client, release);
  } catch (err) {
    release();
    throw err;
  }
}

/** Runs `fn` in a transaction; repositories called with `tx` share it. */
export function transaction<T>(db: Db, fn: (tx: Tx) => Promise<T>): Promise<T> {
  return db.transaction(fn);
}

export { sql };
