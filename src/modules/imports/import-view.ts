import type { Import } from './imports.contracts';
import type { ImportRow } from './imports.repository';

const SUMMARY_KEYS = ['accepted', 'duplicate', 'customersCreated', 'customersUpdated', 'durationMs', 'rowsPerSecond'] as const;

/** The API shape of an import row: bookkeeping (run number, heartbeat, report size) stays inside. */
export function toImport(row: ImportRow): Import {
  const summary: Import['summary'] = {};
  for (const key of SUMMARY_KEYS) if (typeof row.summary[key] === 'number') summary[key] = row.summary[key] as number;
  const format = row.format as Import['format'];
  return {
    id: row.id,
    kind: row.kind as Import['kind'],
    status: row.status as Import['status'],
    dryRun: row.dryRun,
    fileName: row.fileName,
    fileSize: row.fileSize,
    fileSha256: row.fileSha256,
    format,
    mapping: row.mapping as Import['mapping'],
    options: row.options as Import['options'],
    rowsProcessed: row.rowsProcessed,
    rowsOk: row.rowsOk,
    rowsFailed: row.rowsFailed,
    checkpointRow: row.checkpointRow,
    summary,
    message: row.message,
    createdBy: row.createdBy,
    createdAt: row.createdAt.toISOString(),
    startedAt: row.startedAt?.toISOString() ?? null,
    finishedAt: row.finishedAt?.toISOString() ?? null,
  };
}
