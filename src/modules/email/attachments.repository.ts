import { and, asc, eq } from 'drizzle-orm';
import type { Db, Tx } from '../../platform/db/database';
import { ticketAttachments } from './email.schema';

type Executor = Db | Tx;
const a = ticketAttachments;

export type AttachmentRow = typeof ticketAttachments.$inferSelect;
export type NewAttachmentRow = typeof ticketAttachments.$inferInsert;

export async function insertAttachments(tx: Tx, rows: NewAttachmentRow[]): Promise<void> {
  if (rows.length > 0) await tx.insert(a).values(rows);
}

/** A ticket's attachments, oldest first. */
export async function listAttachments(ex: Executor, ticketId: string): Promise<AttachmentRow[]> {
  return ex.select().from(a).where(eq(a.ticketId, ticketId)).orderBy(asc(a.createdAt), asc(a.id)).limit(500);
}

export async function findAttachment(ex: Executor, ticketId: string, id: string): Promise<AttachmentRow | undefined> {
  const [row] = await ex.select().from(a).where(and(eq(a.ticketId, ticketId), eq(a.id, id)));
  return row;
}
