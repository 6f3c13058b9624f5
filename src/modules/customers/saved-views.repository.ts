import { asc, eq, or } from 'drizzle-orm';
import type { Db, Tx } from '../../platform/db/database';
import { customerViews } from './customers.schema';

type Executor = Db | Tx;
export type ViewRow = typeof customerViews.$inferSelect;
export type NewViewRow = typeof customerViews.$inferInsert;

/** The views a user sees: their own and every shared one, by name. */
export async function listVisibleViews(ex: Executor, userId: string): Promise<ViewRow[]> {
  return ex
    .select()
    .from(customerViews)
    .where(or(eq(customerViews.ownerId, userId), eq(customerViews.shared, true)))
    .orderBy(asc(customerViews.name), asc(customerViews.id));
}

export async function findView(ex: Executor, id: string): Promise<ViewRow | undefined> {
  const [row] = await ex.select().from(customerViews).where(eq(customerViews.id, id));
  return row;
}

export async function insertView(ex: Executor, row: NewViewRow): Promise<ViewRow> {
  const [created] = await ex.insert(customerViews).values(row).returning();
  return created!;
}

export async function updateView(ex: Executor, id: string, changes: Partial<NewViewRow>): Promise<ViewRow> {
  const [row] = await ex.update(customerViews).set(changes).where(eq(customerViews.id, id)).returning();
  return row!;
}

export async function deleteView(ex: Executor, id: string): Promise<void> {
  await ex.delete(customerViews).where(eq(customerViews.id, id));
}
