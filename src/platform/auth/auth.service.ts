import type { AppDeps } from '../../app';
import { recordAudit, type AuditContext } from '../audit/audit.service';
import { inTransaction } from '../db/unit-of-work';
import { AppError } from '../http/app-error';
import { sha256 } from '../ids';
import { assertStrongPassword, hashPassword, verifyAgainstDummy, verifyPassword } from './password';
import { sessionView } from './auth.views';
import type { Principal } from './principal';
import * as sessions from './sessions.repository';
import { countFailedLogin, findCredentialsByEmail, findCredentialsById, updateUser, type UserRecord } from './users.repository';
import type { UserDeps } from './users.service';

type AuthDeps = UserDeps & Pick<AppDeps, 'config'>;
type UserPrincipal = Extract<Principal, { kind: 'user' }>;

export interface LoginResult {
  user: UserRecord;
  csrfToken: string;
  /** Goes into the cookie; only its SHA-256 is stored. */
  sessionSecret: string;
  maxAgeSeconds: number;
}

/**
 * Checks credentials and opens a session. Unknown email and wrong password fail alike
 * (`invalid_credentials`, same hashing work); repeated failures lock the account.
 */
export async function login(
  deps: AuthDeps,
  input: { email: string; password: string; userAgent?: string },
  ctx: AuditContext,
): Promise<LoginResult> {
  const email = input.email.trim().toLowerCase();
  const user = await findCredentialsByEmail(deps.database.db, email);
  const now = deps.clock.now();
  const failed = (details: Record<string, unknown>) =>
    ({ ...ctx, at: now, action: 'auth.login_failed', targetType: user && 'user', targetId: user?.id, details: { email, ...details } }) as const;
  if (!user) {
    await verifyAgainstDummy(input.password);
    await recordAudit(deps.database.db, failed({ reason: 'unknown_email' }));
    throw new AppError('invalid_credentials');
  }
  if (user.lockedUntil && user.lockedUntil > now) {
    await recordAudit(deps.database.db, failed({ reason: 'locked' }));
    throw new AppError('account_locked', undefined, { lockedUntil: user.lockedUntil.toISOString() });
  }
  if (!(await verifyPassword(user.passwordHash, input.password))) {
    const { auth } = deps.config;
    const lockUntil = new Date(now.getTime() + auth.lockoutMinutes * 60_000);
    const { locked } = await inTransaction(deps, async (tx) => {
      const result = await countFailedLogin(tx, user.id, auth.maxFailedLogins, lockUntil);
      await recordAudit(tx, failed({ reason: 'wrong_password' }));
      if (result.locked) {
        await recordAudit(tx, { ...ctx, at: now, action: 'auth.locked', targetType: 'user', targetId: user.id, details: { until: lockUntil.toISOString() } });
      }
      return result;
    });
    if (locked) throw new AppError('account_locked', undefined, { lockedUntil: lockUntil.toISOString() });
    throw new AppError('invalid_credentials');
  }
  if (!user.active) {
    await recordAudit(deps.database.db, failed({ reason: 'disabled' }));
    throw new AppError('account_disabled');
  }
  return openSession(deps, user, input.userAgent ?? '', ctx);
}

async function openSession(deps: AuthDeps, user: UserRecord, userAgent: string, ctx: AuditContext): Promise<LoginResult> {
  const now = deps.clock.now();
  const ttlMs = deps.config.auth.sessionTtlHours * 3_600_000;
  const sessionSecret = deps.ids.secret(32);
  const csrfToken = deps.ids.secret(24);
  const updated = await inTransaction(deps, async (tx) => {
    const row = await updateUser(tx, user.id, { failedLoginCount: 0, lockedUntil: null, lastLoginAt: now });
    await sessions.insertSession(tx, {
      id: sha256(sessionSecret),
      userId: user.id,
      csrfToken,
      createdAt: now,
      expiresAt: new Date(now.getTime() + ttlMs),
      lastSeenAt: now,
      ip: ctx.ip ?? '',
      userAgent: userAgent.slice(0, 512),
    });
    const actor = { type: 'user' as const, id: user.id, label: user.email };
    await recordAudit(tx, { ...ctx, actor, at: now, action: 'auth.login', targetType: 'user', targetId: user.id });
    return row!;
  });
  return { user: updated, csrfToken, sessionSecret, maxAgeSeconds: ttlMs / 1000 };
}

/** Revokes the current session. */
export async function logout(deps: AuthDeps, principal: UserPrincipal, ctx: AuditContext): Promise<void> {
  const now = deps.clock.now();
  await inTransaction(deps, async (tx) => {
    await sessions.revokeSession(tx, principal.session.id, principal.user.id, now);
    await recordAudit(tx, { ...ctx, at: now, action: 'auth.logout', targetType: 'user', targetId: principal.user.id });
  });
}

/** Changes one's own password after checking the current one; other sessions are revoked. */
export async function changePassword(
  deps: AuthDeps,
  principal: UserPrincipal,
  input: { currentPassword: string; newPassword: string },
  ctx: AuditContext,
): Promise<void> {
  const user = await findCredentialsById(deps.database.db, principal.user.id);
  if (!user || !(await verifyPassword(user.passwordHash, input.currentPassword))) throw new AppError('wrong_current_password');
  assertStrongPassword(input.newPassword);
  const passwordHash = await hashPassword(input.newPassword);
  const now = deps.clock.now();
  await inTransaction(deps, async (tx) => {
    await updateUser(tx, user.id, { passwordHash, passwordChangedAt: now, updatedAt: now });
    const revoked = await sessions.revokeUserSessions(tx, user.id, now, principal.session.id);
    await recordAudit(tx, { ...ctx, at: now, action: 'auth.password_changed', targetType: 'user', targetId: user.id, details: { revokedSessions: revoked } });
  });
}

/** The user's live sessions, marking the one making the request. */
export async function listOwnSessions(deps: AuthDeps, principal: UserPrincipal) {
  const rows = await sessions.listActiveSessions(deps.database.db, principal.user.id, deps.clock.now());
  return rows.map((s) => sessionView(s, principal.session.id));
}

/** Revokes one of the caller's own sessions; `not_found` for anyone else's. */
export async function revokeOwnSession(deps: AuthDeps, principal: UserPrincipal, sessionId: string): Promise<void> {
  const done = await sessions.revokeSession(deps.database.db, sessionId, principal.user.id, deps.clock.now());
  if (!done) throw new AppError('not_found', 'No such session');
}
