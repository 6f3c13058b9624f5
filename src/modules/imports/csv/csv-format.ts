/** How an uploaded file is split into rows and columns. */
export type CsvFormat =
  | { type: 'csv'; delimiter: string; header: boolean; encoding: Encoding }
  /** Columns separated by runs of spaces or tabs, leading and trailing blanks ignored (CDNOW). */
  | { type: 'whitespace'; header: boolean; encoding: Encoding };

/** UTF-8 (a BOM is skipped) or GB18030, which Excel in Chinese locales writes. */
export type Encoding = 'utf-8' | 'gb18030';

const NUMERIC_OR_DATE = /^[+-]?[\d.,/:-]+$/;

/**
 * Guesses the format from the first line of a file: the delimiter that occurs in it
 * (comma, tab, semicolon), else whitespace when it holds several blank-separated words;
 * a header row unless every field of the first line is a number or a date.
 * @example detectFormat(' 00004 0001 19970101  2   29.33') // { type: 'whitespace', header: false, encoding: 'utf-8' }
 */
export function detectFormat(firstLine: string, encoding: Encoding = 'utf-8'): CsvFormat {
  const line = firstLine.replace(/^\uFEFF/, '').replace(/\r$/, '');
  const delimiter = [',', '\t', ';', '|'].find((d) => line.includes(d));
  if (delimiter) {
    const fields = line.split(delimiter).map((f) => f.trim().replace(/^"|"$/g, ''));
    return { type: 'csv', delimiter, header: !fields.every((f) => NUMERIC_OR_DATE.test(f)), encoding };
  }
  const words = line.trim().split(/\s+/);
  if (words.length > 1) return { type: 'whitespace', header: !words.every((w) => NUMERIC_OR_DATE.test(w)), encoding };
  return { type: 'csv', delimiter: ',', header: !NUMERIC_OR_DATE.test(line.trim()), encoding };
}

/** The name of the n-th (1-based) column of a file without a header row. */
export function positionalColumn(n: number): string {
  return `col${n}`;
}
