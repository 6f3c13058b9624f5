import { PgTransaction } from 'drizzle-orm/pg-core';
import type { Db, Tx } from './database';

type Runnable<R> = { execute(values?: Record<string, unknown>): Promise<R> };
type Preparable<R> = Runnable<R> & { prepare(name: string): Runnable<R> };

const cache = new WeakMap<object, Map<string, Runnable<unknown>>>();

/**
 * A hot query built once per database handle and reused: it skips Drizzle's query building,
 * and PostgreSQL parses and plans the named statement once per connection. Inside a
 * transaction the query is built afresh (a prepared query is bound to its handle).
 * Write the builder with `sql.placeholder('name')` and pass the values to `execute`.
 * @example await prepared(db, 'store_by_id', (d) => d.select().from(stores).where(eq(stores.id, sql.placeholder('id')))).execute({ id })
 */
export function prepared<R>(ex: Db | Tx, name: string, build: (ex: Db | Tx) => Preparable<R>): Runnable<R> {
  if (ex instanceof PgTransaction) return build(ex);
  let byName = cache.get(ex);
  if (!byName) {
    byName = new Map();
    cache.set(ex, byName);
  }
  let query = byName.get(name) as Runnable<R> | undefined;
  if (!query) {
    query = build(ex).prepare(name);
    byName.set(name, query as Runnable<unknown>);
  }
  return query;
}
