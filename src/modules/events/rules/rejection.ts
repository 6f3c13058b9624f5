/** Why a single event was not accepted: the `code` of an item in the ingest answer's `errors`. */
export type EventRejectCode =
  | 'invalid_event'
  | 'invalid_id'
  | 'invalid_type'
  | 'invalid_time'
  | 'invalid_customer'
  | 'no_identity'
  | 'invalid_store'
  | 'store_scope'
  | 'invalid_data'
  | 'invalid_amount'
  | 'invalid_currency';

/** Thrown inside the validators and turned into `{ ok: false, code, reason }` at their edge. */
export class Rejection {
  constructor(
    readonly code: EventRejectCode,
    readonly reason: string,
  ) {}
}

export type Obj = Record<string, unknown>;

export function isObject(value: unknown): value is Obj {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Rejects any key of `obj` not in `allowed`. */
export function onlyKeys(obj: Obj, allowed: readonly string[], path: string, code: EventRejectCode): void {
  for (const key of Object.keys(obj)) {
    if (!allowed.includes(key)) throw new Rejection(code, `${path}${key} is not a known field`);
  }
}

/** A trimmed non-empty string of at most `max` characters; integers are accepted for ids. */
export function readText(
  obj: Obj,
  key: string,
  path: string,
  code: EventRejectCode,
  opts: { required?: boolean; max?: number; integers?: boolean } = {},
): string | undefined {
  const value = obj[key];
  if (value === undefined || value === null) {
    if (opts.required) throw new Rejection(code, `${path}${key} is required`);
    return undefined;
  }
  if (opts.integers && Number.isSafeInteger(value)) return String(value);
  const max = opts.max ?? 256;
  if (typeof value !== 'string' || value.trim() === '' || value.length > max) {
    throw new Rejection(code, `${path}${key} must be a non-empty string of at most ${max} characters`);
  }
  return value.trim();
}

/** An integer between `min` and `max`. */
export function readInt(obj: Obj, key: string, path: string, opts: { required?: boolean; min: number; max: number }): number | undefined {
  const value = obj[key];
  if (value === undefined || value === null) {
    if (opts.required) throw new Rejection('invalid_data', `${path}${key} is required`);
    return undefined;
  }
  if (!Number.isSafeInteger(value) || (value as number) < opts.min || (value as number) > opts.max) {
    throw new Rejection('invalid_data', `${path}${key} must be an integer from ${opts.min} to ${opts.max}`);
  }
  return value as number;
}
