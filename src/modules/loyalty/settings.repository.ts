import { eq } from 'drizzle-orm';
import type { Db, Tx } from '../../platform/db/database';
import { loyaltySettings } from './loyalty.schema';

export type SettingsRow = typeof loyaltySettings.$inferSelect;
export type SettingsChanges = Partial<Omit<SettingsRow, 'id' | 'updatedAt'>>;

const ROW_ID = 1;

/** The settings row; the column defaults when it was never saved. */
export async function findSettings(ex: Db | Tx, now: Date): Promise<SettingsRow> {
  const [row] = await ex.select().from(loyaltySettings).where(eq(loyaltySettings.id, ROW_ID));
  if (row) return row;
  return {
    id: ROW_ID,
    expiryPolicy: 'end_of_next_year',
    expiryMonths: 12,
    referrerPoints: 0,
    refereePoints: 0,
    referralThresholdCents: 0,
    referralWindowDays: 30,
    tierGraceDays: 0,
    updatedAt: now,
  };
}

export async function saveSettings(tx: Tx, changes: SettingsChanges, now: Date): Promise<SettingsRow> {
  const [row] = await tx
    .insert(loyaltySettings)
    .values({ ...changes, id: ROW_ID, updatedAt: now })
    .onConflictDoUpdate({ target: loyaltySettings.id, set: { ...changes, updatedAt: now } })
    .returning();
  return row!;
}
