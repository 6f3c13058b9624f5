import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { localDiskStorage } from './local-disk-storage';

const root = await mkdtemp(path.join(os.tmpdir(), 'gh-storage-'));
afterAll(() => rm(root, { recursive: true, force: true }));

describe('localDiskStorage', () => {
  const storage = localDiskStorage(root);

  it('stores bytes under their SHA-256 and reads them back', async () => {
    const stored = await storage.put(Buffer.from('hello'));
    expect(stored).toEqual({
      key: '2c/f2/2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824',
      size: 5,
      sha256: '2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824',
    });
    expect((await storage.get(stored.key))?.toString()).toBe('hello');
  });

  it('keeps one copy of the same bytes', async () => {
    const a = await storage.put(Buffer.from([1, 2, 3]));
    const b = await storage.put(Buffer.from([1, 2, 3]));
    expect(b.key).toBe(a.key);
  });

  it('answers null for a missing or malformed key, never a path outside the root', async () => {
    expect(await storage.get(`00/00/${'0'.repeat(64)}`)).toBeNull();
    expect(await storage.get('../../etc/passwd')).toBeNull();
  });

  it('deletes a file, quietly when it is gone already or the key is malformed', async () => {
    const stored = await storage.put(Buffer.from('to be erased'));
    await storage.delete(stored.key);
    expect(await storage.get(stored.key)).toBeNull();
    await expect(storage.delete(stored.key)).resolves.toBeUndefined();
    await expect(storage.delete('../../etc/passwd')).resolves.toBeUndefined();
  });
});
