import { spawnSync } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');

/** Builds web/dist (skipped when it is newer than its sources) so the server can serve the app. */
export default function setup(): void {
  const res = spawnSync(process.execPath, ['scripts/build-web.mjs'], { cwd: root, stdio: 'inherit' });
  if (res.status !== 0) throw new Error(`web build failed (exit ${res.status ?? res.signal})`);
}
