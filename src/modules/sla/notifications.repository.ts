import { and, desc, eq, isNull, lt, or, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../platform/db/database';
import { notifications } from './sla.schema';

type Executor = Db | Tx;
export type NotificationRow = typeof notifications.$inferSelect;
export type NewNotificationRow = typeof notifications.$inferInsert;

/** Inserts notifications; one already given to the same user under the same key is skipped. Answers the new ones. */
export async function insertNotifications(tx: Tx, rows: NewNotificationRow[]): Promise<NotificationRow[]> {
  if (rows.length === 0) return [];
  return tx.insert(notifications).values(rows).onConflictDoNothing().returning();
}

/** A user's notifications, newest first, keyset-paged on (created_at, id). */
export async function listForUser(ex: Executor, userId: string, opts: { unread?: boolean; limit: number; after?: { at: Date; id: string } }): Promise<NotificationRow[]> {
  const n = notifications;
  return ex
    .select()
    .from(n)
    .where(
      and(
        eq(n.userId, userId),
        opts.unread ? isNull(n.readAt) : undefined,
        opts.after ? or(lt(n.createdAt, opts.after.at), and(eq(n.createdAt, opts.after.at), lt(n.id, opts.after.id))) : undefined,
      ),
    )
    .orderBy(desc(n.createdAt), desc(n.id))
    .limit(opts.limit + 1);
}

/** Marks a user's notification read (once; reading again keeps the first time). */
export async function markRead(tx: Tx, userId: string, id: string, at: Date): Promise<NotificationRow | undefined> {
  const [row] = await tx
    .update(notifications)
    .set({ readAt: sql`coalesce(${notifications.readAt}, ${at.toISOString()}::timestamptz)` })
    .where(and(eq(notifications.id, id), eq(notifications.userId, userId)))
    .returning();
  return row;
}

/** Marks every unread notification of a user read at `at`; answers how many were. */
export async function markAllRead(tx: Tx, userId: string, at: Date): Promise<number> {
  const rows = await tx
    .update(notifications)
    .set({ readAt: at })
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)))
    .returning({ id: notifications.id });
  return rows.length;
}

export async function unreadCount(ex: Executor, userId: string): Promise<number> {
  const [row] = await ex.select({ n: sql<number>`count(*)::int` }).from(notifications).where(and(eq(notifications.userId, userId), isNull(notifications.readAt)));
  return Number(row?.n ?? 0);
}

/** Notifications whose e-mail copy is still to go, with the address and name of their user. */
export async function pendingEmails(ex: Executor, limit: number): Promise<{ id: string; title: string; body: string; email: string; name: string }[]> {
  const rows = await ex.execute(sql`
    select n.id, n.title, n.body, u.email, u.name from notifications n join users u on u.id = n.user_id
    where n.email_status = 'pending' order by n.created_at, n.id limit ${limit}`);
  return (rows as unknown as { rows: { id: string; title: string; body: string; email: string; name: string }[] }).rows;
}

/** Moves a pending e-mail to `sent` or `skipped`; false when it was no longer pending. */
export async function settleEmail(ex: Executor, id: string, status: 'sent' | 'skipped'): Promise<boolean> {
  const rows = await ex
    .update(notifications)
    .set({ emailStatus: status })
    .where(and(eq(notifications.id, id), eq(notifications.emailStatus, 'pending')))
    .returning({ id: notifications.id });
  return rows.length > 0;
}
