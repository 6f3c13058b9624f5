import { and, desc, eq, isNull, lt, or, sql } from 'drizzle-orm';
import { prepared } from '../db/prepared';
import type { Db, Tx } from '../db/database';
import type { TimeCursor } from './time-cursor';
import { apiKeys } from './auth.schema';

/** An API key as listed: everything except the hash. */
export const apiKeyColumns = {
  id: apiKeys.id,
  name: apiKeys.name,
  prefix: apiKeys.prefix,
  scopes: apiKeys.scopes,
  storeId: apiKeys.storeId,
  createdBy: apiKeys.createdBy,
  createdAt: apiKeys.createdAt,
  lastUsedAt: apiKeys.lastUsedAt,
  revokedAt: apiKeys.revokedAt,
};
export type ApiKeyRecord = { [K in keyof typeof apiKeyColumns]: (typeof apiKeys.$inferSelect)[K] };

export async function insertApiKey(tx: Db | Tx, row: typeof apiKeys.$inferInsert): Promise<ApiKeyRecord> {
  const [created] = await tx.insert(apiKeys).values(row).returning(apiKeyColumns);
  return created!;
}

export async function findApiKeyByHash(db: Db, keyHash: string): Promise<ApiKeyRecord | undefined> {
  const query = prepared(db, 'api_key_by_hash', (d) => d.select(apiKeyColumns).from(apiKeys).where(eq(apiKeys.keyHash, sql.placeholder('hash'))));
  const [row] = await query.execute({ hash: keyHash });
  return row;
}

/** Records use, but only when the last recorded use is older than `staleBefore`. */
export async function touchApiKey(db: Db, id: string, now: Date, staleBefore: Date): Promise<void> {
  await db
    .update(apiKeys)
    .set({ lastUsedAt: now })
    .where(and(eq(apiKeys.id, id), or(isNull(apiKeys.lastUsedAt), lt(apiKeys.lastUsedAt, staleBefore))));
}

/** Newest first, `limit + 1` rows after the cursor. */
export async function listApiKeys(db: Db, limit: number, after?: TimeCursor): Promise<ApiKeyRecord[]> {
  const at = after?.at;
  return db
    .select(apiKeyColumns)
    .from(apiKeys)
    .where(after && at ? or(lt(apiKeys.createdAt, at), and(eq(apiKeys.createdAt, at), lt(apiKeys.id, after.id))) : undefined)
    .orderBy(desc(apiKeys.createdAt), desc(apiKeys.id))
    .limit(limit + 1);
}

export async function findApiKeyById(db: Db | Tx, id: string): Promise<ApiKeyRecord | undefined> {
  const [row] = await db.select(apiKeyColumns).from(apiKeys).where(eq(apiKeys.id, id));
  return row;
}

/** Sets revoked_at once; returns the key only when this call revoked it. */
export async function revokeApiKey(tx: Db | Tx, id: string, now: Date): Promise<ApiKeyRecord | undefined> {
  const [row] = await tx
    .update(apiKeys)
    .set({ revokedAt: now })
    .where(and(eq(apiKeys.id, id), isNull(apiKeys.revokedAt)))
    .returning(apiKeyColumns);
  return row;
}
