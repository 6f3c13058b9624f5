// Values of admin-defined custom fields, checked against their definitions.

export const customFieldTypes = ['text', 'number', 'date', 'enum', 'boolean'] as const;
export type CustomFieldType = (typeof customFieldTypes)[number];

export interface FieldDefinition {
  key: string;
  label: string;
  type: string;
  options: string[];
  required: boolean;
}

export type ValueCheck = { ok: true; value: string | number | boolean } | { ok: false; reason: string };
export type ValuesCheck = { ok: true; values: Record<string, unknown> } | { ok: false; key: string; reason: string };

const MAX_TEXT = 2000;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function isCalendarDate(text: string): boolean {
  const m = DATE.exec(text);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === text;
}

/**
 * One value against its field: number, date `YYYY-MM-DD`, enum within the options, boolean, text ≤ 2000.
 * @example checkCustomValue({ key: 'tier', label: 'Tier', type: 'enum', options: ['gold'], required: false }, 'gold') // { ok: true, value: 'gold' }
 */
export function checkCustomValue(field: FieldDefinition, value: unknown): ValueCheck {
  switch (field.type) {
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) ? { ok: true, value } : { ok: false, reason: 'must be a number' };
    case 'boolean':
      return typeof value === 'boolean' ? { ok: true, value } : { ok: false, reason: 'must be true or false' };
    case 'date':
      return typeof value === 'string' && isCalendarDate(value) ? { ok: true, value } : { ok: false, reason: 'must be a date YYYY-MM-DD' };
    case 'enum':
      return typeof value === 'string' && field.options.includes(value)
        ? { ok: true, value }
        : { ok: false, reason: `must be one of ${field.options.join(', ')}` };
    case 'text':
      if (typeof value !== 'string') return { ok: false, reason: 'must be text' };
      return value.length <= MAX_TEXT ? { ok: true, value } : { ok: false, reason: `must be at most ${MAX_TEXT} characters` };
    default:
      return { ok: false, reason: `has an unknown type '${field.type}'` };
  }
}

/**
 * The custom values of a profile after a write: `given` keys replace the current ones, null
 * removes one. Unknown keys are refused; on create (and when clearing) required fields must
 * have a value. Keys of deleted definitions already stored are kept untouched.
 * @example applyCustomValues(fields, {}, { level: 3 }, { creating: true }) // { ok: true, values: { level: 3 } }
 */
export function applyCustomValues(
  fields: FieldDefinition[],
  current: Record<string, unknown>,
  given: Record<string, unknown>,
  options: { creating: boolean },
): ValuesCheck {
  const byKey = new Map(fields.map((f) => [f.key, f]));
  const values: Record<string, unknown> = { ...current };
  for (const [key, value] of Object.entries(given)) {
    const field = byKey.get(key);
    if (!field) return { ok: false, key, reason: 'is not a custom field' };
    if (value === null) {
      delete values[key];
      continue;
    }
    const check = checkCustomValue(field, value);
    if (!check.ok) return { ok: false, key, reason: check.reason };
    values[key] = check.value;
  }
  for (const field of fields) {
    const touched = options.creating || Object.hasOwn(given, field.key);
    if (field.required && touched && values[field.key] === undefined) return { ok: false, key: field.key, reason: 'is required' };
  }
  return { ok: true, values };
}

/**
 * A list filter value (text on the wire) typed by its field: `custom.level=3` is the number 3.
 * @example parseCustomFilter({ key: 'vip', label: 'VIP', type: 'boolean', options: [], required: false }, 'true') // { ok: true, value: true }
 */
export function parseCustomFilter(field: FieldDefinition, text: string): ValueCheck {
  if (field.type === 'number') {
    const n = text.trim() === '' ? NaN : Number(text);
    return checkCustomValue(field, n);
  }
  if (field.type === 'boolean') {
    return text === 'true' || text === 'false' ? { ok: true, value: text === 'true' } : { ok: false, reason: 'must be true or false' };
  }
  return checkCustomValue(field, text);
}
