const DAY_MS = 86_400_000;

/**
 * The closing time before which a closed ticket is archived, or null when archiving is off
 * (`days` 0).
 * @example archiveCutoff(new Date('2026-07-31T00:00:00Z'), 30) // 2026-07-01T00:00:00Z
 */
export function archiveCutoff(now: Date, days: number): Date | null {
  if (days <= 0) return null;
  return new Date(now.getTime() - days * DAY_MS);
}
