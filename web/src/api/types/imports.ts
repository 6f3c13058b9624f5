import type { Id, Timestamp } from './common';

// ---- imports (docs/api.md "Imports") ----

export const importKinds = ['events', 'customers'] as const;
export type ImportKind = (typeof importKinds)[number];
export const importStatuses = ['uploaded', 'queued', 'running', 'completed', 'failed', 'cancelled'] as const;
export type ImportStatus = (typeof importStatuses)[number];

/** Target fields of a mapping, per kind (`custom.<key>` targets come on top for customers). */
export const eventImportTargets = [
  'occurredAt',
  'customer.external',
  'customer.phone',
  'customer.email',
  'customer.gameAccount',
  'customer.memberCard',
  'customer.id',
  'id',
  'type',
  'amount',
  'currency',
  'product',
  'quantity',
  'storeId',
] as const;
export const customerImportTargets = [
  'displayName',
  'realName',
  'gender',
  'birthday',
  'region',
  'city',
  'phone',
  'email',
  'gameAccount',
  'memberCard',
  'external',
  'tags',
] as const;
export const importDateFormats = ['auto', 'iso', 'YYYY-MM-DD', 'YYYYMMDD', 'DD/MM/YYYY', 'MM/DD/YYYY'] as const;
export type ImportDateFormat = (typeof importDateFormats)[number];

/** A column of the file (by name) or a constant. */
export type ImportSource = string | { value: string };
export type ImportMapping = Record<string, ImportSource>;

export interface ImportFormat {
  type?: 'csv' | 'whitespace';
  delimiter?: string;
  header?: boolean;
  encoding?: 'utf-8' | 'gb18030';
}

export interface ImportOptions {
  dryRun?: boolean;
  createUnknownCustomers?: boolean;
  overwrite?: boolean;
  timezone?: string;
  dateFormat?: ImportDateFormat;
  system?: string;
  currency?: string;
}

export interface StartImportRequest {
  mapping: ImportMapping;
  format?: ImportFormat;
  options?: ImportOptions;
}

export interface Import {
  id: Id;
  kind: ImportKind;
  status: ImportStatus;
  dryRun: boolean;
  fileName: string;
  fileSize: number;
  fileSha256: string;
  format: { type: string; delimiter?: string; header: boolean; encoding: string };
  mapping: ImportMapping;
  options: ImportOptions;
  rowsProcessed: number;
  rowsOk: number;
  rowsFailed: number;
  checkpointRow: number;
  summary: { accepted?: number; duplicate?: number; customersCreated?: number; customersUpdated?: number; durationMs?: number; rowsPerSecond?: number };
  message: string;
  createdBy: Id | null;
  createdAt: Timestamp;
  startedAt: Timestamp | null;
  finishedAt: Timestamp | null;
}

export interface ImportWithPreview extends Import {
  /** The file's columns (col1, col2… without a header row) and its first rows. */
  preview: { columns: string[]; rows: string[][] };
}
