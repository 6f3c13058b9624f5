import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DataDirLockedError, lockDataDir } from './data-dir-lock';

const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'gh-lock-'));

describe('lockDataDir', () => {
  it('refuses a folder locked by another live process, with a clear message', () => {
    const dir = tmp();
    // pid 1 is always alive and never us
    fs.writeFileSync(path.join(dir, 'guildhall.lock'), '1');
    expect(() => lockDataDir(dir)).toThrow(DataDirLockedError);
    expect(() => lockDataDir(dir)).toThrow(/already open in another Guildhall process \(pid 1\)/);
  });

  it('takes over a lock left by a dead process', () => {
    const dir = tmp();
    fs.writeFileSync(path.join(dir, 'guildhall.lock'), '999999999');
    const release = lockDataDir(dir);
    expect(fs.readFileSync(path.join(dir, 'guildhall.lock'), 'utf8')).toBe(String(process.pid));
    release();
    expect(fs.existsSync(path.join(dir, 'guildhall.lock'))).toBe(false);
  });
});
