/** The ticket fields whose changes the trail records, in the order they are listed. */
export const trackedFields = [
  'subject',
  'description',
  'requesterId',
  'categoryId',
  'priority',
  'status',
  'departmentId',
  'teamId',
  'assigneeId',
  'tags',
  'custom',
  'mergedIntoId',
] as const;
export type TrackedField = (typeof trackedFields)[number];

export interface FieldChange {
  field: TrackedField;
  from: unknown;
  to: unknown;
}

/** Values compared by content: arrays in order, objects whatever their key order. */
function canonical(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.keys(value).sort().map((k) => [k, canonical((value as Record<string, unknown>)[k])]));
  }
  return value;
}

const same = (a: unknown, b: unknown) => JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));

/**
 * The tracked fields `after` changes compared with `before`, one entry each, with both values.
 * Fields `after` leaves out (undefined) did not change.
 * @example fieldChanges({ priority: 'normal', tags: ['a'] }, { priority: 'high', tags: ['a'] }) // [{ field: 'priority', from: 'normal', to: 'high' }]
 */
export function fieldChanges(before: Partial<Record<TrackedField, unknown>>, after: Partial<Record<TrackedField, unknown>>): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const field of trackedFields) {
    if (after[field] === undefined) continue;
    const from = before[field] ?? null;
    const to = after[field] ?? null;
    if (!same(from, to)) changes.push({ field, from: canonical(from), to: canonical(to) });
  }
  return changes;
}

/**
 * Tags as stored: trimmed, without empty ones or repeats (first spelling kept), in given order.
 * @example normaliseTags([' vip', 'vip', '', '退款']) // ['vip', '退款']
 */
export function normaliseTags(tags: readonly string[]): string[] {
  return [...new Set(tags.map((t) => t.trim()).filter(Boolean))];
}
