/**
 * A time as the API and exports write it (ISO 8601 in UTC), or null for no time.
 *
 * @example
 * isoOrNull(new Date(Date.UTC(2026, 0, 2))) // '2026-01-02T00:00:00.000Z'
 * isoOrNull(null) // null
 */
export function isoOrNull(d: Date | null | undefined): string | null {
  return d ? d.toISOString() : null;
}
