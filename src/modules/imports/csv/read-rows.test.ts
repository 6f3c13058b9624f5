import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { detectFormat, type CsvFormat } from './csv-format';
import { openTable, readPreview, sniffFormat, type SourceRecord } from './read-rows';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gh-read-rows-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

let n = 0;
function file(content: string | Buffer): string {
  const p = path.join(dir, `f${++n}.csv`);
  fs.writeFileSync(p, content);
  return p;
}

async function readAll(p: string, format: CsvFormat): Promise<{ columns: string[]; rows: SourceRecord[] }> {
  const table = await openTable(p, format);
  const rows: SourceRecord[] = [];
  for await (const row of table.rows) rows.push(row);
  return { columns: table.columns, rows };
}

const csv: CsvFormat = { type: 'csv', delimiter: ',', header: true, encoding: 'utf-8' };
const ws: CsvFormat = { type: 'whitespace', header: true, encoding: 'utf-8' };

describe('openTable (csv)', () => {
  it('reads the header and rows with the line each starts on, skipping a BOM and blank lines', async () => {
    const p = file('\uFEFFInvoiceNo,CustomerID\r\n536365,17850\r\n\r\n"536,366","multi\nline"\n536367,13047\n');
    expect(await readAll(p, csv)).toEqual({
      columns: ['InvoiceNo', 'CustomerID'],
      rows: [
        { line: 2, values: ['536365', '17850'] },
        { line: 4, values: ['536,366', 'multi\nline'] },
        { line: 6, values: ['536367', '13047'] },
      ],
    });
  });

  it('keeps rows with too few or too many fields for the mapping to judge', async () => {
    const p = file('a,b\n1\n1,2,3\n');
    expect((await readAll(p, csv)).rows.map((r) => r.values)).toEqual([['1'], ['1', '2', '3']]);
  });

  it('names the columns col1… when there is no header row', async () => {
    const p = file('1,2\n3,4\n');
    expect(await readAll(p, { ...csv, header: false })).toEqual({
      columns: ['col1', 'col2'],
      rows: [
        { line: 1, values: ['1', '2'] },
        { line: 2, values: ['3', '4'] },
      ],
    });
  });

  it('decodes GB18030 files', async () => {
    const p = file(Buffer.from([0xd0, 0xd5, 0xc3, 0xfb, 0x0a, 0xd5, 0xc5, 0xc8, 0xfd, 0x0a])); // 姓名 / 张三
    expect(await readAll(p, { ...csv, encoding: 'gb18030' })).toEqual({ columns: ['姓名'], rows: [{ line: 2, values: ['张三'] }] });
  });

  it('answers an empty table for an empty file', async () => {
    expect(await readAll(file(''), csv)).toEqual({ columns: [], rows: [] });
  });

  it('fails the iteration with the parser error on a broken quote', async () => {
    const p = file('a,b\n"open,1\n');
    await expect(readAll(p, csv)).rejects.toThrow(/quote/i);
  });
});

describe('openTable (whitespace)', () => {
  it('splits CDNOW lines on runs of blanks, with CRLF, leading spaces and a padded header', async () => {
    const p = file('customer_id date   number_of_cds dollar_value\r\n 00001 19970101  1  11.77\r\n\r\n 00002 19970112   1   12.00');
    expect(await readAll(p, ws)).toEqual({
      columns: ['customer_id', 'date', 'number_of_cds', 'dollar_value'],
      rows: [
        { line: 2, values: ['00001', '19970101', '1', '11.77'] },
        { line: 4, values: ['00002', '19970112', '1', '12.00'] },
      ],
    });
  });

  it('streams a file much larger than its read buffer without losing a line', async () => {
    const lines = Array.from({ length: 50_000 }, (_, i) => ` ${String(i).padStart(5, '0')} 19970101 1 ${i}.5`);
    const p = file(`id date n v\n${lines.join('\n')}\n`);
    const { rows } = await readAll(p, ws);
    expect(rows).toHaveLength(50_000);
    expect(rows.at(-1)).toEqual({ line: 50_001, values: ['49999', '19970101', '1', '49999.5'] });
  });

  it('stops reading when closed before the end', async () => {
    const table = await openTable(file('a b\n1 2\n3 4\n'), ws);
    for await (const row of table.rows) {
      expect(row.line).toBe(2);
      break;
    }
    await table.close();
  });
});

describe('detectFormat, sniffFormat and readPreview', () => {
  it('detects CSV with a header, whitespace CDNOW master and header-less samples', async () => {
    expect(detectFormat('InvoiceNo,InvoiceDate,CustomerID,TotalPrice')).toEqual({ ...csv });
    expect(detectFormat('customer_id date number_of_cds dollar_value')).toEqual(ws);
    expect(detectFormat(' 00004 0001 19970101  2   29.33')).toEqual({ ...ws, header: false });
    expect(detectFormat('id\tname')).toEqual({ ...csv, delimiter: '\t' });
    expect(detectFormat('12.5,2026-01-01')).toEqual({ ...csv, header: false });
  });

  it('sniffs UTF-8 with a BOM, and GB18030 when the bytes are not UTF-8', async () => {
    expect(await sniffFormat(file('\uFEFFname,phone\r\n张三,1\n'))).toEqual(csv);
    expect(await sniffFormat(file(Buffer.from([0xd0, 0xd5, 0xc3, 0xfb, 0x2c, 0x61, 0x0a])))).toEqual({ ...csv, encoding: 'gb18030' });
  });

  it('previews the columns and the first rows only', async () => {
    const p = file(`a,b\n${Array.from({ length: 30 }, (_, i) => `${i},x`).join('\n')}\n`);
    const preview = await readPreview(p, csv, 3);
    expect(preview).toEqual({ columns: ['a', 'b'], rows: [['0', 'x'], ['1', 'x'], ['2', 'x']] });
  });
});
