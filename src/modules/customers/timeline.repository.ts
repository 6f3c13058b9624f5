import { and, desc, eq, gte, lt, or, type SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import type { Db, Tx } from '../../platform/db/database';
import { customerHistory, customerNotes } from './customers.schema';
import type { HistoryRow } from './customers.repository';
import type { NoteRow } from './notes.repository';

type Executor = Db | Tx;

export interface TimelineWindow {
  /** Inclusive. */
  from?: Date;
  /** Exclusive. */
  to?: Date;
  /** Only rows strictly older than this position (the last item of the previous page). */
  before?: { at: Date; id: string };
  limit: number;
}

function windowConditions(at: PgColumn, id: PgColumn, w: TimelineWindow): (SQL | undefined)[] {
  const where: (SQL | undefined)[] = [];
  if (w.from) where.push(gte(at, w.from));
  if (w.to) where.push(lt(at, w.to));
  if (w.before) where.push(or(lt(at, w.before.at), and(eq(at, w.before.at), lt(id, w.before.id))));
  return where;
}

/** Notes newest first within the window (customer_notes_customer_idx). */
export async function notesInWindow(ex: Executor, customerId: string, w: TimelineWindow): Promise<NoteRow[]> {
  const n = customerNotes;
  return ex
    .select()
    .from(n)
    .where(and(eq(n.customerId, customerId), ...windowConditions(n.createdAt, n.id, w)))
    .orderBy(desc(n.createdAt), desc(n.id))
    .limit(w.limit);
}

/** Profile history newest first within the window (customer_history_customer_idx). */
export async function historyInWindow(ex: Executor, customerId: string, w: TimelineWindow): Promise<HistoryRow[]> {
  const h = customerHistory;
  return ex
    .select()
    .from(h)
    .where(and(eq(h.customerId, customerId), ...windowConditions(h.at, h.id, w)))
    .orderBy(desc(h.at), desc(h.id))
    .limit(w.limit);
}
