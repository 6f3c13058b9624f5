import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, stat, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { FileStorage, StoredFile } from './storage';

const KEY = /^[0-9a-f]{2}\/[0-9a-f]{2}\/[0-9a-f]{64}$/;

/** Files on the local disk under `root` (the data directory, or a volume shared by the nodes). */
export function localDiskStorage(root: string): FileStorage {
  const fileOf = (key: string) => path.join(root, ...key.split('/'));
  return {
    async put(bytes) {
      const sha256 = createHash('sha256').update(bytes).digest('hex');
      const key = `${sha256.slice(0, 2)}/${sha256.slice(2, 4)}/${sha256}`;
      const file = fileOf(key);
      const exists = await stat(file).then(
        (s) => s.size === bytes.length,
        () => false,
      );
      if (!exists) {
        await mkdir(path.dirname(file), { recursive: true });
        // Write then rename: a reader never sees half a file, two writers of the same bytes agree.
        const tmp = `${file}.${randomBytes(6).toString('hex')}.tmp`;
        await writeFile(tmp, bytes);
        await rename(tmp, file);
      }
      return { key, size: bytes.length, sha256 } satisfies StoredFile;
    },
    async get(key) {
      if (!KEY.test(key)) return null;
      return readFile(fileOf(key)).catch((err: NodeJS.ErrnoException) => {
        if (err.code === 'ENOENT') return null;
        throw err;
      });
    },
    async delete(key) {
      if (!KEY.test(key)) return;
      await unlink(fileOf(key)).catch((err: NodeJS.ErrnoException) => {
        if (err.code !== 'ENOENT') throw err;
      });
    },
  };
}
