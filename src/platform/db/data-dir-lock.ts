import fs from 'node:fs';
import path from 'node:path';

export class DataDirLockedError extends Error {
  constructor(dir: string, pid: number) {
    const holder = pid === process.pid ? 'this process' : `another Guildhall process (pid ${pid})`;
    super(
      `The data folder ${dir} is already open in ${holder}. ` +
        'PGlite is single-process: stop that process, or use DATA_DIR to pick another folder, ' +
        'or run several processes against PostgreSQL with DATABASE_URL.',
    );
    this.name = 'DataDirLockedError';
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Folders this process holds: a lockfile with our own pid may also be a stale one from an
 * earlier process that got the same pid (containers), so the file alone cannot tell. */
const heldHere = new Set<string>();

/**
 * Takes an exclusive lock on a PGlite data folder: two processes (or two opens in one process)
 * on one folder silently lose writes. A lock left by a dead process is taken over. Returns the
 * release function.
 */
export function lockDataDir(dir: string): () => void {
  fs.mkdirSync(dir, { recursive: true });
  const key = path.resolve(dir);
  if (heldHere.has(key)) throw new DataDirLockedError(dir, process.pid);
  const file = path.join(dir, 'guildhall.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(file, String(process.pid), { flag: 'wx' });
      heldHere.add(key);
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        heldHere.delete(key);
        try {
          if (fs.readFileSync(file, 'utf8') === String(process.pid)) fs.unlinkSync(file);
        } catch {
          /* already gone */
        }
      };
      process.once('exit', release);
      return release;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const pid = Number(fs.readFileSync(file, 'utf8'));
      if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && isAlive(pid)) {
        throw new DataDirLockedError(dir, pid);
      }
      fs.rmSync(file, { force: true });
    }
  }
  throw new Error(`Could not lock ${dir}`);
}
