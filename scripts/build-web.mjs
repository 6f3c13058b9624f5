#!/usr/bin/env node
// Builds the web app into web/dist unless it is already newer than every source it is built from.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const stamp = path.join(root, 'web/dist/index.html');

function newest(dir) {
  let latest = 0;
  if (!fs.existsSync(dir)) return latest;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) latest = Math.max(latest, newest(p));
    else latest = Math.max(latest, fs.statSync(p).mtimeMs);
  }
  return latest;
}

const sources = Math.max(newest(path.join(root, 'web/src')), newest(path.join(root, 'web/public')),
  ...['web/index.html', 'web/vite.config.ts', 'package-lock.json'].map((f) => (fs.existsSync(path.join(root, f)) ? fs.statSync(path.join(root, f)).mtimeMs : 0)));
if (fs.existsSync(stamp) && fs.statSync(stamp).mtimeMs >= sources) process.exit(0);

console.log('Building the web app…');
const res = spawnSync('npx', ['vite', 'build', '--config', 'web/vite.config.ts', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
process.exit(res.status ?? 1);
