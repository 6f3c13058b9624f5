import type { ApiKeyRecord } from './api-keys.repository';

/** How long a looked-up key is trusted without reading it again. */
export const API_KEY_CACHE_MS = 10_000;
const MAX_ENTRIES = 10_000;

/**
 * API keys looked up recently, by key hash: an integration calling many times a second costs one
 * read per key every 10 s instead of one per request. A revocation evicts the key at once on
 * every instance (`apikey.revoked` on the bus); should that event be lost, the entry still
 * expires after 10 s. Unknown keys are not cached, so a guessed key always reads the database.
 */
export class ApiKeyCache {
  private readonly entries = new Map<string, { record: ApiKeyRecord; until: number }>();

  get(keyHash: string, now: number): ApiKeyRecord | undefined {
    const entry = this.entries.get(keyHash);
    if (!entry) return undefined;
    if (entry.until > now) return entry.record;
    this.entries.delete(keyHash);
    return undefined;
  }

  set(keyHash: string, record: ApiKeyRecord, now: number): void {
    if (this.entries.size >= MAX_ENTRIES) this.entries.clear();
    this.entries.set(keyHash, { record, until: now + API_KEY_CACHE_MS });
  }

  evict(apiKeyId: string): void {
    for (const [hash, entry] of this.entries) if (entry.record.id === apiKeyId) this.entries.delete(hash);
  }
}

const caches = new WeakMap<object, ApiKeyCache>();

/** The cache of one app (keyed by its database handle, which each app instance owns). */
export function apiKeyCacheOf(database: object): ApiKeyCache {
  let cache = caches.get(database);
  if (!cache) {
    cache = new ApiKeyCache();
    caches.set(database, cache);
  }
  return cache;
}
