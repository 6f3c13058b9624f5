import fs from 'node:fs';
import { stringify } from 'csv-stringify/sync';

/** One refused row in the error report. */
export interface ReportedError {
  line: number;
  field: string;
  reason: string;
}

const HEADER = stringify([['line', 'field', 'reason']]);

/**
 * The CSV error report of an import (line, field, reason), appended chunk by chunk. Its size
 * is committed with each chunk's checkpoint; a resumed run first cuts off whatever an
 * interrupted chunk appended after the last commit, so no error is reported twice.
 * @example const report = await ErrorReport.open(path, row.summary.errorBytes ?? 0); const size = await report.append(errors)
 */
export class ErrorReport {
  private constructor(
    readonly path: string,
    private bytes: number,
  ) {}

  /** Opens the report at its committed size (0: a new report with just the header). */
  static async open(path: string, committedBytes: number): Promise<ErrorReport> {
    if (committedBytes <= 0) {
      await fs.promises.writeFile(path, HEADER);
      return new ErrorReport(path, Buffer.byteLength(HEADER));
    }
    await fs.promises.truncate(path, committedBytes);
    return new ErrorReport(path, committedBytes);
  }

  /** Bytes written so far, header included. */
  get size(): number {
    return this.bytes;
  }

  /** Appends the errors and answers the report's new size. */
  async append(errors: ReportedError[]): Promise<number> {
    if (errors.length === 0) return this.bytes;
    const text = stringify(errors.map((e) => [e.line, e.field, e.reason]));
    await fs.promises.appendFile(this.path, text);
    this.bytes += Buffer.byteLength(text);
    return this.bytes;
  }
}

/** The committed part of a report as a stream; just the header when there is no report yet. */
export function readReport(path: string | null, committedBytes: number): NodeJS.ReadableStream | string {
  if (!path || committedBytes <= 0 || !fs.existsSync(path)) return HEADER;
  return fs.createReadStream(path, { start: 0, end: committedBytes - 1 });
}
