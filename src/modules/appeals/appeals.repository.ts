import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../platform/db/database';
import { scopeCondition } from '../tickets/ticket-list.repository';
import { tickets } from '../tickets/tickets.schema';
import type { TicketScope } from '../tickets/rules/ticket-scope';
import { appeals as a } from './appeals.schema';

type Executor = Db | Tx;

/** A row of the appeals list: the appeal's own columns the table shows, and its ticket's. */
export interface AppealListRow {
  id: string;
  ticketId: string;
  ticketNumber: number;
  ticketStatus: string;
  ticketPriority: string;
  gameAccount: string;
  score: number;
  status: string;
  decidedAt: Date | null;
  createdAt: Date;
}

/**
 * Appeals whose tickets the scope sees, in the given statuses (all when none), keyset-paged on
 * (created_at, id) oldest or newest first: one query, `limit + 1` rows.
 */
export function listAppealRows(
  ex: Executor,
  scope: TicketScope,
  statuses: readonly string[] | undefined,
  page: { newestFirst: boolean; limit: number; after?: { at: Date; id: string } },
): Promise<AppealListRow[]> {
  const key = page.after ? sql`(${page.after.at.toISOString()}::timestamptz, ${page.after.id}::uuid)` : undefined;
  const after = key ? (page.newestFirst ? sql`(${a.createdAt}, ${a.id}) < ${key}` : sql`(${a.createdAt}, ${a.id}) > ${key}`) : undefined;
  return ex
    .select({
      id: a.id,
      ticketId: a.ticketId,
      ticketNumber: tickets.number,
      ticketStatus: tickets.status,
      ticketPriority: tickets.priority,
      gameAccount: a.gameAccount,
      score: a.score,
      status: a.status,
      decidedAt: a.decidedAt,
      createdAt: a.createdAt,
    })
    .from(a)
    .innerJoin(tickets, eq(tickets.id, a.ticketId))
    .where(and(scopeCondition(scope), statuses?.length ? inArray(a.status, [...statuses]) : undefined, after))
    .orderBy(...(page.newestFirst ? [desc(a.createdAt), desc(a.id)] : [asc(a.createdAt), asc(a.id)]))
    .limit(page.limit + 1);
}
