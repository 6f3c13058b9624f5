import { isTimeZone, type DateFormat } from './timestamp';

export type ImportKind = 'events' | 'customers';

/** Where a target field's value comes from: a column of the file (by name) or a constant. */
export type FieldSource = string | { value: string };

/** Target field → source, e.g. `{ id: 'InvoiceNo', 'customer.external': 'CustomerID', currency: { value: 'GBP' } }`. */
export type ImportMapping = Record<string, FieldSource>;

/** A custom field definition, as far as importing values into it needs. */
export interface CustomFieldDef {
  type: 'text' | 'number' | 'date' | 'enum' | 'boolean';
  options: string[];
}

/** Everything besides the mapping that decides how a row is read. */
export interface MapSettings {
  /** IANA zone for dates and times written without an offset. */
  timezone: string;
  dateFormat: DateFormat;
  /** System name of `customer.external` / `external` identities, e.g. `online-retail`. */
  system?: string;
  /** Currency when the mapping gives none (the organisation's). */
  defaultCurrency: string;
  /** First 16 hex digits of the file's SHA-256: generated event ids are `<fileKey>:<line>`. */
  fileKey: string;
  /** Custom field definitions by key, for `custom.<key>` targets. */
  customFields: Record<string, CustomFieldDef>;
}

export const eventTargets = [
  'id',
  'type',
  'occurredAt',
  'amount',
  'currency',
  'quantity',
  'product',
  'storeId',
  'customer.id',
  'customer.external',
  'customer.phone',
  'customer.email',
  'customer.gameAccount',
  'customer.memberCard',
] as const;

export const customerTargets = [
  'displayName',
  'realName',
  'gender',
  'birthday',
  'region',
  'city',
  'phone',
  'email',
  'gameAccount',
  'memberCard',
  'external',
  'tags',
] as const;

/** Event types a CSV row can become, and the targets each needs. */
export const importableEventTypes: Readonly<Record<string, readonly string[]>> = {
  purchase: ['amount'],
  recharge: ['amount'],
  visit: ['storeId'],
  login: [],
  logout: [],
  custom: [],
};

const customerIdentityTargets = ['customer.id', 'customer.external', 'customer.phone', 'customer.email', 'customer.gameAccount', 'customer.memberCard'];
const profileIdentityTargets = ['phone', 'email', 'gameAccount', 'memberCard', 'external'];

/** The column a source reads, if it reads one. */
export function columnOf(source: FieldSource | undefined): string | undefined {
  return typeof source === 'string' ? source : undefined;
}

/**
 * Checks a mapping against the file's columns before any row is read: every target known,
 * every column present, the required targets mapped. Answers every problem at once.
 * @example checkMapping('events', { occurredAt: 'date' }, ['date'], settings) // { ok: false, problems: ['map at least one customer identity (…)'] }
 */
export function checkMapping(
  kind: ImportKind,
  mapping: ImportMapping,
  columns: string[],
  settings: Pick<MapSettings, 'timezone' | 'system' | 'customFields'>,
): { ok: true } | { ok: false; problems: string[] } {
  const problems: string[] = [];
  const known = new Set<string>(kind === 'events' ? eventTargets : customerTargets);
  const present = new Set(columns);
  for (const [target, source] of Object.entries(mapping)) {
    const custom = kind === 'customers' && target.startsWith('custom.') ? target.slice('custom.'.length) : undefined;
    if (custom !== undefined && !settings.customFields[custom]) problems.push(`${target}: no custom field '${custom}' is defined`);
    if (custom === undefined && !known.has(target)) problems.push(`unknown target '${target}' (one of ${[...known].join(', ')}${kind === 'customers' ? ', custom.<key>' : ''})`);
    const column = columnOf(source);
    if (column !== undefined && !present.has(column)) problems.push(`${target}: the file has no column '${column}'`);
    if (column === undefined && (typeof source !== 'object' || source === null || typeof source.value !== 'string')) {
      problems.push(`${target}: give a column name or { value }`);
    }
  }
  const has = (t: string) => mapping[t] !== undefined;
  if (kind === 'events') {
    if (!has('occurredAt')) problems.push('map occurredAt to a column');
    if (!customerIdentityTargets.some(has)) problems.push(`map at least one customer identity (${customerIdentityTargets.join(', ')})`);
    if (has('customer.external') && !settings.system) problems.push('customer.external needs the name of the external system (options.system)');
    const type = mapping.type;
    const constantType = type === undefined ? 'purchase' : typeof type === 'object' ? type.value : undefined;
    if (constantType !== undefined) {
      const needs = importableEventTypes[constantType];
      if (!needs) problems.push(`type '${constantType}' cannot be imported (one of ${Object.keys(importableEventTypes).join(', ')})`);
      for (const t of needs ?? []) if (!has(t)) problems.push(`${constantType} events need ${t}`);
    }
  } else {
    if (!profileIdentityTargets.some(has)) problems.push(`map at least one identity (${profileIdentityTargets.join(', ')})`);
    if (has('external') && !settings.system) problems.push('external needs the name of the external system (options.system)');
  }
  if (!isTimeZone(settings.timezone)) problems.push(`'${settings.timezone}' is not a time zone`);
  return problems.length === 0 ? { ok: true } : { ok: false, problems };
}
