import { and, asc, desc, eq, gte, inArray, isNotNull, isNull, lt, or, sql, type SQL } from 'drizzle-orm';
import type { Db, Tx } from '../../platform/db/database';
import type { TicketSort } from './tickets.contracts';
import { ticketColumns, type TicketRow } from './tickets.repository';

// What a list row shows: every column but the description, custom values and creator, which
// only the whole ticket carries (less to read and parse for a page of 50).
const { description: _d, custom: _c, createdBy: _b, ...summaryColumns } = ticketColumns;
export type SummaryRow = Omit<TicketRow, 'description' | 'custom' | 'createdBy'>;
import { tickets } from './tickets.schema';
import type { TicketScope } from './rules/ticket-scope';

type Executor = Db | Tx;
const t = tickets;

/** Filters of a list or search, already checked (ids, the caller's own id for `me`). */
export interface TicketFilter {
  status?: string[];
  priority?: string[];
  channel?: string[];
  categoryIds?: string[];
  departmentId?: string | null;
  teamId?: string;
  assigneeId?: string | null;
  requesterId?: string;
  tag?: string;
  number?: number;
  createdFrom?: Date;
  createdTo?: Date;
  archived: boolean;
}

/** The tickets a scope may see, as a condition (none for `tickets:read_all`). */
export function scopeCondition(scope: TicketScope): SQL | undefined {
  if (scope.all) return undefined;
  const parts: SQL[] = [];
  if (scope.departmentIds.length > 0) parts.push(inArray(t.departmentId, [...scope.departmentIds]));
  if (scope.userId) parts.push(eq(t.assigneeId, scope.userId));
  return parts.length > 0 ? or(...parts) : sql`false`;
}

function filterConditions(f: TicketFilter): (SQL | undefined)[] {
  return [
    f.archived ? isNotNull(t.archivedAt) : isNull(t.archivedAt),
    f.status?.length ? inArray(t.status, f.status) : undefined,
    f.priority?.length ? inArray(t.priority, f.priority) : undefined,
    f.channel?.length ? inArray(t.channel, f.channel) : undefined,
    f.categoryIds ? inArray(t.categoryId, f.categoryIds) : undefined,
    f.departmentId === null ? isNull(t.departmentId) : f.departmentId ? eq(t.departmentId, f.departmentId) : undefined,
    f.teamId ? eq(t.teamId, f.teamId) : undefined,
    f.assigneeId === null ? isNull(t.assigneeId) : f.assigneeId ? eq(t.assigneeId, f.assigneeId) : undefined,
    f.requesterId ? eq(t.requesterId, f.requesterId) : undefined,
    f.tag ? sql`${t.tags} @> array[${f.tag}]::text[]` : undefined,
    f.number ? eq(t.number, f.number) : undefined,
    f.createdFrom ? gte(t.createdAt, f.createdFrom) : undefined,
    f.createdTo ? lt(t.createdAt, f.createdTo) : undefined,
  ];
}

const sortColumn = (sort: TicketSort) => (sort.endsWith('updatedAt') ? t.updatedAt : t.createdAt);
const descending = (sort: TicketSort) => sort.startsWith('-');

/** A page of visible tickets in sort order (keyset on the sort time and id), `limit + 1` rows. */
export async function listTicketRows(
  ex: Executor,
  scope: TicketScope,
  f: TicketFilter,
  page: { sort: TicketSort; limit: number; after?: { at: Date; id: string } },
): Promise<SummaryRow[]> {
  const col = sortColumn(page.sort);
  const down = descending(page.sort);
  const key = page.after ? sql`(${page.after.at.toISOString()}::timestamptz, ${page.after.id}::uuid)` : undefined;
  const after = key ? (down ? sql`(${col}, ${t.id}) < ${key}` : sql`(${col}, ${t.id}) > ${key}`) : undefined;
  return ex
    .select(summaryColumns)
    .from(t)
    .where(and(scopeCondition(scope), ...filterConditions(f), after))
    .orderBy(...(down ? [desc(col), desc(t.id)] : [asc(col), asc(t.id)]))
    .limit(page.limit + 1);
}

export type SearchRow = SummaryRow & { rank: number };

/**
 * How many matches a search ranks: the most recently updated ones. Ranking every match of a
 * common word (10 % of 100k tickets) reads thousands of rows; the newest few hundred come off
 * the `updated_at` index, or from the GIN index for a rarer word, in about a millisecond.
 */
export const SEARCH_CANDIDATES = 250;

/**
 * Visible tickets whose words hold every query word (`words`: space-joined, as indexed), best
 * first (ts_rank, then the newest: ids are UUIDv7), `limit + 1` rows after the cursor. Only the
 * `SEARCH_CANDIDATES` most recently updated matches are ranked. Merged tickets are left out:
 * their words live on in the ticket they were merged into.
 */
export async function searchTicketRows(
  ex: Executor,
  scope: TicketScope,
  f: TicketFilter,
  words: string,
  page: { limit: number; after?: { rank: number; id: string } },
): Promise<SearchRow[]> {
  const query = sql`plainto_tsquery('simple', ${words})`;
  const candidates = ex
    .select({ id: t.id, words: sql`${t.search}`.as('words') })
    .from(t)
    .where(and(sql`${t.search} @@ ${query}`, isNull(t.mergedIntoId), scopeCondition(scope), ...filterConditions(f)))
    .orderBy(desc(t.updatedAt), desc(t.id))
    .limit(SEARCH_CANDIDATES)
    .as('candidates');
  // Ranked outside the candidates, so only they are ranked whatever plan finds them; only the
  // page's rows are joined back for their columns.
  const rank = sql<number>`ts_rank(${candidates.words}, ${query})`;
  const after = page.after ? sql`(${rank}, ${candidates.id}) < (${page.after.rank}::real, ${page.after.id}::uuid)` : undefined;
  const ranked = ex
    .select({ id: candidates.id, rank: rank.as('rank') })
    .from(candidates)
    .where(after)
    .orderBy(desc(rank), desc(candidates.id))
    .limit(page.limit + 1)
    .as('ranked');
  return ex
    .select({ ...summaryColumns, rank: ranked.rank })
    .from(ranked)
    .innerJoin(t, eq(t.id, ranked.id))
    .orderBy(desc(ranked.rank), desc(ranked.id));
}

export interface CountRow {
  departmentId: string | null;
  status: string;
  mine: boolean;
  unassigned: boolean;
  n: number;
}

/** Visible, unarchived tickets counted by department, status, mine and unassigned: one query for every view count. */
export async function countTickets(ex: Executor, scope: TicketScope, userId: string | null): Promise<CountRow[]> {
  const mine = userId ? sql<boolean>`coalesce(${t.assigneeId} = ${userId}, false)` : sql<boolean>`false`;
  const unassigned = sql<boolean>`${t.assigneeId} is null`;
  return ex
    .select({ departmentId: t.departmentId, status: t.status, mine, unassigned, n: sql<number>`count(*)::int` })
    .from(t)
    .where(and(isNull(t.archivedAt), scopeCondition(scope)))
    // By position: `mine` holds a parameter, and a repeated expression would be another one.
    .groupBy(sql`1, 2, 3, 4`);
}
