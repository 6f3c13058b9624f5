import { and, asc, desc, eq, gte, inArray, isNotNull, isNull, lt, or, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../platform/db/database';
import { ticketMessages, tickets } from '../tickets/tickets.schema';
import { emailMessages } from './email.schema';

type Executor = Db | Tx;
const e = emailMessages;

export type EmailRow = typeof emailMessages.$inferSelect;
export type NewEmailRow = typeof emailMessages.$inferInsert;

/**
 * Claims an inbound Message-ID for processing: true when this delivery is the first (or takes
 * over a claim that never got its ticket and is older than `staleBefore`: a crash mid-way).
 */
export async function claimInbound(ex: Executor, row: NewEmailRow, staleBefore: Date): Promise<boolean> {
  const rows = await ex
    .insert(e)
    .values(row)
    .onConflictDoUpdate({
      target: e.messageId,
      set: { id: row.id, at: row.at },
      setWhere: and(eq(e.direction, 'in'), isNull(e.ticketId), lt(e.at, staleBefore)),
    })
    .returning({ id: e.id });
  return rows.length > 0;
}

/** Lets a delivery that failed be processed again when the sender retries. */
export async function releaseClaim(ex: Executor, id: string): Promise<void> {
  await ex.delete(e).where(and(eq(e.id, id), isNull(e.ticketId)));
}

export async function attachInbound(tx: Tx, id: string, ticketId: string, ticketMessageId: string | null, kind: string): Promise<void> {
  await tx.update(e).set({ ticketId, ticketMessageId, kind }).where(eq(e.id, id));
}

/** Which tickets these Message-IDs (ours or the customers') belong to. */
export async function ticketsOfMessageIds(ex: Executor, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await ex.select({ messageId: e.messageId, ticketId: e.ticketId }).from(e).where(and(inArray(e.messageId, ids), isNotNull(e.ticketId)));
  return new Map(rows.map((r) => [r.messageId, r.ticketId!]));
}

/** Inbound mails from an address since a time (the per-sender cap). */
export async function countInboundSince(ex: Executor, fromAddress: string, since: Date): Promise<number> {
  const [row] = await ex
    .select({ n: sql<number>`count(*)::int` })
    .from(e)
    .where(and(eq(e.direction, 'in'), eq(e.fromAddress, fromAddress), gte(e.at, since)));
  return row?.n ?? 0;
}

/** Queues an outbound mail; null when this conversation message was queued already. */
export async function insertOutbound(ex: Executor, row: NewEmailRow): Promise<EmailRow | null> {
  const [created] = await ex.insert(e).values(row).onConflictDoNothing().returning();
  return created ?? null;
}

/** The ticket's mails, oldest first (the last 20): the thread for In-Reply-To and References. */
export async function threadOf(ex: Executor, ticketId: string): Promise<Pick<EmailRow, 'messageId' | 'direction' | 'fromAddress'>[]> {
  const rows = await ex
    .select({ messageId: e.messageId, direction: e.direction, fromAddress: e.fromAddress })
    .from(e)
    .where(eq(e.ticketId, ticketId))
    .orderBy(desc(e.at), desc(e.id))
    .limit(20);
  return rows.reverse();
}

/**
 * Claims up to `limit` unsent outbound mails whose time has come (never claimed, or the claim
 * lapsed): each claimed row is this sender's until `leaseUntil`. Rows another sender holds
 * are skipped, so two nodes never send the same mail at once.
 */
export async function claimDue(ex: Executor, now: Date, leaseUntil: Date, limit: number, maxAttempts: number, onlyIds?: string[]): Promise<EmailRow[]> {
  const due = ex
    .select({ id: e.id })
    .from(e)
    .where(
      and(
        eq(e.direction, 'out'),
        isNull(e.sentAt),
        lt(e.attempts, maxAttempts),
        or(isNull(e.claimedUntil), lt(e.claimedUntil, now)),
        onlyIds ? inArray(e.id, onlyIds) : undefined,
      ),
    )
    .orderBy(asc(e.at))
    .limit(limit)
    .for('update', { skipLocked: true });
  return ex
    .update(e)
    .set({ claimedUntil: leaseUntil, attempts: sql`${e.attempts} + 1` })
    .where(inArray(e.id, due))
    .returning();
}

export async function markSent(ex: Executor, id: string, at: Date): Promise<void> {
  await ex.update(e).set({ sentAt: at, claimedUntil: null, lastError: null }).where(eq(e.id, id));
}

/** A failed send waits until `retryAt` (the claim doubles as the back-off). */
export async function markFailed(ex: Executor, id: string, error: string, retryAt: Date): Promise<void> {
  await ex.update(e).set({ claimedUntil: retryAt, lastError: error.slice(0, 500) }).where(eq(e.id, id));
}

/**
 * Staff public replies on email tickets changed since `since` that were never queued (the
 * process stopped between the reply's commit and its event): found through the tickets'
 * `updated_at` index, which every reply stamps. A documented read of the tickets module's tables.
 */
export async function unqueuedReplies(ex: Executor, since: Date, limit: number): Promise<{ ticketId: string; messageId: string }[]> {
  const m = ticketMessages;
  return ex
    .select({ ticketId: m.ticketId, messageId: m.id })
    .from(tickets)
    .innerJoin(m, and(eq(m.ticketId, tickets.id), eq(m.kind, 'public_reply'), gte(m.createdAt, since)))
    .leftJoin(e, eq(e.ticketMessageId, m.id))
    .where(and(gte(tickets.updatedAt, since), eq(tickets.channel, 'email'), sql`${m.authorType} <> 'customer'`, isNull(e.id)))
    .orderBy(asc(m.createdAt))
    .limit(limit);
}

/** A ticket's mails both ways, oldest first (at most 200: the most recent); at the same instant a mail before its answer. */
export async function mailsOfTicket(ex: Executor, ticketId: string): Promise<EmailRow[]> {
  const rows = await ex.select().from(e).where(eq(e.ticketId, ticketId)).orderBy(desc(e.at), desc(e.direction), desc(e.id)).limit(200);
  return rows.reverse();
}
