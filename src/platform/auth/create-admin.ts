import type { AppDeps } from '../../app';
import { recordAudit, systemContext } from '../audit/audit.service';
import { inTransaction } from '../db/unit-of-work';
import { assertStrongPassword, hashPassword } from './password';
import { isRole } from './permissions';
import { revokeUserSessions } from './sessions.repository';
import { createUser } from './users.service';
import { findCredentialsByEmail, updateUser } from './users.repository';

/**
 * Creates an admin, or, when the email exists, resets its password, makes it an active
 * admin and clears any lockout (the CLI's way back in).
 * @example await createAdmin(deps, { email: 'root@example.com', name: 'Root', password }) // 'created'
 */
export async function createAdmin(deps: AppDeps, input: { email: string; name: string; password: string }): Promise<'created' | 'reset'> {
  const existing = await findCredentialsByEmail(deps.database.db, input.email.trim());
  if (!existing) {
    await createUser(deps, { ...input, role: 'admin' }, systemContext);
    return 'created';
  }
  assertStrongPassword(input.password);
  const passwordHash = await hashPassword(input.password);
  const now = deps.clock.now();
  await inTransaction(deps, async (tx, outbox) => {
    await updateUser(tx, existing.id, {
      passwordHash,
      role: 'admin',
      active: true,
      failedLoginCount: 0,
      lockedUntil: null,
      passwordChangedAt: now,
      updatedAt: now,
    });
    await revokeUserSessions(tx, existing.id, now);
    await recordAudit(tx, { ...systemContext, at: now, action: 'user.password_reset', targetType: 'user', targetId: existing.id, details: { via: 'cli' } });
    if (existing.role !== 'admin') {
      await recordAudit(tx, { ...systemContext, at: now, action: 'user.role_changed', targetType: 'user', targetId: existing.id, details: { from: existing.role, to: 'admin' } });
      if (isRole(existing.role)) outbox.add('user.role_changed', { userId: existing.id, from: existing.role, to: 'admin' });
    }
  });
  return 'reset';
}
