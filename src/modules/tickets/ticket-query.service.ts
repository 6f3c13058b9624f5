import type { Db } from '../../platform/db/database';
import { toPage } from '../../platform/http/pagination';
import { listCategories } from './ticket-categories.repository';
import { readTicket, visibleTicket } from './ticket-access';
import type { TicketContext, TicketDeps } from './ticket-context';
import { rankCursor, timeCursor } from './ticket-cursors';
import { countTickets, listTicketRows, searchTicketRows, type SummaryRow, type TicketFilter } from './ticket-list.repository';
import { requesterSummaries } from './ticket-refs';
import { presentTicketSummary } from './ticket-view';
import type { Ticket, TicketFilterQuery, TicketListQuery, TicketSearchQuery, TicketSummary, TicketViews } from './tickets.contracts';
import { searchQuery } from './search-tokens';
import { withDescendants } from './rules/category-tree';
import { isUnsolved, ticketStatuses, type TicketStatus } from './rules/ticket-status';

/** `assigneeId=me` for a caller that is no staff user (an API key) matches nobody. */
const NOBODY = '00000000-0000-0000-0000-000000000000';

/** One ticket the caller may see (404 otherwise), with its requester masked for the viewer. */
export async function getTicket(deps: Pick<TicketDeps, 'database'>, ctx: TicketContext, id: string): Promise<Ticket> {
  const db = deps.database.db;
  return readTicket(db, ctx, await visibleTicket(db, ctx, id));
}

/** The filters of a list or search query, typed: `me`/`none` resolved, a category with its sub-categories. */
async function filterOf(db: Db, ctx: TicketContext, q: TicketFilterQuery): Promise<TicketFilter> {
  return {
    status: q.status,
    priority: q.priority,
    channel: q.channel,
    categoryIds: q.categoryId ? withDescendants(await listCategories(db), q.categoryId) : undefined,
    departmentId: q.departmentId === 'none' ? null : q.departmentId,
    teamId: q.teamId,
    assigneeId: q.assigneeId === 'none' ? null : q.assigneeId === 'me' ? (ctx.userId ?? NOBODY) : q.assigneeId,
    requesterId: q.requesterId,
    tag: q.tag?.trim(),
    number: q.number,
    createdFrom: q.createdFrom ? new Date(q.createdFrom) : undefined,
    createdTo: q.createdTo ? new Date(q.createdTo) : undefined,
    archived: q.archived ?? false,
  };
}

async function summaries(db: Db, ctx: TicketContext, rows: SummaryRow[]): Promise<TicketSummary[]> {
  const requesters = await requesterSummaries(db, rows.map((r) => r.requesterId), ctx.viewer);
  return rows.map((r) => presentTicketSummary(r, requesters.get(r.requesterId)));
}

/** A page of the tickets the caller may see, filtered, newest change first unless sorted otherwise. */
export async function listTickets(deps: Pick<TicketDeps, 'database'>, ctx: TicketContext, query: TicketListQuery) {
  const db = deps.database.db;
  const limit = query.limit ?? 50;
  const sort = query.sort ?? '-updatedAt';
  const rows = await listTicketRows(db, ctx.scope, await filterOf(db, ctx, query), { sort, limit, after: timeCursor(query.cursor) });
  const byUpdate = sort.endsWith('updatedAt');
  const page = toPage(rows, limit, (r) => ({ k: (byUpdate ? r.updatedAt : r.createdAt).toISOString(), id: r.id }));
  return { items: await summaries(db, ctx, page.items), nextCursor: page.nextCursor };
}

/**
 * Full-text search over subject, description and the public conversation (Chinese segmented
 * with jieba), within the caller's scope and the same filters as the list; best match first.
 * A query without any word finds nothing.
 */
export async function searchTickets(deps: Pick<TicketDeps, 'database'>, ctx: TicketContext, query: TicketSearchQuery) {
  const db = deps.database.db;
  const limit = query.limit ?? 50;
  const words = searchQuery(query.q);
  if (!words) return { items: [], nextCursor: null };
  const rows = await searchTicketRows(db, ctx.scope, await filterOf(db, ctx, query), words, { limit, after: rankCursor(query.cursor) });
  const page = toPage(rows, limit, (r) => ({ k: r.rank, id: r.id }));
  const items = await summaries(db, ctx, page.items);
  return { items: items.map((item, i) => ({ ...item, rank: page.items[i]!.rank })), nextCursor: page.nextCursor };
}

/**
 * The counts behind the console's views, in one query over the caller's unarchived tickets:
 * unsolved ones assigned to the caller, unsolved unassigned ones, every status, and unsolved
 * ones per department (null: not routed yet).
 */
export async function ticketViews(deps: Pick<TicketDeps, 'database'>, ctx: TicketContext): Promise<TicketViews> {
  const rows = await countTickets(deps.database.db, ctx.scope, ctx.userId);
  const byStatus = Object.fromEntries(ticketStatuses.map((s) => [s, 0])) as TicketViews['byStatus'];
  const byDepartment = new Map<string | null, number>();
  let mineOpen = 0;
  let unassigned = 0;
  for (const r of rows) {
    const status = r.status as TicketStatus;
    byStatus[status] += r.n;
    if (!isUnsolved(status)) continue;
    if (r.mine) mineOpen += r.n;
    if (r.unassigned) unassigned += r.n;
    byDepartment.set(r.departmentId, (byDepartment.get(r.departmentId) ?? 0) + r.n);
  }
  return {
    mineOpen,
    unassigned,
    byStatus,
    byDepartment: [...byDepartment]
      .map(([departmentId, unsolved]) => ({ departmentId, unsolved }))
      .sort((a, b) => b.unsolved - a.unsolved || String(a.departmentId).localeCompare(String(b.departmentId))),
  };
}
