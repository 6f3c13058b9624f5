import { recordAudit, type AuditContext } from '../audit/audit.service';
import { inTransaction } from '../db/unit-of-work';
import { AppError } from '../http/app-error';
import { toPage } from '../http/pagination';
import { decodeTimeCursor } from './time-cursor';
import { sha256 } from '../ids';
import * as repo from './api-keys.repository';
import { apiKeyCacheOf } from './api-key-cache';
import { isForeignKeyViolation } from '../db/db-errors';
import { isPermission } from './permissions';
import type { UserDeps } from './users.service';

const KEY_PREFIX = 'gh_';
/** How much of the key is kept in clear, so people can tell their keys apart. */
const SHOWN_CHARS = 10;

/**
 * Creates an API key; the key itself is returned only here, only its SHA-256 is stored.
 * @example const { key } = await createApiKey(deps, { name: 'POS', scopes: ['events:write'] }, ctx, userId)
 */
export async function createApiKey(
  deps: UserDeps,
  input: { name: string; scopes: string[]; storeId?: string | null },
  ctx: AuditContext,
  createdBy: string | null,
): Promise<{ apiKey: repo.ApiKeyRecord; key: string }> {
  const unknown = input.scopes.filter((s) => !isPermission(s));
  if (unknown.length > 0) throw new AppError('unknown_scope', `Unknown scopes: ${unknown.join(', ')}`, { scopes: unknown });
  const scopes = [...new Set(input.scopes)];
  const key = `${KEY_PREFIX}${deps.ids.secret(32)}`;
  const now = deps.clock.now();
  return inTransaction(deps, async (tx, outbox) => {
    const apiKey = await repo
      .insertApiKey(tx, {
        id: deps.ids.uuid(),
        name: input.name.trim(),
        prefix: key.slice(0, SHOWN_CHARS),
        keyHash: sha256(key),
        scopes,
        storeId: input.storeId ?? null,
        createdBy,
        createdAt: now,
      })
      .catch((err: unknown) => {
        if (isForeignKeyViolation(err)) throw new AppError('validation_failed', 'storeId does not name a store');
        throw err;
      });
    const details = { name: apiKey.name, scopes, storeId: apiKey.storeId };
    await recordAudit(tx, { ...ctx, at: now, action: 'apikey.created', targetType: 'api_key', targetId: apiKey.id, details });
    outbox.add('apikey.created', { apiKeyId: apiKey.id });
    return { apiKey, key };
  });
}

/** A page of API keys, newest first (revoked ones included, for the record). */
export async function listApiKeys(deps: UserDeps, limit: number, cursor?: string) {
  const rows = await repo.listApiKeys(deps.database.db, limit, decodeTimeCursor(cursor));
  return toPage(rows, limit, (k) => ({ k: k.createdAt.toISOString(), id: k.id }));
}

/** Revokes a key; revoking an already revoked key changes nothing. */
export async function revokeApiKey(deps: UserDeps, id: string, ctx: AuditContext): Promise<void> {
  const now = deps.clock.now();
  await inTransaction(deps, async (tx, outbox) => {
    const revoked = await repo.revokeApiKey(tx, id, now);
    if (!revoked) {
      if (!(await repo.findApiKeyById(tx, id))) throw new AppError('api_key_not_found');
      return;
    }
    await recordAudit(tx, { ...ctx, at: now, action: 'apikey.revoked', targetType: 'api_key', targetId: id, details: { name: revoked.name } });
    outbox.add('apikey.revoked', { apiKeyId: id });
  });
  // This instance forgets it before answering; the others on `apikey.revoked`.
  apiKeyCacheOf(deps.database).evict(id);
}
