import { describe, expect, it } from 'vitest';
import { attachmentVerdict, safeFilename } from './attachment-policy';

describe('safeFilename', () => {
  it.each([
    ['../../截图 "1".png', '截图 1.png'],
    ['C:\\Users\\me\\log.txt', 'log.txt'],
    ['bad\u0000name\r\n.txt', 'badname.txt'],
    ['.hidden', 'hidden'],
    ['', 'attachment'],
    [null, 'attachment'],
  ])('%j → %j', (raw, expected) => expect(safeFilename(raw)).toBe(expected));

  it('shortens long names and keeps the extension', () => {
    const name = safeFilename(`${'a'.repeat(300)}.jpeg`);
    expect(name).toHaveLength(200);
    expect(name.endsWith('.jpeg')).toBe(true);
  });
});

describe('attachmentVerdict', () => {
  const max = 1000;
  it.each([
    [{ filename: 'shot.png', contentType: 'image/png', size: 10 }, { ok: true, filename: 'shot.png', contentType: 'image/png' }],
    [{ filename: 'log.txt', contentType: 'Text/Plain; charset=utf-8', size: 10 }, { ok: true, filename: 'log.txt', contentType: 'text/plain' }],
    [{ filename: 'x.bin', contentType: 'not a type', size: 10 }, { ok: true, filename: 'x.bin', contentType: 'application/octet-stream' }],
    [{ filename: 'big.zip', contentType: 'application/zip', size: 1001 }, { ok: false, reason: 'too_large' }],
    [{ filename: 'exact.zip', contentType: 'application/zip', size: 1000 }, { ok: true, filename: 'exact.zip', contentType: 'application/zip' }],
    [{ filename: 'setup.EXE', contentType: 'application/octet-stream', size: 10 }, { ok: false, reason: 'blocked_type' }],
    [{ filename: 'readme', contentType: 'application/x-msdownload', size: 10 }, { ok: false, reason: 'blocked_type' }],
    [{ filename: 'empty.txt', contentType: 'text/plain', size: 0 }, { ok: false, reason: 'empty' }],
  ])('%j', (input, expected) => expect(attachmentVerdict(input, max)).toEqual(expected));
});
