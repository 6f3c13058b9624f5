import { decodeTimeCursor } from '../auth/time-cursor';
import type { Db } from '../db/database';
import { toPage } from '../http/pagination';
import { listAuditEntries, type AuditFilter } from './audit.repository';

/** A page of audit entries, newest first, as the API shows them. */
export async function listAudit(db: Db, filter: AuditFilter, limit: number, cursor?: string) {
  const rows = await listAuditEntries(db, filter, limit, decodeTimeCursor(cursor));
  const page = toPage(rows, limit, (r) => ({ k: r.at.toISOString(), id: r.id }));
  return { items: page.items.map((r) => ({ ...r, at: r.at.toISOString() })), nextCursor: page.nextCursor };
}
