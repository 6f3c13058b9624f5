import { Type } from 'typebox';
import { AppError } from './app-error';

/** The response shape of every paginated list. */
export const Page = <T extends Parameters<typeof Type.Array>[0]>(item: T) =>
  Type.Object({ items: Type.Array(item), nextCursor: Type.Union([Type.String(), Type.Null()]) });

/** Position after the last row of a page: its sort key and id (ties broken by id). */
export interface CursorPosition {
  k: string | number;
  id: string;
}

export function encodeCursor(pos: CursorPosition): string {
  return Buffer.from(JSON.stringify(pos)).toString('base64url');
}

export function decodeCursor(cursor: string | undefined): CursorPosition | undefined {
  if (!cursor) return undefined;
  try {
    const pos = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as CursorPosition;
    if (typeof pos.id !== 'string' || (typeof pos.k !== 'string' && typeof pos.k !== 'number')) throw new Error();
    return pos;
  } catch {
    throw new AppError('invalid_cursor');
  }
}

/**
 * Turns `limit + 1` fetched rows into a page: the extra row only tells that more exist.
 * @example toPage(rows, 50, (r) => ({ k: r.createdAt.toISOString(), id: r.id }))
 */
export function toPage<T>(rows: T[], limit: number, position: (row: T) => CursorPosition) {
  const items = rows.slice(0, limit);
  const last = items[items.length - 1];
  return { items, nextCursor: rows.length > limit && last ? encodeCursor(position(last)) : null };
}
