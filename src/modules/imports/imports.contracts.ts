import { Type, type Static } from 'typebox';
import { DateTime, Id, IdParams, Nullable, pageQueryFields } from '../../platform/http/schemas';
import { dateFormats } from './rules/timestamp';

// Request and response shapes of the imports API (docs/api.md "Imports").

export { IdParams };

const Kind = Type.Union([Type.Literal('events'), Type.Literal('customers')]);
const Status = Type.Enum(['uploaded', 'queued', 'running', 'completed', 'failed', 'cancelled']);

export const UploadQuery = Type.Object({
  kind: Kind,
  fileName: Type.Optional(Type.String({ minLength: 1, maxLength: 255 })),
});
export type UploadQuery = Static<typeof UploadQuery>;

/** The raw CSV file (content-type text/csv); stored to disk as it arrives. */
export const UploadBody = Type.Unsafe<unknown>({ type: 'string', format: 'binary', description: 'The CSV file (text/csv), at most 200 MiB' });

export const Format = Type.Object(
  {
    type: Type.Optional(Type.Union([Type.Literal('csv'), Type.Literal('whitespace')])),
    delimiter: Type.Optional(Type.String({ minLength: 1, maxLength: 1 })),
    header: Type.Optional(Type.Boolean()),
    encoding: Type.Optional(Type.Union([Type.Literal('utf-8'), Type.Literal('gb18030')])),
  },
  { additionalProperties: false },
);
export type Format = Static<typeof Format>;

const Source = Type.Union([Type.String({ minLength: 1, maxLength: 200 }), Type.Object({ value: Type.String({ maxLength: 500 }) }, { additionalProperties: false })]);

export const Mapping = Type.Record(Type.String({ minLength: 1, maxLength: 100 }), Source, { maxProperties: 60 });

export const ImportOptions = Type.Object(
  {
    dryRun: Type.Optional(Type.Boolean({ default: false })),
    /** Events naming unknown customers create them (default true). */
    createUnknownCustomers: Type.Optional(Type.Boolean()),
    /** Customers: replace non-empty profile fields too (default false: only fill empty ones). */
    overwrite: Type.Optional(Type.Boolean()),
    timezone: Type.Optional(Type.String({ minLength: 1, maxLength: 64 })),
    dateFormat: Type.Optional(Type.Enum(dateFormats)),
    system: Type.Optional(Type.String({ pattern: '^[A-Za-z0-9._-]{1,64}$' })),
    currency: Type.Optional(Type.String({ pattern: '^[A-Z]{3}$' })),
  },
  { additionalProperties: false },
);
export type ImportOptions = Static<typeof ImportOptions>;

export const StartBody = Type.Object(
  { mapping: Mapping, format: Type.Optional(Format), options: Type.Optional(ImportOptions) },
  { additionalProperties: false },
);
export type StartBody = Static<typeof StartBody>;

export const ImportListQuery = Type.Object(pageQueryFields);
export type ImportListQuery = Static<typeof ImportListQuery>;

const Counter = Type.Optional(Type.Integer());
export const ImportSummary = Type.Object(
  {
    accepted: Counter,
    duplicate: Counter,
    customersCreated: Counter,
    customersUpdated: Counter,
    durationMs: Counter,
    rowsPerSecond: Counter,
  },
  { additionalProperties: false },
);

export const Import = Type.Object({
  id: Id,
  kind: Kind,
  status: Status,
  dryRun: Type.Boolean(),
  fileName: Type.String(),
  fileSize: Type.Integer(),
  fileSha256: Type.String(),
  format: Type.Object({ type: Type.String(), delimiter: Type.Optional(Type.String()), header: Type.Boolean(), encoding: Type.String() }),
  mapping: Type.Record(Type.String(), Source),
  options: ImportOptions,
  rowsProcessed: Type.Integer(),
  rowsOk: Type.Integer(),
  rowsFailed: Type.Integer(),
  checkpointRow: Type.Integer(),
  summary: ImportSummary,
  message: Type.String(),
  createdBy: Nullable(Id),
  createdAt: DateTime,
  startedAt: Nullable(DateTime),
  finishedAt: Nullable(DateTime),
});
export type Import = Static<typeof Import>;

export const ImportWithPreview = Type.Object({
  ...Import.properties,
  /** The file's columns (col1, col2… without a header row) and its first rows. */
  preview: Type.Object({ columns: Type.Array(Type.String()), rows: Type.Array(Type.Array(Type.String())) }),
});
export type ImportWithPreview = Static<typeof ImportWithPreview>;

export const ImportPage = Type.Object({ items: Type.Array(Import), nextCursor: Nullable(Type.String()) });
