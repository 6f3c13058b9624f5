import { and, desc, eq, gt, isNull, lt, ne, sql } from 'drizzle-orm';
import { prepared } from '../db/prepared';
import type { Db, Tx } from '../db/database';
import { sessions, users } from './auth.schema';
import { publicUserColumns, type UserRecord } from './users.repository';

export type SessionRow = typeof sessions.$inferSelect;

export async function insertSession(tx: Db | Tx, row: typeof sessions.$inferInsert): Promise<void> {
  await tx.insert(sessions).values(row);
}

/** The session and its user in one round trip; validity is decided by the caller. Runs on every request. */
export async function findSessionWithUser(db: Db, id: string): Promise<{ session: SessionRow; user: UserRecord } | undefined> {
  const query = prepared(db, 'session_with_user', (d) =>
    d
      .select({ session: sessions, user: publicUserColumns })
      .from(sessions)
      .innerJoin(users, eq(users.id, sessions.userId))
      .where(eq(sessions.id, sql.placeholder('id'))),
  );
  const [row] = await query.execute({ id });
  return row;
}

/** Moves last_seen_at forward only if it is older than `staleBefore`, so reads rarely write. */
export async function touchSession(db: Db, id: string, now: Date, staleBefore: Date): Promise<void> {
  await db
    .update(sessions)
    .set({ lastSeenAt: now })
    .where(and(eq(sessions.id, id), lt(sessions.lastSeenAt, staleBefore)));
}

/** Revokes one session of a user; false when it is not theirs or already revoked. */
export async function revokeSession(tx: Db | Tx, id: string, userId: string, now: Date): Promise<boolean> {
  const rows = await tx
    .update(sessions)
    .set({ revokedAt: now })
    .where(and(eq(sessions.id, id), eq(sessions.userId, userId), isNull(sessions.revokedAt)))
    .returning({ id: sessions.id });
  return rows.length > 0;
}

/** Revokes every live session of a user, except `keepId` when given. */
export async function revokeUserSessions(tx: Db | Tx, userId: string, now: Date, keepId?: string): Promise<number> {
  const rows = await tx
    .update(sessions)
    .set({ revokedAt: now })
    .where(and(eq(sessions.userId, userId), isNull(sessions.revokedAt), keepId ? ne(sessions.id, keepId) : undefined))
    .returning({ id: sessions.id });
  return rows.length;
}

/** A user's sessions that are neither revoked nor expired, newest first. */
export async function listActiveSessions(db: Db, userId: string, now: Date): Promise<SessionRow[]> {
  return db
    .select()
    .from(sessions)
    .where(and(eq(sessions.userId, userId), isNull(sessions.revokedAt), gt(sessions.expiresAt, now)))
    .orderBy(desc(sessions.createdAt));
}
