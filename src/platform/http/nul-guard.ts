/**
 * True when any string in a parsed JSON value, query or params holds U+0000. PostgreSQL text
 * cannot store it, so such input is refused up front (400 `invalid_text`) instead of failing
 * in the database.
 * @example containsNul({ q: 'a\u0000b' }) // true
 */
export function containsNul(value: unknown, depth = 0): boolean {
  if (typeof value === 'string') return value.includes('\u0000');
  if (value === null || typeof value !== 'object' || depth > 64) return false;
  if (Array.isArray(value)) {
    for (const item of value) if (containsNul(item, depth + 1)) return true;
    return false;
  }
  for (const key in value) {
    if (key.includes('\u0000') || containsNul((value as Record<string, unknown>)[key], depth + 1)) return true;
  }
  return false;
}
