import fs from 'node:fs';
import path from 'node:path';
import type { Config } from '../../config';
import { recordAudit, type AuditContext } from '../../platform/audit/audit.service';
import { decodeTimeCursor } from '../../platform/auth/time-cursor';
import { transaction } from '../../platform/db/database';
import { AppError } from '../../platform/http/app-error';
import { encodeCursor } from '../../platform/http/pagination';
import type { Jobs } from '../../platform/jobs/jobs';
import { getOrganisationSettings } from '../organisation/organisation.service';
import type { CsvFormat } from './csv/csv-format';
import { openTable, readPreview, sniffFormat } from './csv/read-rows';
import { customFieldDefs } from '../customers/profile-bulk.repository';
import { readReport } from './error-report';
import { runImport, type RunnerDeps } from './import-runner';
import type { Format, Import, ImportListQuery, ImportWithPreview, StartBody } from './imports.contracts';
import * as repo from './imports.repository';
import { checkMapping, type ImportKind } from './rules/import-mapping';
import { resolveOptions } from './stored-options';
import type { StoredUpload } from './upload';
import { toImport } from './import-view';

export interface ImportDeps extends RunnerDeps {
  config: Pick<Config, 'uploadDir' | 'events'>;
  jobs?: Jobs;
}

/** The pg-boss queue that runs imports. */
export const IMPORT_QUEUE = 'imports.run';
const PREVIEW_ROWS = 10;

async function audit(deps: ImportDeps, ex: Parameters<typeof recordAudit>[0], ctx: AuditContext, action: string, id: string, details: Record<string, unknown>) {
  await recordAudit(ex, { at: deps.clock.now(), actor: ctx.actor, action, targetType: 'import', targetId: id, ip: ctx.ip, requestId: ctx.requestId, details });
}

/**
 * Registers an uploaded file as an import (status `uploaded`): detects its format, moves it
 * into the upload folder under the import's id and answers its columns and first rows.
 * With `keepFile` (the CLI) the file stays where it is.
 */
export async function createImport(
  deps: ImportDeps,
  ctx: AuditContext,
  input: { kind: ImportKind; fileName: string; upload: StoredUpload; keepFile?: boolean },
): Promise<ImportWithPreview> {
  const { upload } = input;
  const discard = () => (input.keepFile ? Promise.resolve() : fs.promises.rm(upload.path, { force: true }));
  const format = await sniffFormat(upload.path);
  let preview: { columns: string[]; rows: string[][] };
  try {
    preview = await readPreview(upload.path, format, PREVIEW_ROWS);
  } catch (err) {
    await discard();
    throw new AppError('unreadable_import_file', `The first rows cannot be read: ${(err as Error).message}`);
  }
  if (preview.columns.length === 0 || (format.header && preview.rows.length === 0)) {
    await discard();
    throw new AppError('unreadable_import_file', 'The file has no header row or no rows');
  }
  const id = deps.ids.uuid();
  let filePath = upload.path;
  if (!input.keepFile) {
    filePath = path.join(deps.config.uploadDir, `${id}.csv`);
    await fs.promises.mkdir(deps.config.uploadDir, { recursive: true });
    await fs.promises.rename(upload.path, filePath);
  }
  const now = deps.clock.now();
  const row = await transaction(deps.database.db, async (tx) => {
    const created = await repo.insertImport(tx, {
      id,
      kind: input.kind,
      status: 'uploaded',
      fileName: input.fileName,
      filePath,
      fileSize: upload.size,
      fileSha256: upload.sha256,
      format: format as unknown as Record<string, unknown>,
      createdBy: ctx.actor.type === 'user' ? ctx.actor.id : null,
      createdAt: now,
    });
    await audit(deps, tx, ctx, 'import.created', id, { kind: input.kind, fileName: input.fileName, fileSize: upload.size });
    return created;
  });
  return { ...toImport(row), preview };
}

/** Applies format changes given at start; the delimiter only matters for CSV. */
function mergeFormat(stored: CsvFormat, change: Format | undefined): CsvFormat {
  const type = change?.type ?? stored.type;
  const header = change?.header ?? stored.header;
  const encoding = change?.encoding ?? stored.encoding;
  if (type === 'whitespace') return { type, header, encoding };
  return { type, delimiter: change?.delimiter ?? (stored.type === 'csv' ? stored.delimiter : ','), header, encoding };
}

/**
 * Checks the mapping against the file and queues the import (a dry run validates every row
 * and writes only the error report), then hands it to the job queue. Starting again after it
 * finished runs it from the top: event ids and identities make a second real run store nothing twice.
 */
export async function startImport(deps: ImportDeps, ctx: AuditContext, id: string, body: StartBody): Promise<Import> {
  const queued = await queueImport(deps, ctx, id, body);
  await enqueueRun(deps, id, queued.run);
  return queued.import;
}

