import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../test/helpers/test-database';
import type { Database } from '../db/database';
import { pgliteJobSql, poolJobSql, type JobSql } from './job-sql';

let database: Database;
let sql: JobSql;

beforeAll(async () => {
  database = await createTestDatabase();
  sql = database.kind === 'pglite' ? pgliteJobSql(database.pglite!) : poolJobSql(new pg.Pool({ ...database.pool!.options, max: 1 }));
});

afterAll(async () => {
  await sql?.close();
  await database?.close();
});

describe(`pg-boss's SQL adapter on ${process.env.GUILDHALL_TEST_DB ?? 'pglite'}`, () => {
  it('runs parameterised queries and returns their rows', async () => {
    expect((await sql.executeSql('select $1::int + 1 as n', [41])).rows).toEqual([{ n: 42 }]);
  });

  it('commits a BEGIN…COMMIT text as one transaction and returns the last rows', async () => {
    const result = await sql.executeSql(`
      BEGIN;
      CREATE TABLE job_sql_probe (n int);
      INSERT INTO job_sql_probe VALUES (1), (2);
      SELECT count(*)::int AS c FROM job_sql_probe;
      COMMIT;
    `);
    expect(result.rows).toEqual([{ c: 2 }]);
    expect(await database.query('select count(*)::int as c from job_sql_probe')).toEqual([{ c: 2 }]);
  });

  it('rolls back a failing BEGIN…COMMIT text and leaves the connection usable', async () => {
    await expect(
      sql.executeSql(`
        BEGIN;
        INSERT INTO job_sql_probe VALUES (3);
        SELECT 1/0;
        COMMIT;
      `),
    ).rejects.toThrow(/division by zero/);
    // Same connection (PGlite has one; the pool here has max 1): not stuck in an aborted transaction.
    expect((await sql.executeSql('select count(*)::int as c from job_sql_probe', [])).rows).toEqual([{ c: 2 }]);
    expect(await database.query('select count(*)::int as c from job_sql_probe')).toEqual([{ c: 2 }]);
  });

  it('waits in drain() for a query in flight', async () => {
    let done = false;
    const slow = sql.executeSql('select pg_sleep(0.3)').then(() => {
      done = true;
    });
    await sql.drain(() => false, 5000);
    expect(done).toBe(true);
    await slow;
  });
});
