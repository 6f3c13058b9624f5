import { isEventType, type EventType, type RechargeStatus } from './event-types';
import { checkEventTime, parseEventTime } from './event-time';
import { readEventData } from './validate-event-data';
import { Rejection, isObject, onlyKeys, readText, type EventRejectCode, type Obj } from './rejection';

/** A way to recognise the customer, in the shape the customer resolver takes (external = `system:id`). */
export interface EventIdentity {
  type: 'phone' | 'email' | 'game_account' | 'member_card' | 'wechat' | 'qq' | 'external';
  value: string;
  attrs?: Record<string, unknown>;
}

/** An event that passed validation, ready to store. */
export interface NormalisedEvent {
  externalId: string;
  type: EventType;
  /** Epoch milliseconds. */
  occurredAt: number;
  storeId: string | null;
  customer: { customerId?: string; identities: EventIdentity[] };
  amountCents: number | null;
  currency: string | null;
  status: RechargeStatus | null;
  durationSeconds: number | null;
  /** The checked data, stored as events.properties (amount and currency live in columns). */
  properties: Record<string, unknown>;
}

export type ValidationResult = { ok: true; event: NormalisedEvent } | { ok: false; code: EventRejectCode; reason: string };

export interface ValidationContext {
  /** The current time (epoch ms) from the injected clock. */
  now: number;
  /** The store an API key is bound to: events default to it and may name no other. */
  storeScope?: string | null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const EVENT_KEYS = ['id', 'type', 'occurredAt', 'customer', 'storeId', 'data'];
const CUSTOMER_KEYS = ['customerId', 'phone', 'email', 'gameAccount', 'memberCard', 'wechat', 'qq', 'external'];
const SIMPLE_IDENTITIES = [
  ['phone', 'phone'],
  ['email', 'email'],
  ['memberCard', 'member_card'],
  ['wechat', 'wechat'],
  ['qq', 'qq'],
] as const;

function readGameAccount(value: unknown): EventIdentity {
  if (!isObject(value)) throw new Rejection('invalid_customer', 'customer.gameAccount must be an object');
  const path = 'customer.gameAccount.';
  onlyKeys(value, ['id', 'server', 'roleId', 'roleName', 'level'], path, 'invalid_customer');
  const id = readText(value, 'id', path, 'invalid_customer', { required: true, max: 128, integers: true })!;
  const attrs: Obj = {};
  for (const key of ['server', 'roleId', 'roleName'] as const) {
    const text = readText(value, key, path, 'invalid_customer', { max: 128, integers: true });
    if (text !== undefined) attrs[key] = text;
  }
  if (value.level !== undefined) {
    if (!Number.isSafeInteger(value.level) || (value.level as number) < 0) throw new Rejection('invalid_customer', `${path}level must be a non-negative integer`);
    attrs.level = value.level;
  }
  return { type: 'game_account', value: id, ...(Object.keys(attrs).length > 0 ? { attrs } : {}) };
}

function readExternal(value: unknown): EventIdentity {
  if (!isObject(value)) throw new Rejection('invalid_customer', 'customer.external must be an object');
  const path = 'customer.external.';
  onlyKeys(value, ['system', 'id'], path, 'invalid_customer');
  const system = readText(value, 'system', path, 'invalid_customer', { required: true, max: 64 })!;
  if (system.includes(':')) throw new Rejection('invalid_customer', `${path}system must not contain ':'`);
  const id = readText(value, 'id', path, 'invalid_customer', { required: true, max: 128, integers: true })!;
  return { type: 'external', value: `${system}:${id}` };
}

/** The customer block: a customer id and/or identities, at least one of them. */
export function readCustomer(value: unknown): NormalisedEvent['customer'] {
  if (!isObject(value)) throw new Rejection('invalid_customer', 'customer must be an object naming the customer');
  onlyKeys(value, CUSTOMER_KEYS, 'customer.', 'invalid_customer');
  const identities: EventIdentity[] = [];
  for (const [key, type] of SIMPLE_IDENTITIES) {
    const text = readText(value, key, 'customer.', 'invalid_customer', { max: 256, integers: key !== 'email' });
    if (text !== undefined) identities.push({ type, value: text });
  }
  if (value.gameAccount != null) identities.push(readGameAccount(value.gameAccount));
  if (value.external != null) identities.push(readExternal(value.external));
  let customerId: string | undefined;
  if (value.customerId != null) {
    if (typeof value.customerId !== 'string' || !UUID.test(value.customerId)) throw new Rejection('invalid_customer', 'customer.customerId must be a UUID');
    customerId = value.customerId.toLowerCase();
  }
  if (!customerId && identities.length === 0) throw new Rejection('no_identity', 'customer names no customerId and no identity');
  return { ...(customerId ? { customerId } : {}), identities };
}

function readStore(value: unknown, type: EventType, scope: string | null | undefined): string | null {
  let storeId: string | null = null;
  if (value != null) {
    if (typeof value !== 'string' || !UUID.test(value)) throw new Rejection('invalid_store', 'storeId must be a UUID');
    storeId = value.toLowerCase();
  }
  if (scope) {
    if (storeId && storeId !== scope.toLowerCase()) throw new Rejection('store_scope', 'this API key may only send events for its own store');
    storeId = scope.toLowerCase();
  }
  if (type === 'visit' && !storeId) throw new Rejection('invalid_store', 'a visit needs storeId');
  return storeId;
}

function readEvent(input: unknown, ctx: ValidationContext): NormalisedEvent {
  if (!isObject(input)) throw new Rejection('invalid_event', 'each event must be an object');
  const id = input.id;
  if (typeof id !== 'string' || id.length < 1 || id.length > 128) throw new Rejection('invalid_id', 'id must be a string of 1 to 128 characters');
  onlyKeys(input, EVENT_KEYS, '', 'invalid_event');
  if (!isEventType(input.type)) throw new Rejection('invalid_type', 'type must be recharge, purchase, login, logout, play_session, level_up, visit or custom');
  const occurredAt = parseEventTime(input.occurredAt);
  if (occurredAt === null) throw new Rejection('invalid_time', 'occurredAt must be an ISO 8601 date-time with an offset, e.g. 2026-03-01T20:15:00+08:00');
  const when = checkEventTime(occurredAt, ctx.now);
  if (when === 'future') throw new Rejection('invalid_time', 'occurredAt is more than 24 hours in the future');
  if (when === 'too_early') throw new Rejection('invalid_time', 'occurredAt is before 1970');
  const customer = readCustomer(input.customer);
  const storeId = readStore(input.storeId, input.type, ctx.storeScope);
  const data = readEventData(input.type, input.data);
  return { externalId: id, type: input.type, occurredAt, storeId, customer, ...data };
}

/**
 * Checks one incoming event (docs/api.md, `EventInput`) and normalises it: time to epoch ms,
 * money to integer cents, identities to resolver refs. Expected failures are data.
 * @example validateEvent({ id: 'pos-3:1', type: 'visit', occurredAt: '2026-03-01T20:15:00+08:00', customer: { phone: '13812341234' }, storeId }, { now })
 */
export function validateEvent(input: unknown, ctx: ValidationContext): ValidationResult {
  try {
    return { ok: true, event: readEvent(input, ctx) };
  } catch (err) {
    if (err instanceof Rejection) return { ok: false, code: err.code, reason: err.reason };
    throw err;
  }
}
