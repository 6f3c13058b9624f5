/** The PostgreSQL SQLSTATE of an error, looking through Drizzle's wrapper (`cause`). */
export function sqlState(err: unknown): string | undefined {
  for (let e = err as { code?: unknown; cause?: unknown } | undefined, depth = 0; e && depth < 5; e = e.cause as typeof e, depth++) {
    if (typeof e.code === 'string' && /^[0-9A-Z]{5}$/.test(e.code)) return e.code;
  }
  return undefined;
}

/** A unique constraint was violated (e.g. a second user with the same email). */
export const isUniqueViolation = (err: unknown): boolean => sqlState(err) === '23505';

/** A foreign key points nowhere (e.g. an unknown storeId). */
export const isForeignKeyViolation = (err: unknown): boolean => sqlState(err) === '23503';

/** A deadlock or serialization failure: the transaction may simply be tried again. */
export const isRetryableConflict = (err: unknown): boolean => ['40P01', '40001'].includes(sqlState(err) ?? '');
