import type { ServiceDeps } from '../../app';
import { recordAudit, type AuditContext } from '../audit/audit.service';
import { inTransaction } from '../db/unit-of-work';
import { AppError } from '../http/app-error';
import { toPage } from '../http/pagination';
import { decodeTimeCursor } from './time-cursor';
import { isForeignKeyViolation, isUniqueViolation } from '../db/db-errors';
import { assertStrongPassword, hashPassword } from './password';
import { isRole, type Role } from './permissions';
import { revokeUserSessions } from './sessions.repository';
import * as repo from './users.repository';
import type { UserRecord } from './users.repository';

export type UserDeps = ServiceDeps;
export type Locale = 'zh-CN' | 'en';

export interface CreateUserInput {
  email: string;
  name: string;
  role: string;
  password: string;
  locale?: Locale | null;
  departmentId?: string | null;
  teamId?: string | null;
  storeId?: string | null;
  managerId?: string | null;
}

export type UserPatch = Partial<Omit<CreateUserInput, 'email' | 'password'>> & { active?: boolean };

function assertRole(role: string): asserts role is Role {
  if (!isRole(role)) throw new AppError('unknown_role', `"${role}" is not a role`);
}

/** Turns constraint failures into the caller's mistake instead of a 500. */
function mapWriteError(err: unknown): never {
  if (isUniqueViolation(err)) throw new AppError('email_taken');
  if (isForeignKeyViolation(err)) throw new AppError('validation_failed', 'A referenced department, team or store does not exist');
  throw err;
}

async function assertManagerExists(deps: UserDeps, managerId: string | null | undefined): Promise<void> {
  if (managerId && !(await repo.findUserById(deps.database.db, managerId))) {
    throw new AppError('validation_failed', 'managerId does not name a user');
  }
}

/**
 * Creates a staff user (email lower-cased, password hashed), audited as `user.created`.
 * @example await createUser(deps, { email, name, role: 'agent', password }, systemContext)
 */
export async function createUser(deps: UserDeps, input: CreateUserInput, ctx: AuditContext): Promise<UserRecord> {
  assertRole(input.role);
  const role = input.role;
  assertStrongPassword(input.password);
  await assertManagerExists(deps, input.managerId);
  const passwordHash = await hashPassword(input.password);
  const now = deps.clock.now();
  const email = input.email.trim().toLowerCase();
  return inTransaction(deps, async (tx, outbox) => {
    const user = await repo
      .insertUser(tx, {
        id: deps.ids.uuid(),
        email,
        name: input.name.trim(),
        passwordHash,
        role,
        locale: input.locale ?? null,
        departmentId: input.departmentId ?? null,
        teamId: input.teamId ?? null,
        storeId: input.storeId ?? null,
        managerId: input.managerId ?? null,
        passwordChangedAt: now,
        createdAt: now,
        updatedAt: now,
      })
      .catch(mapWriteError);
    await recordAudit(tx, { ...ctx, at: now, action: 'user.created', targetType: 'user', targetId: user.id, details: { email, role } });
    outbox.add('user.created', { userId: user.id, role });
    return user;
  });
}

/** One user, or `user_not_found`. */
export async function getUser(deps: UserDeps, id: string): Promise<UserRecord> {
  const user = await repo.findUserById(deps.database.db, id);
  if (!user) throw new AppError('user_not_found');
  return user;
}

/** A page of users, newest first. */
export async function listUsers(deps: UserDeps, filter: repo.UserFilter, limit: number, cursor?: string) {
  const rows = await repo.listUsers(deps.database.db, filter, limit, decodeTimeCursor(cursor));
  return toPage(rows, limit, (u) => ({ k: u.createdAt.toISOString(), id: u.id }));
}

/**
 * Changes a user. Role changes and deactivation are audited on their own; deactivating
 * revokes every session. Nobody may change their own role or deactivate themselves.
 */
export async function updateUser(deps: UserDeps, id: string, patch: UserPatch, ctx: AuditContext): Promise<UserRecord> {
  if (patch.role !== undefined) assertRole(patch.role);
  await assertManagerExists(deps, patch.managerId);
  const now = deps.clock.now();
  return inTransaction(deps, async (tx, outbox) => {
    const before = await repo.findUserById(tx, id);
    if (!before) throw new AppError('user_not_found');
    const roleChanged = patch.role !== undefined && patch.role !== before.role;
    const deactivated = patch.active === false && before.active;
    const self = ctx.actor.type === 'user' && ctx.actor.id === id;
    if (self && (roleChanged || deactivated)) throw new AppError('cannot_change_own_role');
    const changes = Object.keys(patch).filter((k) => patch[k as keyof UserPatch] !== undefined);
    const user = await repo.updateUser(tx, id, { ...patch, name: patch.name?.trim(), updatedAt: now }).catch(mapWriteError);
    const base = { ...ctx, at: now, targetType: 'user', targetId: id };
    await recordAudit(tx, { ...base, action: 'user.updated', details: { changes } });
    outbox.add('user.updated', { userId: id, changes });
    if (roleChanged) {
      const from = before.role as Role;
      const to = patch.role as Role;
      await recordAudit(tx, { ...base, action: 'user.role_changed', details: { from, to } });
      outbox.add('user.role_changed', { userId: id, from, to });
    }
    if (deactivated) {
      const revoked = await revokeUserSessions(tx, id, now);
      await recordAudit(tx, { ...base, action: 'user.deactivated', details: { revokedSessions: revoked } });
      outbox.add('user.deactivated', { userId: id });
    }
    return user!;
  });
}

/** An admin sets a new password: clears any lockout and signs the user out everywhere. */
export async function resetPassword(deps: UserDeps, id: string, newPassword: string, ctx: AuditContext): Promise<void> {
  assertStrongPassword(newPassword);
  const passwordHash = await hashPassword(newPassword);
  const now = deps.clock.now();
  await inTransaction(deps, async (tx) => {
    const user = await repo.updateUser(tx, id, { passwordHash, passwordChangedAt: now, failedLoginCount: 0, lockedUntil: null, updatedAt: now });
    if (!user) throw new AppError('user_not_found');
    const revoked = await revokeUserSessions(tx, id, now);
    await recordAudit(tx, { ...ctx, at: now, action: 'user.password_reset', targetType: 'user', targetId: id, details: { revokedSessions: revoked } });
  });
}
