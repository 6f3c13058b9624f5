import { asc, eq } from 'drizzle-orm';
import type { Db, Tx } from '../../platform/db/database';
import { customerFields } from './customers.schema';

type Executor = Db | Tx;
export type FieldRow = typeof customerFields.$inferSelect;
export type NewFieldRow = typeof customerFields.$inferInsert;

/** Every custom field definition, in display order. */
export async function listFields(ex: Executor): Promise<FieldRow[]> {
  return ex.select().from(customerFields).orderBy(asc(customerFields.sortOrder), asc(customerFields.key));
}

export async function findField(ex: Executor, id: string): Promise<FieldRow | undefined> {
  const [row] = await ex.select().from(customerFields).where(eq(customerFields.id, id));
  return row;
}

export async function insertField(ex: Executor, row: NewFieldRow): Promise<FieldRow> {
  const [created] = await ex.insert(customerFields).values(row).returning();
  return created!;
}

export async function updateField(ex: Executor, id: string, changes: Partial<NewFieldRow>): Promise<FieldRow> {
  const [row] = await ex.update(customerFields).set(changes).where(eq(customerFields.id, id)).returning();
  return row!;
}

export async function deleteField(ex: Executor, id: string): Promise<void> {
  await ex.delete(customerFields).where(eq(customerFields.id, id));
}
