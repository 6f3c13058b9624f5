import { and, eq, inArray } from 'drizzle-orm';
import type { Tx } from '../../platform/db/database';
import { tickets } from './tickets.schema';

const t = tickets;

/**
 * Gives up to `limit` of `fromId`'s tickets to `toId` (locked first; a ticket another run moved
 * meanwhile no longer matches), stamping `updated_at`. Answers the moved tickets' placement.
 */
export async function moveRequesterBatch(tx: Tx, fromId: string, toId: string, now: Date, limit: number) {
  const due = tx.select({ id: t.id }).from(t).where(eq(t.requesterId, fromId)).orderBy(t.id).limit(limit).for('update');
  return tx
    .update(t)
    .set({ requesterId: toId, updatedAt: now })
    .where(and(inArray(t.id, due), eq(t.requesterId, fromId)))
    .returning({ id: t.id, status: t.status, departmentId: t.departmentId, teamId: t.teamId, assigneeId: t.assigneeId });
}
