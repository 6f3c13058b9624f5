import { and, asc, count, desc, eq, inArray, lte, ne, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../platform/db/database';
import { coupons, couponTemplates } from './loyalty.schema';

type Executor = Db | Tx;
export type CouponTemplateRow = typeof couponTemplates.$inferSelect;
export type NewCouponTemplateRow = typeof couponTemplates.$inferInsert;
export type CouponRow = typeof coupons.$inferSelect;
export type NewCouponRow = typeof coupons.$inferInsert;

export async function listTemplates(ex: Executor): Promise<CouponTemplateRow[]> {
  return ex.select().from(couponTemplates).orderBy(asc(couponTemplates.createdAt), asc(couponTemplates.id));
}

export async function findTemplate(ex: Executor, id: string): Promise<CouponTemplateRow | undefined> {
  const [row] = await ex.select().from(couponTemplates).where(eq(couponTemplates.id, id));
  return row;
}

/** Locks a template: issuing is serialised per template so per-member limits hold. */
export async function lockTemplate(tx: Tx, id: string): Promise<CouponTemplateRow | undefined> {
  const [row] = await tx.select().from(couponTemplates).where(eq(couponTemplates.id, id)).for('update');
  return row;
}

export async function autoTemplates(ex: Executor, rule: 'tier_upgrade' | 'birthday'): Promise<CouponTemplateRow[]> {
  return ex.select().from(couponTemplates).where(and(eq(couponTemplates.autoIssue, rule), eq(couponTemplates.active, true)));
}

export async function insertTemplate(tx: Tx, row: NewCouponTemplateRow): Promise<CouponTemplateRow> {
  const [created] = await tx.insert(couponTemplates).values(row).returning();
  return created!;
}

export async function updateTemplate(tx: Tx, id: string, changes: Partial<NewCouponTemplateRow>): Promise<CouponTemplateRow | undefined> {
  const [row] = await tx.update(couponTemplates).set(changes).where(eq(couponTemplates.id, id)).returning();
  return row;
}

/** Coupons of a template a member holds or held, void ones excepted (per-member limit). */
export async function countMemberCoupons(ex: Executor, templateId: string, customerId: string): Promise<number> {
  const [row] = await ex
    .select({ n: count() })
    .from(coupons)
    .where(and(eq(coupons.templateId, templateId), eq(coupons.customerId, customerId), ne(coupons.status, 'void')));
  return Number(row?.n ?? 0);
}

/** Inserts a coupon; answers undefined when its code or source key is taken. */
export async function insertCoupon(tx: Tx, row: NewCouponRow): Promise<CouponRow | undefined> {
  const [created] = await tx.insert(coupons).values(row).onConflictDoNothing().returning();
  return created;
}

export async function findCouponByCode(ex: Executor, code: string): Promise<CouponRow | undefined> {
  const [row] = await ex.select().from(coupons).where(eq(coupons.code, code));
  return row;
}

export async function findCoupon(ex: Executor, id: string): Promise<CouponRow | undefined> {
  const [row] = await ex.select().from(coupons).where(eq(coupons.id, id));
  return row;
}

/**
 * Moves a coupon out of `issued` only if it still is: of two concurrent redemptions exactly one
 * gets the row back.
 */
export async function closeCoupon(
  tx: Tx,
  id: string,
  changes: { status: 'redeemed' | 'expired' | 'void'; redeemedAt?: Date; redeemedStoreId?: string; redeemedBy?: string; closedReason?: string },
): Promise<CouponRow | undefined> {
  const [row] = await tx.update(coupons).set(changes).where(and(eq(coupons.id, id), eq(coupons.status, 'issued'))).returning();
  return row;
}

export async function listMemberCoupons(ex: Executor, customerId: string, limit: number): Promise<CouponRow[]> {
  return ex.select().from(coupons).where(eq(coupons.customerId, customerId)).orderBy(desc(coupons.issuedAt), desc(coupons.id)).limit(limit);
}

/** Issued coupons whose validity ended at or before `now` (one page). */
export async function selectOverdueCoupons(ex: Executor, now: Date, limit: number): Promise<CouponRow[]> {
  return ex
    .select()
    .from(coupons)
    .where(and(eq(coupons.status, 'issued'), lte(coupons.validUntil, now)))
    .orderBy(asc(coupons.validUntil))
    .limit(limit);
}

/** Marks the given issued coupons expired. */
export async function expireCoupons(tx: Tx, ids: string[], now: Date): Promise<number> {
  if (ids.length === 0) return 0;
  const rows = await tx
    .update(coupons)
    .set({ status: 'expired', closedReason: sql`'expired at ' || ${now.toISOString()}` })
    .where(and(inArray(coupons.id, ids), eq(coupons.status, 'issued')))
    .returning({ id: coupons.id });
  return rows.length;
}
