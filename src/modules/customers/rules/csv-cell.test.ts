import { describe, expect, it } from 'vitest';
import { safeCell } from './csv-cell';

describe('safeCell', () => {
  it('escapes text a spreadsheet would run as a formula', () => {
    expect(safeCell('=1+1')).toBe("'=1+1");
    expect(safeCell('+86 138')).toBe("'+86 138");
    expect(safeCell('-2')).toBe("'-2");
    expect(safeCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(safeCell('\t=1')).toBe("'\t=1");
  });

  it('leaves ordinary text alone and writes null as empty', () => {
    expect(safeCell('夜雨')).toBe('夜雨');
    expect(safeCell('a=b')).toBe('a=b');
    expect(safeCell(null)).toBe('');
  });
});
