import { parsePhoneNumberFromString } from 'libphonenumber-js';

/** The kinds of identity a customer can be recognised by. */
export const identityTypes = ['phone', 'email', 'game_account', 'member_card', 'wechat', 'qq', 'external'] as const;
export type IdentityType = (typeof identityTypes)[number];

export interface NormalisedIdentity {
  type: IdentityType;
  value: string;
  attrs: Record<string, unknown>;
}

export type NormaliseResult = { ok: true; identity: NormalisedIdentity } | { ok: false; reason: string };

const MAX_VALUE = 128;
const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;
const EXTERNAL = /^[^\s:]+:\S.*$/;

export function isIdentityType(type: string): type is IdentityType {
  return (identityTypes as readonly string[]).includes(type);
}

/** A phone number as E.164; numbers without a country code are read as Chinese. */
export function normalisePhone(value: string): string | undefined {
  const phone = parsePhoneNumberFromString(value.trim(), 'CN');
  return phone && phone.isValid() ? phone.number : undefined;
}

/** An email address trimmed and lower-cased, if it has the shape of one. */
export function normaliseEmail(value: string): string | undefined {
  const email = value.trim().toLowerCase();
  return email.length <= 254 && EMAIL.test(email) ? email : undefined;
}

function normaliseValue(type: IdentityType, raw: string): string | { reason: string } {
  if (type === 'phone') return normalisePhone(raw) ?? { reason: `'${raw}' is not a valid phone number` };
  if (type === 'email') return normaliseEmail(raw) ?? { reason: `'${raw}' is not a valid email address` };
  const value = raw.trim();
  if (value === '') return { reason: `${type} is empty` };
  if (value.length > MAX_VALUE) return { reason: `${type} is longer than ${MAX_VALUE} characters` };
  if (type === 'external' && !EXTERNAL.test(value)) return { reason: `external ids are '<system>:<id>', got '${value}'` };
  return value;
}

/**
 * The stored form of an identity: phone → E.164, email → lower-case, others trimmed.
 * Expected failures are data, not exceptions.
 * @example normaliseIdentity({ type: 'phone', value: '138 1234 1234' }) // { ok: true, identity: { type: 'phone', value: '+8613812341234', attrs: {} } }
 */
export function normaliseIdentity(input: { type: string; value: string; attrs?: Record<string, unknown> }): NormaliseResult {
  if (!isIdentityType(input.type)) return { ok: false, reason: `unknown identity type '${input.type}'` };
  if (typeof input.value !== 'string') return { ok: false, reason: `${input.type} must be text` };
  const value = normaliseValue(input.type, input.value);
  if (typeof value !== 'string') return { ok: false, reason: value.reason };
  return { ok: true, identity: { type: input.type, value, attrs: input.attrs ?? {} } };
}
