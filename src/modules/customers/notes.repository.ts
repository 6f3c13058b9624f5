import { asc, desc, eq } from 'drizzle-orm';
import type { Db, Tx } from '../../platform/db/database';
import { customerNotes } from './customers.schema';

type Executor = Db | Tx;
export type NoteRow = typeof customerNotes.$inferSelect;

/** A customer's notes, newest first. */
export async function listNotes(ex: Executor, customerId: string, limit: number): Promise<NoteRow[]> {
  return ex
    .select()
    .from(customerNotes)
    .where(eq(customerNotes.customerId, customerId))
    .orderBy(desc(customerNotes.createdAt), desc(customerNotes.id))
    .limit(limit);
}

export async function insertNote(ex: Executor, row: typeof customerNotes.$inferInsert): Promise<NoteRow> {
  const [created] = await ex.insert(customerNotes).values(row).returning();
  return created!;
}

/** All of a customer's notes, oldest first (data-subject export). */
export async function allNotesOf(ex: Executor, customerId: string): Promise<NoteRow[]> {
  return ex.select().from(customerNotes).where(eq(customerNotes.customerId, customerId)).orderBy(asc(customerNotes.createdAt), asc(customerNotes.id));
}
