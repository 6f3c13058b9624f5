import { and, asc, eq, gt, or, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../platform/db/database';
import { prepared } from '../../platform/db/prepared';
import { ticketLinks, ticketMessages, tickets } from './tickets.schema';

type Executor = Db | Tx;
const m = ticketMessages;
const l = ticketLinks;

export type MessageRow = typeof ticketMessages.$inferSelect;
export type NewMessageRow = typeof ticketMessages.$inferInsert;
export interface LinkView {
  ticketId: string;
  kind: string;
  createdAt: Date;
  number: number;
  status: string;
}

export async function findMessage(ex: Executor, id: string): Promise<MessageRow | undefined> {
  const [row] = await ex.select().from(m).where(eq(m.id, id));
  return row;
}

/** Whether a message from outside (mail Message-ID, forum post id) is already on the ticket. */
export async function hasExternalRef(ex: Executor, ticketId: string, externalRef: string): Promise<boolean> {
  const [row] = await ex.select({ id: m.id }).from(m).where(and(eq(m.ticketId, ticketId), eq(m.externalRef, externalRef)));
  return row !== undefined;
}

export async function insertMessages(tx: Tx, rows: NewMessageRow[]): Promise<MessageRow[]> {
  if (rows.length === 0) return [];
  return tx.insert(m).values(rows).returning();
}

/** A ticket's conversation, oldest first, `limit + 1` rows after the cursor position. */
export async function listMessages(ex: Executor, ticketId: string, limit: number, after?: { at: Date; id: string }): Promise<MessageRow[]> {
  return ex
    .select()
    .from(m)
    .where(and(eq(m.ticketId, ticketId), after ? or(gt(m.createdAt, after.at), and(eq(m.createdAt, after.at), gt(m.id, after.id))) : undefined))
    .orderBy(asc(m.createdAt), asc(m.id))
    .limit(limit + 1);
}

/** Moves a ticket's whole conversation to another ticket (merge); answers the moved messages. */
export async function moveMessages(tx: Tx, fromTicketId: string, toTicketId: string): Promise<MessageRow[]> {
  return tx.update(m).set({ ticketId: toTicketId }).where(eq(m.ticketId, fromTicketId)).returning();
}

const pair = (a: string, b: string) => (a < b ? { lowId: a, highId: b } : { lowId: b, highId: a });

/** Links two tickets, or changes the kind of their link. */
export async function upsertLink(tx: Tx, a: string, b: string, kind: string, createdBy: string, at: Date): Promise<void> {
  await tx
    .insert(l)
    .values({ ...pair(a, b), kind, createdBy, createdAt: at })
    .onConflictDoUpdate({ target: [l.lowId, l.highId], set: { kind } });
}

export async function deleteLink(tx: Tx, a: string, b: string): Promise<boolean> {
  const { lowId, highId } = pair(a, b);
  const rows = await tx.delete(l).where(and(eq(l.lowId, lowId), eq(l.highId, highId))).returning({ lowId: l.lowId });
  return rows.length > 0;
}

/** The tickets linked to this one, with their number and status, oldest link first. */
export async function linksOf(ex: Executor, ticketId: string): Promise<LinkView[]> {
  const id = sql.placeholder('id');
  const other = sql<string>`case when ${l.lowId} = ${id}::uuid then ${l.highId} else ${l.lowId} end`;
  const query = prepared(ex, 'ticket_links_of', (d) =>
    d
      .select({ ticketId: tickets.id, kind: l.kind, createdAt: l.createdAt, number: tickets.number, status: tickets.status })
      .from(l)
      .innerJoin(tickets, eq(tickets.id, other))
      .where(sql`${l.lowId} = ${id}::uuid or ${l.highId} = ${id}::uuid`)
      .orderBy(asc(l.createdAt), asc(tickets.id)),
  );
  return query.execute({ id: ticketId });
}
