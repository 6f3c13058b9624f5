import { and, asc, eq, gt, or, type SQL } from 'drizzle-orm';
import type { Db, Tx } from '../../platform/db/database';
import { timePackageProducts, topupPromotions } from './membership.schema';

type Executor = Db | Tx;
export type PromotionRow = typeof topupPromotions.$inferSelect;
export type ProductRow = typeof timePackageProducts.$inferSelect;

interface ListFilter {
  active?: boolean;
  after?: { name: string; id: string };
  limit: number;
}

/** Promotions by name then id, `limit + 1` rows. */
export async function listPromotions(ex: Executor, f: ListFilter): Promise<PromotionRow[]> {
  const where: (SQL | undefined)[] = [];
  if (f.active !== undefined) where.push(eq(topupPromotions.active, f.active));
  if (f.after) where.push(or(gt(topupPromotions.name, f.after.name), and(eq(topupPromotions.name, f.after.name), gt(topupPromotions.id, f.after.id))));
  return ex.select().from(topupPromotions).where(and(...where)).orderBy(asc(topupPromotions.name), asc(topupPromotions.id)).limit(f.limit + 1);
}

/** Every active promotion (few): the rule picks the best. */
export async function activePromotions(ex: Executor): Promise<PromotionRow[]> {
  return ex.select().from(topupPromotions).where(eq(topupPromotions.active, true));
}

export async function findPromotion(ex: Executor, id: string): Promise<PromotionRow | undefined> {
  const [row] = await ex.select().from(topupPromotions).where(eq(topupPromotions.id, id));
  return row;
}

export async function insertPromotion(ex: Executor, row: typeof topupPromotions.$inferInsert): Promise<PromotionRow> {
  const [created] = await ex.insert(topupPromotions).values(row).returning();
  return created!;
}

export async function updatePromotion(ex: Executor, id: string, changes: Partial<typeof topupPromotions.$inferInsert>): Promise<PromotionRow | undefined> {
  const [row] = await ex.update(topupPromotions).set(changes).where(eq(topupPromotions.id, id)).returning();
  return row;
}

/** Products by name then id, `limit + 1` rows. */
export async function listProducts(ex: Executor, f: ListFilter): Promise<ProductRow[]> {
  const where: (SQL | undefined)[] = [];
  if (f.active !== undefined) where.push(eq(timePackageProducts.active, f.active));
  if (f.after) where.push(or(gt(timePackageProducts.name, f.after.name), and(eq(timePackageProducts.name, f.after.name), gt(timePackageProducts.id, f.after.id))));
  return ex.select().from(timePackageProducts).where(and(...where)).orderBy(asc(timePackageProducts.name), asc(timePackageProducts.id)).limit(f.limit + 1);
}

export async function findProduct(ex: Executor, id: string): Promise<ProductRow | undefined> {
  const [row] = await ex.select().from(timePackageProducts).where(eq(timePackageProducts.id, id));
  return row;
}

export async function insertProduct(ex: Executor, row: typeof timePackageProducts.$inferInsert): Promise<ProductRow> {
  const [created] = await ex.insert(timePackageProducts).values(row).returning();
  return created!;
}

export async function updateProduct(ex: Executor, id: string, changes: Partial<typeof timePackageProducts.$inferInsert>): Promise<ProductRow | undefined> {
  const [row] = await ex.update(timePackageProducts).set(changes).where(eq(timePackageProducts.id, id)).returning();
  return row;
}
