import type { ErrorSpec } from '../../platform/http/app-error';

/** Request-level errors of CSV imports. Bad rows are not errors: they go to the import's error report. */
export const importsErrors = {
  import_not_found: { status: 404, title: 'Import not found' },
  unreadable_import_file: { status: 400, title: 'The file has no rows or cannot be read as CSV' },
  invalid_mapping: { status: 400, title: 'The column mapping does not fit the file' },
  import_not_startable: { status: 409, title: 'The import is queued or running' },
  import_not_cancellable: { status: 409, title: 'The import has already finished' },
  import_file_missing: { status: 410, title: 'The uploaded file is no longer available' },
} as const satisfies Record<string, ErrorSpec>;