/** The checks and state change of startImport, without handing the run over: the CLI runs it itself. */
export async function queueImport(deps: ImportDeps, ctx: AuditContext, id: string, body: StartBody): Promise<{ import: Import; run: number }> {
  const row = await repo.findImport(deps.database.db, id);
  if (!row) throw new AppError('import_not_found');
  if (row.status === 'queued' || row.status === 'running') throw new AppError('import_not_startable');
  if (!fs.existsSync(row.filePath)) throw new AppError('import_file_missing');
  const format = mergeFormat(row.format as unknown as CsvFormat, body.format);
  const table = await openTable(row.filePath, format);
  await table.close();
  const org = await getOrganisationSettings(deps);
  const options = resolveOptions(body.options ?? {}, { ...org, createUnknownCustomers: deps.config.events.createUnknownCustomers });
  const customFields = row.kind === 'customers' ? await customFieldDefs(deps.database.db) : {};
  const check = checkMapping(row.kind as ImportKind, body.mapping, table.columns, { ...options, customFields });
  if (!check.ok) throw new AppError('invalid_mapping', check.problems.join('; '), { problems: check.problems, columns: table.columns });

  const run = repo.runOf(row) + 1;
  const started = await transaction(deps.database.db, async (tx) => {
    const updated = await repo.updateImportIf(tx, id, ['uploaded', 'completed', 'failed', 'cancelled'], {
      status: 'queued',
      dryRun: options.dryRun,
      format: format as unknown as Record<string, unknown>,
      mapping: body.mapping,
      options: options as unknown as Record<string, unknown>,
      rowsProcessed: 0,
      rowsOk: 0,
      rowsFailed: 0,
      checkpointRow: 0,
      summary: { run },
      message: '',
      errorFilePath: path.join(deps.config.uploadDir, `${id}.errors.csv`),
      startedAt: null,
      finishedAt: null,
    });
    if (!updated) throw new AppError('import_not_startable');
    await audit(deps, tx, ctx, 'import.started', id, { dryRun: options.dryRun, run });
    return updated;
  });
  await fs.promises.mkdir(deps.config.uploadDir, { recursive: true });
  return { import: toImport(started), run };
}

/**
 * Hands run `run` of an import to the job queue (never inside a transaction). Without job
 * workers in this process (JOBS_ENABLED=false) it runs here, in the background.
 */
export async function enqueueRun(deps: ImportDeps, id: string, run: number): Promise<void> {
  if (deps.jobs) {
    await deps.jobs.send(IMPORT_QUEUE, { importId: id, run }, { singletonKey: `${id}:${run}`, retryLimit: 2 });
    return;
  }
  void runImport(deps, id, run).catch((err: unknown) => deps.logger.error({ err, importId: id }, 'import run failed'));
}

/** Stops an import that has not finished; a running one stops at its next chunk. */
export async function cancelImport(deps: ImportDeps, ctx: AuditContext, id: string): Promise<Import> {
  return transaction(deps.database.db, async (tx) => {
    const row = await repo.updateImportIf(tx, id, ['uploaded', 'queued', 'running'], { status: 'cancelled', finishedAt: deps.clock.now() });
    if (!row) {
      if (!(await repo.findImport(tx, id))) throw new AppError('import_not_found');
      throw new AppError('import_not_cancellable');
    }
    await audit(deps, tx, ctx, 'import.cancelled', id, { rowsProcessed: row.rowsProcessed });
    return toImport(row);
  });
}

/** One import with its progress, columns and first rows. */
export async function getImport(deps: ImportDeps, id: string): Promise<ImportWithPreview> {
  const row = await repo.findImport(deps.database.db, id);
  if (!row) throw new AppError('import_not_found');
  const preview = await readPreview(row.filePath, row.format as unknown as CsvFormat, PREVIEW_ROWS).catch(() => ({ columns: [], rows: [] }));
  return { ...toImport(row), preview };
}

/** Imports, newest first. */
export async function listImports(deps: ImportDeps, query: ImportListQuery): Promise<{ items: Import[]; nextCursor: string | null }> {
  const limit = query.limit ?? 50;
  const rows = await repo.listImports(deps.database.db, limit, decodeTimeCursor(query.cursor));
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  return {
    items: items.map(toImport),
    nextCursor: rows.length > limit && last ? encodeCursor({ k: last.createdAt.toISOString(), id: last.id }) : null,
  };
}

/** The committed part of the error report (line, field, reason), streamed; just the header before any run. */
export async function errorReport(deps: ImportDeps, id: string): Promise<{ body: NodeJS.ReadableStream | string; fileName: string }> {
  const row = await repo.findImport(deps.database.db, id);
  if (!row) throw new AppError('import_not_found');
  const base = row.fileName.replace(/\.[^.]*$/, '').replace(/[^\w.-]+/g, '_') || 'import';
  return { body: readReport(row.errorFilePath, Number(row.summary.errorBytes ?? 0)), fileName: `${base}.errors.csv` };
}
