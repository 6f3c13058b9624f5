import { and, asc, eq, gt, ilike, or, sql, type SQL } from 'drizzle-orm';
import { prepared } from '../../platform/db/prepared';
import type { Db, Tx } from '../../platform/db/database';
import { stores } from './organisation.schema';

type Executor = Db | Tx;
export type StoreRow = typeof stores.$inferSelect;
export type NewStoreRow = typeof stores.$inferInsert;
export type StoreChanges = Partial<Omit<NewStoreRow, 'id' | 'createdAt'>>;

export interface StoreFilter {
  q?: string;
  active?: boolean;
  /** Position after the previous page: its last code and id. */
  after?: { code: string; id: string };
  limit: number;
}

/** `%`, `_` and `\` typed by a user are literal text, not LIKE wildcards. */
function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** Stores ordered by code then id; fetches `limit + 1` rows so the caller can tell a next page exists. */
export async function listStores(ex: Executor, filter: StoreFilter): Promise<StoreRow[]> {
  const where: (SQL | undefined)[] = [];
  const q = filter.q?.trim();
  if (q) {
    const p = containsPattern(q);
    where.push(or(ilike(stores.code, p), ilike(stores.name, p), ilike(stores.city, p)));
  }
  if (filter.active !== undefined) where.push(eq(stores.active, filter.active));
  if (filter.after) {
    const { code, id } = filter.after;
    where.push(or(gt(stores.code, code), and(eq(stores.code, code), gt(stores.id, id))));
  }
  return ex
    .select()
    .from(stores)
    .where(and(...where))
    .orderBy(asc(stores.code), asc(stores.id))
    .limit(filter.limit + 1);
}

export async function findStoreById(ex: Executor, id: string): Promise<StoreRow | undefined> {
  const query = prepared(ex, 'store_by_id', (d) => d.select().from(stores).where(eq(stores.id, sql.placeholder('id'))));
  const [row] = await query.execute({ id });
  return row;
}

export async function findStoreByCode(ex: Executor, code: string): Promise<StoreRow | undefined> {
  const [row] = await ex.select().from(stores).where(eq(stores.code, code));
  return row;
}

export async function insertStore(ex: Executor, row: NewStoreRow): Promise<StoreRow> {
  const [created] = await ex.insert(stores).values(row).returning();
  return created!;
}

export async function updateStore(ex: Executor, id: string, changes: StoreChanges): Promise<StoreRow> {
  const [row] = await ex.update(stores).set(changes).where(eq(stores.id, id)).returning();
  return row!;
}
