import { asc, eq } from 'drizzle-orm';
import type { Db, Tx } from '../../platform/db/database';
import { loyaltyCampaigns, loyaltyCursor, loyaltyEarningRules } from './loyalty.schema';

type Executor = Db | Tx;
export type EarningRuleRow = typeof loyaltyEarningRules.$inferSelect;
export type NewEarningRuleRow = typeof loyaltyEarningRules.$inferInsert;
export type CampaignRow = typeof loyaltyCampaigns.$inferSelect;
export type NewCampaignRow = typeof loyaltyCampaigns.$inferInsert;

export async function listRules(ex: Executor): Promise<EarningRuleRow[]> {
  return ex.select().from(loyaltyEarningRules).orderBy(asc(loyaltyEarningRules.createdAt), asc(loyaltyEarningRules.id));
}

export async function findRule(ex: Executor, id: string): Promise<EarningRuleRow | undefined> {
  const [row] = await ex.select().from(loyaltyEarningRules).where(eq(loyaltyEarningRules.id, id));
  return row;
}

export async function insertRule(tx: Tx, row: NewEarningRuleRow): Promise<EarningRuleRow> {
  const [created] = await tx.insert(loyaltyEarningRules).values(row).returning();
  return created!;
}

export async function updateRule(tx: Tx, id: string, changes: Partial<NewEarningRuleRow>): Promise<EarningRuleRow | undefined> {
  const [row] = await tx.update(loyaltyEarningRules).set(changes).where(eq(loyaltyEarningRules.id, id)).returning();
  return row;
}

export async function listCampaigns(ex: Executor): Promise<CampaignRow[]> {
  return ex.select().from(loyaltyCampaigns).orderBy(asc(loyaltyCampaigns.startsAt), asc(loyaltyCampaigns.id));
}

export async function insertCampaign(tx: Tx, row: NewCampaignRow): Promise<CampaignRow> {
  const [created] = await tx.insert(loyaltyCampaigns).values(row).returning();
  return created!;
}

export async function updateCampaign(tx: Tx, id: string, changes: Partial<NewCampaignRow>): Promise<CampaignRow | undefined> {
  const [row] = await tx.update(loyaltyCampaigns).set(changes).where(eq(loyaltyCampaigns.id, id)).returning();
  return row;
}

/** Locks the earning cursor (creating it first): concurrent earning runs wait for each other. */
export async function lockCursor(tx: Tx, now: Date): Promise<string | null> {
  await tx.insert(loyaltyCursor).values({ id: 1, lastEventId: null, updatedAt: now }).onConflictDoNothing({ target: loyaltyCursor.id });
  const [row] = await tx.select({ lastEventId: loyaltyCursor.lastEventId }).from(loyaltyCursor).where(eq(loyaltyCursor.id, 1)).for('update');
  return row?.lastEventId ?? null;
}

export async function moveCursor(tx: Tx, lastEventId: string, now: Date): Promise<void> {
  await tx.update(loyaltyCursor).set({ lastEventId, updatedAt: now }).where(eq(loyaltyCursor.id, 1));
}

/** Where the cursor is, without locking (null before the first run). */
export async function readCursor(ex: Executor): Promise<string | null> {
  const [row] = await ex.select({ lastEventId: loyaltyCursor.lastEventId }).from(loyaltyCursor).where(eq(loyaltyCursor.id, 1));
  return row?.lastEventId ?? null;
}
