import type { Bus } from '../../platform/bus/bus';
import type { Clock } from '../../platform/clock';
import type { Database } from '../../platform/db/database';
import type { IdGenerator } from '../../platform/ids';
import type { Logger } from '../../platform/logger';
import type { ChunkOutcome, CommitChunk, ImportRunContext, LinedRow } from './chunk';
import type { CsvFormat } from './csv/csv-format';
import { openTable, type SourceRecord } from './csv/read-rows';
import { customFieldDefs } from '../customers/profile-bulk.repository';
import { writeCustomerChunk } from './customer-chunk';
import { ErrorReport, type ReportedError } from './error-report';
import { writeEventChunk } from './event-chunk';
import { orderedPipeline } from './ordered-pipeline';
import * as repo from './imports.repository';
import type { ImportMapping, MapSettings } from './rules/import-mapping';
import { customerRowMapper, eventRowMapper, type ImportCustomerRow, type ImportEventInput, type MapResult } from './rules/map-row';
import type { StoredOptions } from './stored-options';

export interface RunnerDeps {
  database: Database;
  bus: Bus;
  clock: Clock;
  ids: IdGenerator;
  logger: Pick<Logger, 'error' | 'warn'>;
}

export interface ImportProgress {
  rowsProcessed: number;
  rowsOk: number;
  rowsFailed: number;
  /** Rows this run has processed, and for how long. */
  runRows: number;
  elapsedMs: number;
}

export interface RunHooks {
  /** Rows per chunk (default 5,000): each chunk is written and checkpointed on its own. */
  chunkSize?: number;
  /** Chunks written at once (default 2 for events on PostgreSQL, else 1); checkpoints stay in file order. */
  concurrency?: number;
  /** After each chunk's checkpoint. */
  onProgress?: (progress: ImportProgress) => void;
  /**
   * Called after a chunk's rows are written and before its checkpoint (tests inject crashes
   * here). A throw acts like the process dying: the run stops and records nothing more.
   */
  beforeCheckpoint?: (chunk: number) => void | Promise<void>;
}

export const DEFAULT_CHUNK_SIZE = 5_000;

/** A failure injected through RunHooks, passed through untouched. */
class Interrupted extends Error {
  constructor(readonly original: unknown) {
    super('interrupted');
  }
}

/**
 * Runs (or resumes) one import queued for job run `queuedRun`: streams the file, skips the rows a
 * previous run committed, maps and writes the rest chunk by chunk, each with its checkpoint,
 * counters and error-report size; then marks the import completed (or failed, with why).
 * Does nothing when the import was cancelled or a later run owns it.
 * @example await runImport(deps, importId, 1, { onProgress: (p) => bar.update(p.rowsProcessed) })
 */
export async function runImport(deps: RunnerDeps, importId: string, queuedRun: number, hooks: RunHooks = {}): Promise<repo.ImportRow | undefined> {
  const db = deps.database.db;
  const row = await repo.claimRun(db, importId, queuedRun, deps.clock.now());
  if (!row) return undefined;
  const run = repo.runOf(row);
  const t0 = performance.now();
  try {
    const finished = await processFile(deps, row, run, hooks, t0);
    if (finished) {
      const seconds = Math.max((performance.now() - t0) / 1000, 0.001);
      const summary = { durationMs: Math.round(seconds * 1000), rowsPerSecond: Math.round(finished.runRows / seconds) };
      const message = `${finished.rowsProcessed} rows: ${finished.rowsOk} ok, ${finished.rowsFailed} failed`;
      await repo.finishRun(db, importId, run, { status: 'completed', now: deps.clock.now(), message, summary });
    }
  } catch (err) {
    if (err instanceof Interrupted) throw err.original;
    deps.logger.warn({ err, importId }, 'import failed');
    await repo.finishRun(db, importId, run, { status: 'failed', now: deps.clock.now(), message: failureMessage(err) });
  }
  return repo.findImport(db, importId);
}

function failureMessage(err: unknown): string {
  const e = err as { code?: string; message?: string };
  if (e.code === 'ENOENT') return 'The uploaded file is no longer available';
  return (e.message ?? String(err)).slice(0, 500);
}

type Mapper = (row: SourceRecord) => MapResult<ImportEventInput> | MapResult<ImportCustomerRow>;

