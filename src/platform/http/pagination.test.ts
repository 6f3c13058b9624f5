import { describe, expect, it } from 'vitest';
import { AppError } from './app-error';
import { decodeCursor, encodeCursor, toPage } from './pagination';

describe('cursor pagination', () => {
  it('round-trips a position', () => {
    const pos = { k: '2026-01-01T00:00:00.000Z', id: 'a' };
    expect(decodeCursor(encodeCursor(pos))).toEqual(pos);
  });

  it('rejects a tampered cursor with invalid_cursor', () => {
    expect(() => decodeCursor('not-base64-json')).toThrow(AppError);
    expect(() => decodeCursor(Buffer.from('{"k":{}}').toString('base64url'))).toThrow(/invalid_cursor/);
  });

  it('uses the extra row only to tell that another page exists', () => {
    const rows = [1, 2, 3].map((n) => ({ id: `id${n}`, n }));
    const page = toPage(rows, 2, (r) => ({ k: r.n, id: r.id }));
    expect(page.items).toHaveLength(2);
    expect(decodeCursor(page.nextCursor!)).toEqual({ k: 2, id: 'id2' });
    expect(toPage(rows.slice(0, 2), 2, (r) => ({ k: r.n, id: r.id })).nextCursor).toBeNull();
  });
});
