import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { systemContext } from '../../platform/audit/audit.service';
import { runImport, type RunHooks } from './import-runner';
import type { StartBody } from './imports.contracts';
import type { ImportRow } from './imports.repository';
import { createImport, queueImport, type ImportDeps } from './imports.service';
import type { ImportKind } from './rules/import-mapping';
import { describeFile } from './upload';

// Shared by the imports integration tests (not itself a test file).

/** A fresh folder for uploads and error reports, removed by the caller. */
export function tempUploadDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'gh-imports-'));
}

/** Writes `content` to a new file in `dir`. */
export function writeFile(dir: string, name: string, content: string): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, content);
  return file;
}

/** Registers a local file and queues it with `body`; answers the import id and its run. */
export async function queueFile(deps: ImportDeps, file: string, kind: ImportKind, body: StartBody): Promise<{ id: string; run: number }> {
  const created = await createImport(deps, systemContext, { kind, fileName: path.basename(file), upload: await describeFile(file), keepFile: true });
  const queued = await queueImport(deps, systemContext, created.id, body);
  return { id: created.id, run: queued.run };
}

/** Registers, queues and runs a local file to the end in this process. */
export async function importFile(deps: ImportDeps, file: string, kind: ImportKind, body: StartBody, hooks: RunHooks = {}): Promise<ImportRow> {
  const { id, run } = await queueFile(deps, file, kind, body);
  const done = await runImport(deps, id, run, hooks);
  if (!done) throw new Error(`import ${id} did not run`);
  return done;
}

/** A count from a `select count(*)…` (or any single-number) query. */
export async function scalar(deps: ImportDeps, text: string, values: unknown[] = []): Promise<number> {
  const [row] = await deps.database.query<Record<string, unknown>>(text, values);
  return Number(Object.values(row!)[0]);
}
