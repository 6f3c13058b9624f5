import { and, desc, eq, gte, lt, or, type SQL } from 'drizzle-orm';
import type { Db, Tx } from '../db/database';
import type { TimeCursor } from '../auth/time-cursor';
import { auditLog } from './audit.schema';

export type AuditRow = typeof auditLog.$inferSelect;

/** Inserts one audit row. */
export async function insertAuditEntry(executor: Db | Tx, row: typeof auditLog.$inferInsert): Promise<void> {
  await executor.insert(auditLog).values(row);
}

export interface AuditFilter {
  action?: string;
  actorId?: string;
  targetType?: string;
  targetId?: string;
  from?: Date;
  to?: Date;
}

/** Newest first, `limit + 1` rows after the cursor (ties broken by id). */
export async function listAuditEntries(db: Db, filter: AuditFilter, limit: number, after?: TimeCursor): Promise<AuditRow[]> {
  const where: SQL[] = [];
  if (filter.action) where.push(eq(auditLog.action, filter.action));
  if (filter.actorId) where.push(eq(auditLog.actorId, filter.actorId));
  if (filter.targetType) where.push(eq(auditLog.targetType, filter.targetType));
  if (filter.targetId) where.push(eq(auditLog.targetId, filter.targetId));
  if (filter.from) where.push(gte(auditLog.at, filter.from));
  if (filter.to) where.push(lt(auditLog.at, filter.to));
  if (after) {
    const at = after.at;
    where.push(or(lt(auditLog.at, at), and(eq(auditLog.at, at), lt(auditLog.id, after.id)))!);
  }
  return db
    .select()
    .from(auditLog)
    .where(and(...where))
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(limit + 1);
}
