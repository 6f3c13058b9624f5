import { and, asc, desc, eq, ilike, inArray, lt, or, sql, type SQL } from 'drizzle-orm';
import type { Db, Tx } from '../db/database';
import type { TimeCursor } from './time-cursor';
import { users } from './auth.schema';

/** Columns that may leave the server: never the password hash or lockout counters. */
export const publicUserColumns = {
  id: users.id,
  email: users.email,
  name: users.name,
  role: users.role,
  locale: users.locale,
  departmentId: users.departmentId,
  teamId: users.teamId,
  storeId: users.storeId,
  managerId: users.managerId,
  active: users.active,
  lastLoginAt: users.lastLoginAt,
  createdAt: users.createdAt,
};

export type UserRecord = {
  [K in keyof typeof publicUserColumns]: (typeof users.$inferSelect)[K];
};
export type UserInsert = typeof users.$inferInsert;
export type UserChanges = Partial<Omit<UserInsert, 'id' | 'createdAt'>>;

/** What login needs to decide: the record plus credentials and lockout state. */
export type UserCredentials = UserRecord & { passwordHash: string; failedLoginCount: number; lockedUntil: Date | null };

export async function findUserById(db: Db | Tx, id: string): Promise<UserRecord | undefined> {
  const [row] = await db.select(publicUserColumns).from(users).where(eq(users.id, id));
  return row;
}

/** Case-insensitive lookup by email (the unique index is on lower(email)). */
export async function findCredentialsByEmail(db: Db | Tx, email: string): Promise<UserCredentials | undefined> {
  const [row] = await db
    .select({ ...publicUserColumns, passwordHash: users.passwordHash, failedLoginCount: users.failedLoginCount, lockedUntil: users.lockedUntil })
    .from(users)
    .where(eq(sql`lower(${users.email})`, email.toLowerCase()));
  return row;
}

/** The users with any of these emails, case-insensitively (unknown addresses are left out). */
export async function findUsersByEmails(db: Db | Tx, emails: string[]): Promise<UserRecord[]> {
  if (emails.length === 0) return [];
  const lowered = [...new Set(emails.map((e) => e.toLowerCase()))];
  return db.select(publicUserColumns).from(users).where(inArray(sql`lower(${users.email})`, lowered));
}

export async function findCredentialsById(db: Db | Tx, id: string): Promise<UserCredentials | undefined> {
  const [row] = await db
    .select({ ...publicUserColumns, passwordHash: users.passwordHash, failedLoginCount: users.failedLoginCount, lockedUntil: users.lockedUntil })
    .from(users)
    .where(eq(users.id, id));
  return row;
}

/**
 * Active users with this role, oldest id first: those of the department or of any of the teams
 * when `within` is given (nobody when it names neither), else everyone with the role.
 */
export async function activeUsersWithRole(db: Db | Tx, role: string, within?: { departmentId?: string; teamIds?: string[] }): Promise<UserRecord[]> {
  const where = [eq(users.active, true), eq(users.role, role)];
  if (within) {
    const places: SQL[] = [];
    if (within.departmentId) places.push(eq(users.departmentId, within.departmentId));
    if (within.teamIds?.length) places.push(inArray(users.teamId, within.teamIds));
    if (places.length === 0) return [];
    where.push(or(...places)!);
  }
  return db.select(publicUserColumns).from(users).where(and(...where)).orderBy(asc(users.id));
}

export async function insertUser(tx: Db | Tx, row: UserInsert): Promise<UserRecord> {
  const [created] = await tx.insert(users).values(row).returning(publicUserColumns);
  return created!;
}

export async function updateUser(tx: Db | Tx, id: string, changes: UserChanges): Promise<UserRecord | undefined> {
  const [row] = await tx.update(users).set(changes).where(eq(users.id, id)).returning(publicUserColumns);
  return row;
}

/**
 * Counts one failed login in a single statement (safe under concurrent attempts); on reaching
 * `max` the account is locked until `lockUntil` and the counter starts again.
 */
export async function countFailedLogin(tx: Db | Tx, id: string, max: number, lockUntil: Date): Promise<{ locked: boolean }> {
  const reached = sql`${users.failedLoginCount} + 1 >= ${max}`;
  const [row] = await tx
    .update(users)
    .set({
      failedLoginCount: sql`case when ${reached} then 0 else ${users.failedLoginCount} + 1 end`,
      lockedUntil: sql`case when ${reached} then ${lockUntil.toISOString()}::timestamptz else ${users.lockedUntil} end`,
    })
    .where(eq(users.id, id))
    .returning({ lockedUntil: users.lockedUntil });
  return { locked: row?.lockedUntil?.getTime() === lockUntil.getTime() };
}

export interface UserFilter {
  q?: string;
  role?: string;
  departmentId?: string;
  teamId?: string;
  storeId?: string;
  active?: boolean;
}

/** Newest first, `limit + 1` rows after the cursor. */
export async function listUsers(db: Db, filter: UserFilter, limit: number, after?: TimeCursor): Promise<UserRecord[]> {
  const where: SQL[] = [];
  if (filter.q) {
    const like = `%${filter.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    where.push(or(ilike(users.name, like), ilike(users.email, like))!);
  }
  if (filter.role) where.push(eq(users.role, filter.role));
  if (filter.departmentId) where.push(eq(users.departmentId, filter.departmentId));
  if (filter.teamId) where.push(eq(users.teamId, filter.teamId));
  if (filter.storeId) where.push(eq(users.storeId, filter.storeId));
  if (filter.active !== undefined) where.push(eq(users.active, filter.active));
  if (after) {
    const at = after.at;
    where.push(or(lt(users.createdAt, at), and(eq(users.createdAt, at), lt(users.id, after.id)))!);
  }
  return db
    .select(publicUserColumns)
    .from(users)
    .where(and(...where))
    .orderBy(desc(users.createdAt), desc(users.id))
    .limit(limit + 1);
}