/** Streams and writes the rows; answers the final progress, or nothing when the run was stopped. */
async function processFile(deps: RunnerDeps, row: repo.ImportRow, run: number, hooks: RunHooks, t0: number): Promise<ImportProgress | undefined> {
  const options = row.options as unknown as StoredOptions;
  const table = await openTable(row.filePath, row.format as unknown as CsvFormat);
  const settings: MapSettings = {
    timezone: options.timezone,
    dateFormat: options.dateFormat,
    system: options.system,
    defaultCurrency: options.currency,
    fileKey: row.fileSha256.slice(0, 16),
    customFields: row.kind === 'customers' ? await customFieldDefs(deps.database.db) : {},
  };
  const mapping = row.mapping as ImportMapping;
  const mapper: Mapper = row.kind === 'events' ? eventRowMapper(mapping, table.columns, settings) : customerRowMapper(mapping, table.columns, settings);
  const report = await ErrorReport.open(row.errorFilePath!, row.checkpointRow === 0 ? 0 : Number(row.summary.errorBytes ?? 0));
  const ctx: ImportRunContext = {
    importId: row.id,
    dryRun: row.dryRun,
    createUnknownCustomers: options.createUnknownCustomers,
    overwrite: options.overwrite,
  };
  let state: repo.Checkpoint = { checkpointRow: row.checkpointRow, rowsProcessed: row.rowsProcessed, rowsOk: row.rowsOk, rowsFailed: row.rowsFailed, summary: row.summary };
  let chunkNo = 0;
  // Event chunks overlap on PostgreSQL (ingest sorts its locks, so two batches cannot
  // deadlock); their checkpoints still go in file order. Customer chunks commit inside their
  // own transaction, one at a time.
  const depth = hooks.concurrency ?? (row.kind === 'events' && deps.database.kind === 'pg' ? 2 : 1);
  const pipeline = orderedPipeline(depth);

  const push = (records: SourceRecord[]): Promise<boolean> => {
    const n = ++chunkNo;
    const valid: LinedRow<unknown>[] = [];
    const mapErrors: ReportedError[] = [];
    for (const record of records) {
      const mapped = mapper(record);
      if (mapped.ok) valid.push({ line: record.line, value: mapped.value });
      else for (const e of mapped.errors) mapErrors.push({ line: record.line, ...e });
    }
    const save = async (ex: Parameters<CommitChunk>[0], outcome: ChunkOutcome): Promise<boolean> => {
      try {
        await hooks.beforeCheckpoint?.(n);
      } catch (err) {
        throw new Interrupted(err);
      }
      const errors = [...mapErrors, ...outcome.errors].sort((a, b) => a.line - b.line);
      const errorBytes = await report.append(errors);
      const summary: Record<string, unknown> = { ...state.summary, errorBytes, heartbeatAt: deps.clock.now().toISOString() };
      for (const [key, count] of Object.entries(outcome.counters)) summary[key] = Number(summary[key] ?? 0) + count;
      const next: repo.Checkpoint = {
        checkpointRow: state.checkpointRow + records.length,
        rowsProcessed: state.rowsProcessed + records.length,
        rowsOk: state.rowsOk + outcome.ok,
        rowsFailed: state.rowsFailed + (records.length - valid.length) + new Set(outcome.errors.map((e) => e.line)).size,
        summary,
      };
      const saved = await repo.saveCheckpoint(ex, row.id, run, next);
      if (saved) {
        state = next;
        hooks.onProgress?.(progressOf(state, row, t0));
      }
      return saved;
    };
    return pipeline.push((inTurn) => {
      const commit: CommitChunk = (ex, outcome) => inTurn(() => save(ex, outcome));
      return row.kind === 'events'
        ? writeEventChunk(deps, valid as LinedRow<ImportEventInput>[], ctx, commit)
        : writeCustomerChunk(deps, valid as LinedRow<ImportCustomerRow>[], ctx, commit);
    });
  };

  const chunkSize = hooks.chunkSize ?? DEFAULT_CHUNK_SIZE;
  let skip = row.checkpointRow;
  let chunk: SourceRecord[] = [];
  try {
    for await (const record of table.rows) {
      if (skip > 0) {
        skip--;
        continue;
      }
      chunk.push(record);
      if (chunk.length < chunkSize) continue;
      if (!(await push(chunk))) return undefined;
      chunk = [];
    }
  } catch (err) {
    // A file that stops parsing: let the chunks in flight land first.
    await pipeline.drain().catch(() => false);
    throw err;
  }
  if (chunk.length > 0 && !(await push(chunk))) return undefined;
  if (!(await pipeline.drain())) return undefined;
  return progressOf(state, row, t0);
}

function progressOf(state: repo.Checkpoint, row: repo.ImportRow, t0: number): ImportProgress {
  return {
    rowsProcessed: state.rowsProcessed,
    rowsOk: state.rowsOk,
    rowsFailed: state.rowsFailed,
    runRows: state.rowsProcessed - row.rowsProcessed,
    elapsedMs: performance.now() - t0,
  };
}
