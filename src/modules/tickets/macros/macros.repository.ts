import { and, asc, eq, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { Db, Tx } from '../../../platform/db/database';
import { ticketMacros as m } from './macros.schema';

type Executor = Db | Tx;

export type MacroRow = typeof m.$inferSelect;
export type NewMacroRow = typeof m.$inferInsert;
export type MacroChanges = Partial<Omit<NewMacroRow, 'id' | 'ownerId' | 'createdAt'>>;

/** Shared macros and the personal ones of `userId` (none for an API key), shared first, by position. */
export async function listVisibleMacros(ex: Executor, userId: string | null, active?: boolean): Promise<MacroRow[]> {
  const mine: SQL = userId ? or(isNull(m.ownerId), eq(m.ownerId, userId))! : isNull(m.ownerId);
  const where = active === undefined ? mine : and(mine, eq(m.active, active));
  return ex.select().from(m).where(where).orderBy(sql`${m.ownerId} is not null`, asc(m.position), asc(m.nameEn), asc(m.id));
}

export async function findMacro(ex: Executor, id: string): Promise<MacroRow | undefined> {
  const [row] = await ex.select().from(m).where(eq(m.id, id));
  return row;
}

export async function insertMacro(tx: Tx, row: NewMacroRow): Promise<MacroRow> {
  const [created] = await tx.insert(m).values(row).returning();
  return created!;
}

export async function updateMacro(tx: Tx, id: string, changes: MacroChanges): Promise<MacroRow | undefined> {
  const [row] = await tx.update(m).set(changes).where(eq(m.id, id)).returning();
  return row;
}

export async function deleteMacro(tx: Tx, id: string): Promise<void> {
  await tx.delete(m).where(eq(m.id, id));
}
