import { normaliseIdentity, type IdentityType } from '../../customers/rules/normalise-identity';
import { isCurrency, MAX_AMOUNT_CENTS } from '../../events/rules/money';
import { columnOf, importableEventTypes, type CustomFieldDef, type ImportMapping, type MapSettings } from './import-mapping';
import { formatCents, parseCents } from './money';
import { parseDate, parseTimestamp, type TimestampResult } from './timestamp';

/** A row as read from the file. */
export interface RowInput {
  line: number;
  values: string[];
}
export interface RowError {
  field: string;
  reason: string;
}
/** A mapped row, or every reason it cannot be imported: bad rows are data, never exceptions. */
export type MapResult<T> = { ok: true; value: T } | { ok: false; errors: RowError[] };

/** An event as `POST /events` takes it (docs/api.md, EventInput). */
export interface ImportEventInput {
  id: string;
  type: string;
  occurredAt: string;
  customer: {
    customerId?: string;
    external?: { system: string; id: string };
    phone?: string;
    email?: string;
    gameAccount?: { id: string };
    memberCard?: string;
  };
  storeId?: string;
  data: Record<string, unknown>;
}

export interface ImportCustomerRow {
  identities: { type: IdentityType; value: string }[];
  /** Profile fields present in the row (empty cells are left out). */
  profile: Partial<Record<'displayName' | 'realName' | 'gender' | 'birthday' | 'region' | 'city', string>>;
  tags: string[];
  custom: Record<string, unknown>;
}

type Getter = (values: string[]) => string | undefined;

