import { AppError } from '../../platform/http/app-error';
import { decodeCursor } from '../../platform/http/pagination';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

// Cursor positions checked before they reach SQL: a forged cursor is 400 `invalid_cursor`.

/** A (time, id) position: lists by updated/created time, conversations and change trails. */
export function timeCursor(cursor: string | undefined): { at: Date; id: string } | undefined {
  const pos = decodeCursor(cursor);
  if (!pos) return undefined;
  const at = new Date(String(pos.k));
  if (!UUID.test(pos.id) || typeof pos.k !== 'string' || Number.isNaN(at.getTime())) throw new AppError('invalid_cursor');
  return { at, id: pos.id };
}

/** A (rank, id) position: search results. */
export function rankCursor(cursor: string | undefined): { rank: number; id: string } | undefined {
  const pos = decodeCursor(cursor);
  if (!pos) return undefined;
  if (!UUID.test(pos.id) || typeof pos.k !== 'number' || !Number.isFinite(pos.k)) throw new AppError('invalid_cursor');
  return { rank: pos.k, id: pos.id };
}
