import type { AppDeps } from '../../app';
import { AppError } from '../http/app-error';
import { sha256 } from '../ids';
import { apiKeyCacheOf } from './api-key-cache';
import { findApiKeyByHash, touchApiKey } from './api-keys.repository';
import { isPermission, isRole } from './permissions';
import type { Principal } from './principal';
import { findSessionWithUser, touchSession } from './sessions.repository';

type Deps = Pick<AppDeps, 'database' | 'clock'>;

// Bookkeeping writes are throttled so a busy read path stays at one query per request.
const API_KEY_TOUCH_MS = 60_000;
const SESSION_TOUCH_MS = 5 * 60_000;

/** The principal for an API key (looked up at most every 10 s, `api-key-cache.ts`); throws `invalid_api_key` if unknown or revoked. */
export async function principalFromApiKey(deps: Deps, key: string): Promise<Principal> {
  const hash = sha256(key);
  const now = deps.clock.now();
  const cache = apiKeyCacheOf(deps.database);
  const row = cache.get(hash, now.getTime()) ?? (await findApiKeyByHash(deps.database.db, hash));
  if (!row || row.revokedAt) throw new AppError('invalid_api_key');
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() >= API_KEY_TOUCH_MS) {
    await touchApiKey(deps.database.db, row.id, now, new Date(now.getTime() - API_KEY_TOUCH_MS + 1));
    row.lastUsedAt = now;
  }
  if (!cache.get(hash, now.getTime())) cache.set(hash, row, now.getTime());
  return {
    kind: 'api_key',
    apiKey: { id: row.id, name: row.name, scopes: row.scopes.filter(isPermission), storeId: row.storeId },
  };
}

/**
 * The principal for a session cookie secret. Throws `session_expired` for a session past its
 * expiry and `unauthenticated` for anything else that is not a live session of an active user.
 */
export async function principalFromSession(deps: Deps, secret: string): Promise<Principal> {
  const found = await findSessionWithUser(deps.database.db, sha256(secret));
  if (!found || found.session.revokedAt || !found.user.active) throw new AppError('unauthenticated');
  const { session, user } = found;
  const role = user.role;
  if (!isRole(role)) throw new AppError('unauthenticated');
  const now = deps.clock.now();
  if (session.expiresAt.getTime() <= now.getTime()) throw new AppError('session_expired');
  if (now.getTime() - session.lastSeenAt.getTime() >= SESSION_TOUCH_MS) {
    await touchSession(deps.database.db, session.id, now, new Date(now.getTime() - SESSION_TOUCH_MS + 1));
  }
  return { kind: 'user', user: { ...user, role }, session: { id: session.id, csrfToken: session.csrfToken } };
}
