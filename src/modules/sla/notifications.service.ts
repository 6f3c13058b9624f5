import type { ServiceDeps } from '../../app';
import { AppError } from '../../platform/http/app-error';
import { decodeCursor, toPage } from '../../platform/http/pagination';
import type { Notification, NotificationListQuery } from './sla.contracts';
import * as repo from './notifications.repository';

const present = (r: repo.NotificationRow): Notification => ({
  id: r.id,
  kind: r.kind,
  ticketId: r.ticketId,
  title: r.title,
  body: r.body,
  readAt: r.readAt?.toISOString() ?? null,
  createdAt: r.createdAt.toISOString(),
});

/** The signed-in user's notifications, newest first, with how many are unread. */
export async function listNotifications(
  deps: Pick<ServiceDeps, 'database'>,
  userId: string,
  query: NotificationListQuery,
): Promise<{ items: Notification[]; nextCursor: string | null; unread: number }> {
  const limit = query.limit ?? 50;
  const pos = decodeCursor(query.cursor);
  const after = pos ? { at: new Date(String(pos.k)), id: pos.id } : undefined;
  if (after && Number.isNaN(after.at.getTime())) throw new AppError('invalid_cursor');
  const rows = await repo.listForUser(deps.database.db, userId, { unread: query.unread, limit, after });
  const page = toPage(rows, limit, (r) => ({ k: r.createdAt.toISOString(), id: r.id }));
  return { items: page.items.map(present), nextCursor: page.nextCursor, unread: await repo.unreadCount(deps.database.db, userId) };
}

/** Marks one of the user's notifications read; another user's answers 404 like a missing one. */
export async function readNotification(deps: Pick<ServiceDeps, 'database' | 'clock'>, userId: string, id: string): Promise<Notification> {
  const row = await deps.database.db.transaction((tx) => repo.markRead(tx, userId, id, deps.clock.now()));
  if (!row) throw new AppError('notification_not_found');
  return present(row);
}

/** Marks all the user's unread notifications read (those read earlier keep their time); answers how many. */
export async function readAllNotifications(deps: Pick<ServiceDeps, 'database' | 'clock'>, userId: string): Promise<{ read: number }> {
  const read = await deps.database.db.transaction((tx) => repo.markAllRead(tx, userId, deps.clock.now()));
  return { read };
}
