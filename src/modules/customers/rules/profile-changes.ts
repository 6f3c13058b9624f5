// What a profile update changed, and how it is written to the customer's history. History is
// shown to every agent, so personal values (real name, birthday, custom values that may hold
// anything) are recorded by field name only.

/** Fields whose before/after values the history keeps. */
const VALUE_FIELDS = new Set(['displayName', 'tags', 'source', 'homeStoreId', 'preferredLocale', 'region', 'city', 'interests']);

export interface HistoryEntry {
  action: 'updated' | 'consent_changed';
  changes: Record<string, unknown>;
}

type Json = Record<string, unknown>;
const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

function changedKeys(before: Json, after: Json): string[] {
  return [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((k) => !same(before[k], after[k])).sort();
}

/**
 * The fields `patch` changes on `before` (undefined means untouched) and the history entries
 * to write: one `updated` with field names (values only for non-personal fields; custom keys
 * as `custom.<key>`), one `consent_changed` with the kinds now granted or withdrawn.
 * @example profileChanges({ displayName: 'A', realName: '张伟' }, { displayName: 'B', realName: '张三' }).history
 * // [{ action: 'updated', changes: { fields: ['displayName', 'realName'], values: { displayName: { from: 'A', to: 'B' } } } }]
 */
export function profileChanges<T extends object>(before: T, patch: Partial<T>): { fields: string[]; history: HistoryEntry[] } {
  const old = before as Json;
  const fields: string[] = [];
  const named: string[] = [];
  const values: Record<string, { from: unknown; to: unknown }> = {};
  let consent: Json | undefined;
  for (const [key, to] of Object.entries(patch as Json).sort(([a], [b]) => a.localeCompare(b))) {
    if (to === undefined || same(old[key], to)) continue;
    fields.push(key);
    if (key === 'consent') {
      const kinds = changedKeys((old.consent ?? {}) as Json, to as Json);
      consent = Object.fromEntries(kinds.map((k) => [k, (to as Json)[k] ?? null]));
    } else if (key === 'custom') {
      named.push(...changedKeys((old.custom ?? {}) as Json, to as Json).map((k) => `custom.${k}`));
    } else {
      named.push(key);
      if (VALUE_FIELDS.has(key)) values[key] = { from: old[key] ?? null, to };
    }
  }
  const history: HistoryEntry[] = [];
  if (named.length > 0) history.push({ action: 'updated', changes: { fields: named, values } });
  if (consent) history.push({ action: 'consent_changed', changes: { consent } });
  return { fields, history };
}
