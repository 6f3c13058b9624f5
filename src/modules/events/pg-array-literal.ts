// Batch columns travel as one array literal each (`$1::uuid[]`): PostgreSQL parses those far
// faster than json_to_recordset, and building them here is mostly one native join, with no
// per-element escaping call from the pg driver. (A twin lives in customers/identities.repository.ts;
// both belong in platform/db once someone moves them.)

const NEEDS_ESCAPE = /["\\]/;

/**
 * An array literal with every element quoted (any text), `null` as NULL.
 * @example quotedArray(['a', 'b"c', null]) // '{"a","b\\"c",NULL}'
 */
export function quotedArray(values: readonly (string | null)[]): string {
  if (values.every((v) => v !== null && !NEEDS_ESCAPE.test(v))) return values.length === 0 ? '{}' : `{"${values.join('","')}"}`;
  const parts = new Array<string>(values.length);
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    parts[i] = v === null || v === undefined ? 'NULL' : `"${v.replace(/["\\]/g, '\\$&')}"`;
  }
  return `{${parts.join(',')}}`;
}

/**
 * An array literal of values that never need quoting: numbers, UUIDs, fixed names (never
 * the word NULL, nor text with commas, braces, quotes or spaces).
 * @example bareArray([1, null, 3]) // '{1,NULL,3}'
 */
export function bareArray(values: readonly (string | number | null)[]): string {
  if (!values.includes(null)) return `{${values.join(',')}}`;
  const parts = new Array<string>(values.length);
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    parts[i] = v === null || v === undefined ? 'NULL' : String(v);
  }
  return `{${parts.join(',')}}`;
}
