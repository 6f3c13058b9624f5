import fs from 'node:fs';
import { Transform, type Readable, type TransformCallback } from 'node:stream';
import { parse } from 'csv-parse';
import { detectFormat, positionalColumn, type CsvFormat, type Encoding } from './csv-format';

/** One record of the file: its 1-based line number (where it starts) and its fields. */
export interface SourceRecord {
  line: number;
  values: string[];
}

/** A file opened for reading: its columns, and its data rows, read as they are consumed. */
export interface Table {
  columns: string[];
  rows: AsyncIterable<SourceRecord>;
  /** Stops reading (needed only when `rows` is not iterated to its end). */
  close(): Promise<void>;
}

/**
 * Streams the records of a file, header included, never holding more than a buffer of it.
 * @example for await (const { line, values } of readRecords('a.csv', format)) …
 */
export async function* readRecords(filePath: string, format: CsvFormat): AsyncGenerator<SourceRecord> {
  const file = fs.createReadStream(filePath, { highWaterMark: 256 * 1024 });
  const decoded = decode(file, format.encoding);
  const records: Readable = format.type === 'whitespace' ? decoded.pipe(new WhitespaceSplitter()) : csvRecords(decoded, format.delimiter);
  // A failure on any stage ends the iteration with that error.
  for (const stage of new Set([file, decoded])) stage.on('error', (err: Error) => records.destroy(err));
  try {
    for await (const record of records) yield record as SourceRecord;
  } finally {
    file.destroy();
    records.destroy();
  }
}

/**
 * Opens a file as a table: reads the header row (or names the columns col1, col2, … after
 * the first row when there is none) and hands back the remaining rows as a stream.
 */
export async function openTable(filePath: string, format: CsvFormat): Promise<Table> {
  const records = readRecords(filePath, format);
  const first = await records.next();
  const firstRecord = first.done ? undefined : first.value;
  const columns = !firstRecord
    ? []
    : format.header
      ? firstRecord.values.map((c) => c.trim())
      : firstRecord.values.map((_, i) => positionalColumn(i + 1));
  async function* rows(): AsyncGenerator<SourceRecord> {
    try {
      if (firstRecord && !format.header) yield firstRecord;
      for (;;) {
        const next = await records.next();
        if (next.done) return;
        yield next.value;
      }
    } finally {
      await records.return(undefined);
    }
  }
  return { columns, rows: rows(), close: async () => void (await records.return(undefined)) };
}

/**
 * Guesses how a file is written from its first 64 KiB: UTF-8 if that decodes cleanly, else
 * GB18030; then delimiter and header from the first line (see detectFormat).
 */
export async function sniffFormat(filePath: string): Promise<CsvFormat> {
  const handle = await fs.promises.open(filePath, 'r');
  try {
    const buffer = Buffer.alloc(64 * 1024);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    const head = buffer.subarray(0, bytesRead);
    let encoding: Encoding = 'utf-8';
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: true });
    } catch {
      encoding = 'gb18030';
      text = new TextDecoder('gb18030').decode(head, { stream: true });
    }
    return detectFormat(text.split(/\r?\n/, 1)[0] ?? '', encoding);
  } finally {
    await handle.close();
  }
}

/** The columns and the first `limit` rows of a file. */
export async function readPreview(filePath: string, format: CsvFormat, limit: number): Promise<{ columns: string[]; rows: string[][] }> {
  const table = await openTable(filePath, format);
  const rows: string[][] = [];
  try {
    for await (const row of table.rows) {
      if (rows.length >= limit) break;
      rows.push(row.values);
    }
  } finally {
    await table.close();
  }
  return { columns: table.columns, rows };
}

function decode(file: Readable, encoding: Encoding): Readable {
  if (encoding === 'utf-8') return file;
  const decoder = new TextDecoder(encoding);
  return file.pipe(
    new Transform({
      transform(chunk: Buffer, _enc, done) {
        done(null, decoder.decode(chunk, { stream: true }));
      },
      flush(done) {
        done(null, decoder.decode());
      },
    }),
  );
}

function csvRecords(input: Readable, delimiter: string): Readable {
  const parser = parse({
    bom: true,
    delimiter,
    info: true,
    record_delimiter: ['\r\n', '\n'],
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: true,
  });
  // csv-parse reports the line a record ends on; a quoted field may span several lines.
  const toRecord = new Transform({
    objectMode: true,
    transform(chunk: { record: string[]; info: { lines: number } }, _enc, done) {
      let newlines = 0;
      for (const value of chunk.record) for (let i = value.indexOf('\n'); i !== -1; i = value.indexOf('\n', i + 1)) newlines++;
      done(null, { line: chunk.info.lines - newlines, values: chunk.record } satisfies SourceRecord);
    },
  });
  parser.on('error', (err) => toRecord.destroy(err));
  return input.pipe(parser).pipe(toRecord);
}

/** Splits text into lines and each non-blank line on runs of whitespace. */
export class WhitespaceSplitter extends Transform {
  private rest = '';
  private line = 0;
  private readonly decoder = new TextDecoder('utf-8');

  constructor() {
    super({ readableObjectMode: true });
  }

  override _transform(chunk: Buffer | string, _enc: BufferEncoding, done: TransformCallback): void {
    const text = this.rest + (typeof chunk === 'string' ? chunk : this.decoder.decode(chunk, { stream: true }));
    let start = 0;
    for (let end = text.indexOf('\n'); end !== -1; end = text.indexOf('\n', start)) {
      this.emitLine(text.slice(start, end));
      start = end + 1;
    }
    this.rest = text.slice(start);
    done();
  }

  override _flush(done: TransformCallback): void {
    const tail = this.rest + this.decoder.decode();
    if (tail !== '') this.emitLine(tail);
    done();
  }

  private emitLine(raw: string): void {
    this.line++;
    const text = (this.line === 1 ? raw.replace(/^\uFEFF/, '') : raw).trim();
    if (text !== '') this.push({ line: this.line, values: text.split(/\s+/) } satisfies SourceRecord);
  }
}
