import { describe, expect, it } from 'vitest';
import { API_KEY_CACHE_MS, ApiKeyCache } from './api-key-cache';
import type { ApiKeyRecord } from './api-keys.repository';

const record = (id: string) => ({ id, name: id, prefix: 'gh_x', scopes: [], storeId: null, createdBy: null, createdAt: new Date(0), lastUsedAt: null, revokedAt: null }) as ApiKeyRecord;

describe('ApiKeyCache', () => {
  it('answers a key until it expires', () => {
    const cache = new ApiKeyCache();
    cache.set('h1', record('k1'), 1_000);
    expect(cache.get('h1', 1_000 + API_KEY_CACHE_MS - 1)?.id).toBe('k1');
    expect(cache.get('h1', 1_000 + API_KEY_CACHE_MS)).toBeUndefined();
    expect(cache.get('h1', 1_000)).toBeUndefined();
  });

  it('forgets a revoked key by id, and only that one', () => {
    const cache = new ApiKeyCache();
    cache.set('h1', record('k1'), 0);
    cache.set('h2', record('k2'), 0);
    cache.evict('k1');
    expect(cache.get('h1', 1)).toBeUndefined();
    expect(cache.get('h2', 1)?.id).toBe('k2');
  });
});
