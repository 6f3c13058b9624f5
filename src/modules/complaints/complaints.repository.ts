import { and, asc, count, eq, gte, lt, sql, type SQL } from 'drizzle-orm';
import type { Db, Tx } from '../../platform/db/database';
import { complaints as c, complaintSteps as s } from './complaints.schema';

export type ComplaintRow = typeof c.$inferSelect;
export type StepRow = typeof s.$inferSelect;
type Executor = Db | Tx;

export async function insertComplaint(tx: Tx, row: typeof c.$inferInsert): Promise<ComplaintRow | undefined> {
  const [created] = await tx.insert(c).values(row).onConflictDoNothing().returning();
  return created;
}

export async function findComplaint(ex: Executor, ticketId: string): Promise<ComplaintRow | undefined> {
  const [row] = await ex.select().from(c).where(eq(c.ticketId, ticketId));
  return row;
}

/** Locks the complaint for a step: two agents taking a step at once queue, the second sees the new stage. */
export async function lockComplaint(tx: Tx, ticketId: string): Promise<ComplaintRow | undefined> {
  const [row] = await tx.select().from(c).where(eq(c.ticketId, ticketId)).for('update');
  return row;
}

export async function updateComplaint(tx: Tx, ticketId: string, changes: Partial<typeof c.$inferInsert>): Promise<void> {
  await tx.update(c).set(changes).where(eq(c.ticketId, ticketId));
}

export async function insertStep(tx: Tx, row: typeof s.$inferInsert): Promise<void> {
  await tx.insert(s).values(row);
}

export async function listSteps(ex: Executor, ticketId: string): Promise<StepRow[]> {
  return ex.select().from(s).where(eq(s.ticketId, ticketId)).orderBy(asc(s.seq));
}

/** Counts of complaints received in [from, to) by one column. */
export async function countBy(ex: Executor, column: 'severity' | 'party' | 'cause' | 'stage', range: { from?: Date; to?: Date }) {
  const conditions: SQL[] = [];
  if (range.from) conditions.push(gte(c.receivedAt, range.from));
  if (range.to) conditions.push(lt(c.receivedAt, range.to));
  const key = c[column];
  return ex
    .select({ key, count: count() })
    .from(c)
    .where(conditions.length ? and(...conditions) : sql`true`)
    .groupBy(key)
    .orderBy(sql`count(*) desc`, key);
}
