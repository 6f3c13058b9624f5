import { boolean, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/** CSV import jobs: uploaded file, column mapping, progress and a checkpoint for resuming. */
export const imports = pgTable(
  'imports',
  {
    id: uuid('id').primaryKey(),
    /** customers | events */
    kind: text('kind').notNull(),
    /** uploaded | queued | running | completed | failed | cancelled */
    status: text('status').notNull(),
    dryRun: boolean('dry_run').notNull().default(false),
    fileName: text('file_name').notNull(),
    filePath: text('file_path').notNull(),
    fileSize: integer('file_size').notNull(),
    fileSha256: text('file_sha256').notNull(),
    /** CSV parsing options: delimiter, whitespace-separated, header row… */
    format: jsonb('format').$type<Record<string, unknown>>().notNull().default({}),
    /** Target field → source column. */
    mapping: jsonb('mapping').$type<Record<string, unknown>>().notNull().default({}),
    options: jsonb('options').$type<Record<string, unknown>>().notNull().default({}),
    rowsProcessed: integer('rows_processed').notNull().default(0),
    rowsOk: integer('rows_ok').notNull().default(0),
    rowsFailed: integer('rows_failed').notNull().default(0),
    /** Rows already committed: a resumed import skips them. */
    checkpointRow: integer('checkpoint_row').notNull().default(0),
    errorFilePath: text('error_file_path'),
    summary: jsonb('summary').$type<Record<string, unknown>>().notNull().default({}),
    message: text('message').notNull().default(''),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    startedAt: timestamp('started_at', { withTimezone: true }),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
  },
  (t) => [index('imports_created_idx').on(t.createdAt)],
);
