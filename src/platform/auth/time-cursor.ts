import { AppError } from '../http/app-error';
import { decodeCursor } from '../http/pagination';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A cursor position for lists ordered by a timestamp, then id. */
export interface TimeCursor {
  at: Date;
  id: string;
}

/** Decodes a cursor whose sort key is an ISO time and whose id is a UUID; `invalid_cursor` if it is not one. */
export function decodeTimeCursor(cursor: string | undefined): TimeCursor | undefined {
  const pos = decodeCursor(cursor);
  if (!pos) return undefined;
  const at = new Date(String(pos.k));
  if (typeof pos.k !== 'string' || Number.isNaN(at.getTime()) || !UUID.test(pos.id)) throw new AppError('invalid_cursor');
  return { at, id: pos.id };
}
