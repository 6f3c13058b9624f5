import { asc, count, eq } from 'drizzle-orm';
import type { Db, Tx } from '../../platform/db/database';
import { ticketCategories, tickets } from './tickets.schema';

type Executor = Db | Tx;
const c = ticketCategories;

export type CategoryRow = typeof ticketCategories.$inferSelect;
export type NewCategoryRow = typeof ticketCategories.$inferInsert;
export type CategoryChanges = Partial<Omit<NewCategoryRow, 'id' | 'code' | 'createdAt'>>;

/** Every category (the tree is small: tens of rows). */
export async function listCategories(ex: Executor): Promise<CategoryRow[]> {
  return ex.select().from(c).orderBy(asc(c.sort), asc(c.code));
}

export async function findCategory(ex: Executor, id: string): Promise<CategoryRow | undefined> {
  const [row] = await ex.select().from(c).where(eq(c.id, id));
  return row;
}

export async function insertCategory(tx: Tx, row: NewCategoryRow): Promise<CategoryRow> {
  const [created] = await tx.insert(c).values(row).returning();
  return created!;
}

export async function updateCategory(tx: Tx, id: string, changes: CategoryChanges): Promise<CategoryRow | undefined> {
  const [row] = await tx.update(c).set(changes).where(eq(c.id, id)).returning();
  return row;
}

export async function deleteCategory(tx: Tx, id: string): Promise<boolean> {
  const rows = await tx.delete(c).where(eq(c.id, id)).returning({ id: c.id });
  return rows.length > 0;
}

/** How many tickets and sub-categories use a category. */
export async function categoryUsage(ex: Executor, id: string): Promise<{ tickets: number; children: number }> {
  const [used] = await ex.select({ n: count() }).from(tickets).where(eq(tickets.categoryId, id));
  const [children] = await ex.select({ n: count() }).from(c).where(eq(c.parentId, id));
  return { tickets: Number(used?.n ?? 0), children: Number(children?.n ?? 0) };
}
