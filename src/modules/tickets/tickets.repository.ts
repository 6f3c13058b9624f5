import { and, asc, eq, getTableColumns, gt, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { Db, Tx } from '../../platform/db/database';
import { prepared } from '../../platform/db/prepared';
import { ticketChanges, tickets } from './tickets.schema';

type Executor = Db | Tx;
const t = tickets;

// Every column but the search vector, which only SQL reads and writes.
const { search: _search, ...ticketColumns } = getTableColumns(tickets);
export { ticketColumns };
export type TicketRow = Omit<typeof tickets.$inferSelect, 'search'>;
export type NewTicketRow = Omit<typeof tickets.$inferInsert, 'search' | 'number'>;
export type TicketChanges = Partial<Omit<NewTicketRow, 'id' | 'createdAt' | 'createdBy' | 'channel'>>;
export type ChangeRow = typeof ticketChanges.$inferSelect;

/** Segmented words (space-joined) of what a ticket says, by part. */
export interface TicketWords {
  subject: string;
  description: string;
}

/** The search vector of a subject (weight A) and description (B), plus `rest` (weight C words kept as they are). */
function vector(words: TicketWords, rest: SQL): SQL {
  return sql`setweight(to_tsvector('simple', ${words.subject}), 'A') || setweight(to_tsvector('simple', ${words.description}), 'B') || ${rest}`;
}

/** Inserts new tickets in one statement; answers their rows in the order given. */
export async function insertTickets(tx: Tx, items: { row: NewTicketRow; words: TicketWords }[]): Promise<TicketRow[]> {
  if (items.length === 0) return [];
  const created = await tx
    .insert(t)
    .values(items.map(({ row, words }) => ({ ...row, search: vector(words, sql`''::tsvector`) })))
    .returning(ticketColumns);
  const byId = new Map(created.map((c) => [c.id, c]));
  return items.map(({ row }) => byId.get(row.id!)!);
}

export async function findTicket(ex: Executor, id: string): Promise<TicketRow | undefined> {
  const [row] = await prepared(ex, 'ticket_by_id', (d) => d.select(ticketColumns).from(t).where(eq(t.id, sql.placeholder('id')))).execute({ id });
  return row;
}

/** Locks the ticket for a change in `tx`. */
export async function lockTicket(tx: Tx, id: string): Promise<TicketRow | undefined> {
  const [row] = await tx.select(ticketColumns).from(t).where(eq(t.id, id)).for('update');
  return row;
}

/**
 * Changes a ticket. With `words`, the subject and description parts of the search vector are
 * rebuilt and the conversation's words (weight C) kept.
 */
export async function updateTicket(tx: Tx, id: string, changes: TicketChanges, words?: TicketWords): Promise<TicketRow> {
  const search = words ? { search: vector(words, sql`ts_filter(${t.search}, '{c}')`) } : {};
  const [row] = await tx
    .update(t)
    .set({ ...changes, ...search })
    .where(eq(t.id, id))
    .returning(ticketColumns);
  return row!;
}

/** Adds conversation words (weight C) to the ticket's search vector and stamps updated_at. */
export async function appendSearchWords(tx: Tx, id: string, words: string, changes: TicketChanges): Promise<TicketRow> {
  const [row] = await tx
    .update(t)
    .set({ ...changes, ...(words ? { search: sql`${t.search} || setweight(to_tsvector('simple', ${words}), 'C')` } : {}) })
    .where(eq(t.id, id))
    .returning(ticketColumns);
  return row!;
}

export async function insertChanges(tx: Tx, rows: (typeof ticketChanges.$inferInsert)[]): Promise<void> {
  if (rows.length > 0) await tx.insert(ticketChanges).values(rows);
}

/** A ticket's change trail, oldest first, `limit + 1` rows after the cursor position. */
export async function listChanges(ex: Executor, ticketId: string, limit: number, after?: { at: Date; id: string }): Promise<ChangeRow[]> {
  const c = ticketChanges;
  return ex
    .select()
    .from(c)
    .where(and(eq(c.ticketId, ticketId), after ? or(gt(c.at, after.at), and(eq(c.at, after.at), gt(c.id, after.id))) : undefined))
    .orderBy(asc(c.at), asc(c.id))
    .limit(limit + 1);
}

/** The ids of the tickets with these numbers (`#100042`), by number; unknown numbers are left out. */
export async function ticketIdsByNumber(ex: Executor, numbers: number[]): Promise<Map<number, string>> {
  if (numbers.length === 0) return new Map();
  const rows = await ex
    .select({ id: t.id, number: t.number })
    .from(t)
    .where(sql`${t.number} = any(${sql.param(numbers)}::bigint[])`);
  return new Map(rows.map((r) => [r.number, r.id]));
}

/** Where these tickets sit (for a scope check by another module), one query; unknown ids are left out. */
export async function placementsOf(ex: Executor, ids: string[]): Promise<{ id: string; departmentId: string | null; assigneeId: string | null }[]> {
  if (ids.length === 0) return [];
  return ex.select({ id: t.id, departmentId: t.departmentId, assigneeId: t.assigneeId }).from(t).where(inArray(t.id, ids));
}

