import path from 'node:path';
import cliProgress from 'cli-progress';
import { systemActor, type AuditContext } from '../../platform/audit/audit.service';
import { AppError } from '../../platform/http/app-error';
import { parseCliMapping } from './cli-mapping';
import type { Format, ImportOptions } from './imports.contracts';
import { runImport } from './import-runner';
import { cancelImport, createImport, queueImport, type ImportDeps } from './imports.service';
import type { ImportKind } from './rules/import-mapping';
import { countLines, describeFile } from './upload';

/** `guildhall import` options, as commander parses them. */
export interface ImportCommandOptions {
  kind: string;
  map: string[];
  set: string[];
  format?: string;
  delimiter?: string;
  header?: boolean;
  encoding?: string;
  dryRun?: boolean;
  timezone?: string;
  dateFormat?: string;
  system?: string;
  currency?: string;
  overwrite?: boolean;
  createCustomers?: boolean;
}

/** Thrown for a command line that cannot run; main.ts prints it and exits with status 2. */
export class ImportUsageError extends Error {}

const cliContext: AuditContext = { actor: { ...systemActor, label: 'cli' } };

/**
 * Imports a local file in this process through the same service the API uses: registers it
 * (in place, not copied), runs it chunk by chunk with a progress bar, prints a summary and
 * where the error report is. Answers whether the import completed.
 * @example await runImportCommand(deps, 'online_retail.csv', { kind: 'events', map: ['id=InvoiceNo', …], set: [], system: 'online-retail' })
 */
export async function runImportCommand(deps: ImportDeps, file: string, opts: ImportCommandOptions, out: NodeJS.WritableStream = process.stdout): Promise<boolean> {
  if (opts.kind !== 'events' && opts.kind !== 'customers') throw new ImportUsageError('--kind must be events or customers');
  const parsed = parseCliMapping(opts.map, opts.set);
  if (!parsed.ok) throw new ImportUsageError(parsed.problems.join('\n'));
  const upload = await describeFile(file).catch(() => {
    throw new ImportUsageError(`Cannot read ${file}`);
  });
  const format: Format = {
    ...(opts.format && { type: opts.format as Format['type'] }),
    ...(opts.delimiter && { delimiter: opts.delimiter }),
    ...(opts.header !== undefined && { header: opts.header }),
    ...(opts.encoding && { encoding: opts.encoding as Format['encoding'] }),
  };
  const options: ImportOptions = {
    dryRun: Boolean(opts.dryRun),
    ...(opts.createCustomers === false && { createUnknownCustomers: false }),
    ...(opts.overwrite && { overwrite: true }),
    ...(opts.timezone && { timezone: opts.timezone }),
    ...(opts.dateFormat && { dateFormat: opts.dateFormat as ImportOptions['dateFormat'] }),
    ...(opts.system && { system: opts.system }),
    ...(opts.currency && { currency: opts.currency }),
  };
  try {
    const created = await createImport(deps, cliContext, { kind: opts.kind as ImportKind, fileName: path.basename(file), upload, keepFile: true });
    const { run } = await queueImport(deps, cliContext, created.id, { mapping: parsed.mapping, format, options }).catch(async (err: unknown) => {
      await cancelImport(deps, cliContext, created.id); // not left looking pending
      throw err;
    });
    const estimate = Math.max((await countLines(file)) - (created.format.header ? 1 : 0), 1);
    const bar = new cliProgress.SingleBar(
      { format: '{bar} {percentage}% | {value}/{total} rows | {speed} rows/s | {failed} failed', hideCursor: true },
      cliProgress.Presets.shades_classic,
    );
    bar.start(estimate, 0, { speed: 0, failed: 0 });
    const done = await runImport(deps, created.id, run, {
      onProgress: (p) => bar.update(Math.min(p.rowsProcessed, estimate), { speed: Math.round(p.runRows / Math.max(p.elapsedMs / 1000, 0.001)), failed: p.rowsFailed }),
    });
    bar.update(done?.rowsProcessed ?? 0);
    bar.stop();
    if (!done) throw new Error('the import was taken over by another process');
    const summary = done.summary as Record<string, number>;
    const lines = [
      `Import ${done.id} ${done.status}${done.dryRun ? ' (dry run: nothing was written)' : ''}: ${done.message}`,
      opts.kind === 'events' && !done.dryRun ? `  events stored ${summary.accepted ?? 0}, already there ${summary.duplicate ?? 0}` : '',
      opts.kind === 'customers' && !done.dryRun ? `  customers created ${summary.customersCreated ?? 0}, updated ${summary.customersUpdated ?? 0}` : '',
      `  ${summary.rowsPerSecond ?? 0} rows/s in ${((summary.durationMs ?? 0) / 1000).toFixed(1)} s`,
      done.rowsFailed > 0 ? `  error report: ${done.errorFilePath}` : '',
    ];
    out.write(`${lines.filter(Boolean).join('\n')}\n`);
    return done.status === 'completed';
  } catch (err) {
    if (err instanceof AppError) {
      const problems = err.extra.problems as string[] | undefined;
      throw new ImportUsageError(problems ? `${err.code}:\n  - ${problems.join('\n  - ')}` : `${err.code}: ${err.message}`);
    }
    throw err;
  }
}