/** Reads a target's value from a row: trimmed, with empty cells as undefined. */
function getter(mapping: ImportMapping, columns: string[], target: string): Getter {
  const source = mapping[target];
  if (source === undefined) return () => undefined;
  const column = columnOf(source);
  if (column === undefined) {
    const constant = typeof source === 'object' ? source.value.trim() : '';
    return () => constant || undefined;
  }
  const index = columns.indexOf(column);
  return (values) => {
    const value = values[index]?.trim();
    return value ? value : undefined;
  };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An identity value checked the way the customers module stores it; the raw value is kept. */
function checkIdentity(type: IdentityType, value: string, field: string, errors: RowError[]): boolean {
  const result = normaliseIdentity({ type, value });
  if (!result.ok) errors.push({ field, reason: result.reason });
  return result.ok;
}

/**
 * Compiles a row mapper for an event import: each row becomes one EventInput.
 * @example eventRowMapper({ id: 'InvoiceNo', occurredAt: 'InvoiceDate', amount: 'TotalPrice', 'customer.external': 'CustomerID' }, columns, settings)({ line: 2, values })
 */
export function eventRowMapper(mapping: ImportMapping, columns: string[], settings: MapSettings): (row: RowInput) => MapResult<ImportEventInput> {
  const get = (target: string) => getter(mapping, columns, target);
  const [id, type, occurredAt, amount, currency, quantity, product, storeId] = ['id', 'type', 'occurredAt', 'amount', 'currency', 'quantity', 'product', 'storeId'].map(get) as Getter[];
  const [customerId, external, phone, email, gameAccount, memberCard] = ['id', 'external', 'phone', 'email', 'gameAccount', 'memberCard'].map((t) => get(`customer.${t}`)) as Getter[];
  // Many rows share a date: parse each distinct text once.
  const dates = new Map<string, TimestampResult>();

  return ({ line, values }) => {
    const errors: RowError[] = [];
    const fail = (field: string, reason: string) => void errors.push({ field, reason });

    const eventId = mapping.id === undefined ? `${settings.fileKey}:${line}` : id!(values);
    if (eventId === undefined) fail('id', 'is empty');
    else if (eventId.length > 128) fail('id', 'is longer than 128 characters');

    const eventType = type!(values) ?? 'purchase';
    const needs = importableEventTypes[eventType];
    if (!needs) fail('type', `'${eventType}' cannot be imported (one of ${Object.keys(importableEventTypes).join(', ')})`);

    let at: string | undefined;
    const dateText = occurredAt!(values);
    if (dateText === undefined) fail('occurredAt', 'is empty');
    else {
      let parsed = dates.get(dateText);
      if (!parsed) {
        parsed = parseTimestamp(dateText, settings.dateFormat, settings.timezone);
        if (dates.size > 100_000) dates.clear();
        dates.set(dateText, parsed);
      }
      if (parsed.ok) at = parsed.at.toISOString();
      else fail('occurredAt', parsed.reason);
    }

    const customer: ImportEventInput['customer'] = {};
    const idText = customerId!(values);
    if (idText !== undefined) {
      if (UUID.test(idText)) customer.customerId = idText;
      else fail('customer.id', `'${idText}' is not a customer id`);
    }
    const externalId = external!(values);
    if (externalId !== undefined && checkIdentity('external', `${settings.system}:${externalId}`, 'customer.external', errors)) {
      customer.external = { system: settings.system!, id: externalId };
    }
    const phoneText = phone!(values);
    if (phoneText !== undefined && checkIdentity('phone', phoneText, 'customer.phone', errors)) customer.phone = phoneText;
    const emailText = email!(values);
    if (emailText !== undefined && checkIdentity('email', emailText, 'customer.email', errors)) customer.email = emailText;
    const account = gameAccount!(values);
    if (account !== undefined && checkIdentity('game_account', account, 'customer.gameAccount', errors)) customer.gameAccount = { id: account };
    const card = memberCard!(values);
    if (card !== undefined && checkIdentity('member_card', card, 'customer.memberCard', errors)) customer.memberCard = card;
    if (Object.keys(customer).length === 0 && !errors.some((e) => e.field.startsWith('customer'))) fail('customer', 'no customer identity in this row');

    let money: string | undefined;
    const amountText = amount!(values);
    if (amountText !== undefined) {
      const cents = parseCents(amountText);
      if (!cents.ok) fail('amount', cents.reason);
      else if (cents.cents < 0) fail('amount', 'is negative');
      else if (cents.cents > MAX_AMOUNT_CENTS) fail('amount', `is above ${formatCents(MAX_AMOUNT_CENTS)}`);
      else money = formatCents(cents.cents);
    } else if (needs?.includes('amount')) fail('amount', 'is empty');

    const code = (currency!(values) ?? settings.defaultCurrency).toUpperCase();
    if (money !== undefined && !isCurrency(code)) fail('currency', `'${code}' is not an ISO 4217 currency`);

    let count = 1;
    const quantityText = quantity!(values);
    if (quantityText !== undefined) {
      count = Number(quantityText);
      if (!/^\d{1,7}$/.test(quantityText) || count < 1 || count > 1_000_000) fail('quantity', `'${quantityText}' is not a whole number from 1 to 1000000`);
    }

    const store = storeId!(values);
    if (store !== undefined && !UUID.test(store)) fail('storeId', `'${store}' is not a store id`);
    else if (store === undefined && needs?.includes('storeId')) fail('storeId', 'is empty');

    if (errors.length > 0) return { ok: false, errors };
    const name = product!(values) ?? 'import';
    const data: Record<string, unknown> =
      eventType === 'purchase'
        ? { lines: [{ product: name, quantity: count, amount: money }], currency: code }
        : eventType === 'recharge'
          ? { orderId: eventId, amount: money, currency: code, channel: 'import', status: 'paid' }
          : eventType === 'custom'
            ? { name, properties: {} }
            : {};
    return {
      ok: true,
      value: { id: eventId!, type: eventType, occurredAt: at!, customer, ...(store !== undefined && { storeId: store }), data },
    };
  };
}

const GENDERS: Record<string, string> = {
  male: 'male', m: 'male', 男: 'male',
  female: 'female', f: 'female', 女: 'female',
  other: 'other', 其他: 'other',
  unknown: 'unknown', 未知: 'unknown',
};
const TRUE = new Set(['true', 'yes', 'y', '1', '是']);
const FALSE = new Set(['false', 'no', 'n', '0', '否']);

/** A custom field value read from text per its definition, or why it cannot be. */
function customValue(def: CustomFieldDef, text: string): { ok: true; value: unknown } | { ok: false; reason: string } {
  switch (def.type) {
    case 'text':
      return { ok: true, value: text };
    case 'number': {
      const n = Number(text);
      return text !== '' && Number.isFinite(n) ? { ok: true, value: n } : { ok: false, reason: `'${text}' is not a number` };
    }
    case 'date': {
      const d = parseDate(text);
      return d.ok ? { ok: true, value: d.date } : d;
    }
    case 'boolean': {
      const t = text.toLowerCase();
      return TRUE.has(t) ? { ok: true, value: true } : FALSE.has(t) ? { ok: true, value: false } : { ok: false, reason: `'${text}' is not yes or no` };
    }
    case 'enum':
      return def.options.includes(text) ? { ok: true, value: text } : { ok: false, reason: `'${text}' is not one of ${def.options.join(', ')}` };
  }
}

/**
 * Compiles a row mapper for a customer import: identities, profile fields, tags, custom fields.
 * @example customerRowMapper({ phone: '手机', displayName: '昵称', tags: '标签' }, columns, settings)({ line: 2, values })
 */
export function customerRowMapper(mapping: ImportMapping, columns: string[], settings: MapSettings): (row: RowInput) => MapResult<ImportCustomerRow> {
  const get = (target: string) => getter(mapping, columns, target);
  const identityGetters = (
    [
      ['phone', 'phone'],
      ['email', 'email'],
      ['gameAccount', 'game_account'],
      ['memberCard', 'member_card'],
      ['external', 'external'],
    ] as const
  ).filter(([target]) => mapping[target] !== undefined).map(([target, type]) => ({ target, type, get: get(target) }));
  const profileGetters = (['displayName', 'realName', 'gender', 'birthday', 'region', 'city'] as const).map((t) => ({ target: t, get: get(t) }));
  const tags = get('tags');
  const customGetters = Object.keys(mapping)
    .filter((t) => t.startsWith('custom.'))
    .map((t) => ({ target: t, key: t.slice('custom.'.length), get: get(t) }));

  return ({ values }) => {
    const errors: RowError[] = [];
    const row: ImportCustomerRow = { identities: [], profile: {}, tags: [], custom: {} };
    for (const { target, type, get: read } of identityGetters) {
      const raw = read(values);
      if (raw === undefined) continue;
      const value = type === 'external' ? `${settings.system}:${raw}` : raw;
      if (checkIdentity(type, value, target, errors)) row.identities.push({ type, value });
    }
    if (row.identities.length === 0 && errors.length === 0) errors.push({ field: 'identity', reason: 'no identity in this row' });
    for (const { target, get: read } of profileGetters) {
      const text = read(values);
      if (text === undefined) continue;
      if (target === 'gender') {
        const gender = GENDERS[text.toLowerCase()];
        if (gender) row.profile.gender = gender;
        else errors.push({ field: 'gender', reason: `'${text}' is not male, female, other or unknown` });
      } else if (target === 'birthday') {
        const date = parseDate(text);
        if (date.ok) row.profile.birthday = date.date;
        else errors.push({ field: 'birthday', reason: date.reason });
      } else if (text.length > 200) {
        errors.push({ field: target, reason: 'is longer than 200 characters' });
      } else {
        row.profile[target] = text;
      }
    }
    const tagText = tags(values);
    if (tagText !== undefined) row.tags = [...new Set(tagText.split(/[;,；，]/).map((t) => t.trim()).filter(Boolean))];
    for (const { target, key, get: read } of customGetters) {
      const text = read(values);
      if (text === undefined) continue;
      const value = customValue(settings.customFields[key]!, text);
      if (value.ok) row.custom[key] = value.value;
      else errors.push({ field: target, reason: value.reason });
    }
    return errors.length > 0 ? { ok: false, errors } : { ok: true, value: row };
  };
}
