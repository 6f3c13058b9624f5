#!/usr/bin/env node
// Runs every vitest project (unit, PGlite integration, PostgreSQL + Redis integration when
// TEST_DATABASE_URL is set, end-to-end in Chromium) after typechecking server and web, and ends
// with one line: "N passed, N failed" (a failed typecheck counts as one failure).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';

const report = 'test-results/vitest.json';
fs.mkdirSync('test-results', { recursive: true });
fs.rmSync(report, { force: true });

const build = spawnSync(process.execPath, ['scripts/build-web.mjs'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

// Types first: vitest strips them without checking.
let typeErrors = 0;
for (const project of ['tsconfig.json', 'web/tsconfig.json']) {
  const tsc = spawnSync('npx', ['tsc', '-p', project, '--noEmit'], { stdio: 'inherit' });
  if (tsc.status !== 0) {
    console.error(`typecheck failed: ${project}`);
    typeErrors++;
  }
}

const args = ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...process.argv.slice(2)];
const run = spawnSync('npx', args, { stdio: 'inherit', env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' } });

let passed = 0;
let failed = 0;
if (fs.existsSync(report)) {
  const result = JSON.parse(fs.readFileSync(report, 'utf8'));
  passed = result.numPassedTests ?? 0;
  failed = (result.numFailedTests ?? 0) + (result.numFailedTestSuites > 0 && result.numFailedTests === 0 ? result.numFailedTestSuites : 0);
} else {
  failed = 1;
}
failed += typeErrors;
const code = run.status === 0 && failed === 0 && passed > 0 ? 0 : 1;
console.log(`${passed} passed, ${failed} failed`);
process.exit(code);
