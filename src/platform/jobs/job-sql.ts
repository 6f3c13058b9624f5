import type { PGlite } from '@electric-sql/pglite';
import type pg from 'pg';

type Rows = { rows: any[] }; // eslint-disable-line @typescript-eslint/no-explicit-any -- pg-boss's own Db type
type Execute = (text: string, values?: unknown[]) => Promise<Rows>;

/** The `db` pg-boss runs on, plus what shutdown needs: wait for queries in flight, then close. */
export interface JobSql {
  executeSql: Execute;
  /**
   * Resolves once neither a query nor `busy()` has been active for a moment, or after `timeoutMs`:
   * pg-boss completes jobs without awaiting, so a stop must let those last queries land.
   */
  drain(busy: () => boolean, timeoutMs: number): Promise<void>;
  close(): Promise<void>;
}

// pg-boss sends maintenance and migrations as one text `BEGIN; …; COMMIT;`. Run the body through a
// real transaction instead, so a failure rolls back rather than leaving the connection in an aborted
// transaction (fatal on PGlite, whose single connection the whole app shares).
const WRAPPED_IN_TRANSACTION = /^\s*BEGIN;([\s\S]*)COMMIT;\s*$/;

/** pg-boss on the app's PGlite instance: queries queue behind (never inside) app transactions. */
export function pgliteJobSql(client: PGlite): JobSql {
  return tracked(
    async (text, values) => {
      if (values && values.length > 0) return { rows: (await client.query(text, values as never[])).rows };
      const body = WRAPPED_IN_TRANSACTION.exec(text)?.[1];
      const results = body ? await client.transaction((tx) => tx.exec(body)) : await client.exec(text);
      return { rows: results.at(-1)?.rows ?? [] };
    },
    async () => {},
  );
}

/** pg-boss on its own small PostgreSQL pool, so job polling never takes the API's connections. */
export function poolJobSql(pool: pg.Pool): JobSql {
  return tracked(
    async (text, values) => {
      const body = values && values.length > 0 ? undefined : WRAPPED_IN_TRANSACTION.exec(text)?.[1];
      if (!body) return lastResult(await pool.query(text, values));
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = lastResult(await client.query(body));
        await client.query('COMMIT');
        return result;
      } catch (err) {
        await client.query('ROLLBACK').catch(() => {});
        throw err;
      } finally {
        client.release();
      }
    },
    () => pool.end(),
  );
}

function lastResult(result: pg.QueryResult | pg.QueryResult[]): Rows {
  return Array.isArray(result) ? { rows: result.at(-1)?.rows ?? [] } : result;
}

function tracked(execute: Execute, end: () => Promise<void>): JobSql {
  let inFlight = 0;
  let closed = false;
  const pause = () => new Promise((resolve) => setTimeout(resolve, 20));
  return {
    async executeSql(text, values) {
      if (closed) throw new Error('jobs are stopped');
      inFlight++;
      try {
        return await execute(text, values);
      } finally {
        inFlight--;
      }
    },
    async drain(busy, timeoutMs) {
      // Two quiet checks in a row: a finished handler's complete() starts its query a few ticks later.
      const deadline = Date.now() + timeoutMs;
      for (let quiet = 0; quiet < 2 && Date.now() < deadline; ) {
        await pause();
        quiet = inFlight === 0 && !busy() ? quiet + 1 : 0;
      }
    },
    async close() {
      closed = true;
      await end();
    },
  };
}
