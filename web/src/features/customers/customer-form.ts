import type { TFunction } from 'i18next';
import { isApiError } from '../../api/api-error';
import {
  consentKinds,
  type ConsentKind,
  type CreateCustomerRequest,
  type Customer,
  type CustomerSource,
  type CustomField,
  type CustomValue,
  type Gender,
  type IdentityInput,
  type Locale,
  type UpdateCustomerRequest,
} from '../../api/types';
import { errorMessage } from '../../ui/error-message';

/** A custom field's value while editing: NumberInput gives '' when empty, Select gives null. */
export type CustomFormValue = string | number | boolean | null;

export interface CustomerFormValues {
  displayName: string;
  realName: string;
  gender: Gender | null;
  birthday: string;
  region: string;
  city: string;
  preferredLocale: Locale | null;
  source: CustomerSource | null;
  homeStoreId: string | null;
  tags: string[];
  games: string[];
  modes: string[];
  roles: string[];
  custom: Record<string, CustomFormValue>;
  consent: Record<ConsentKind, boolean>;
  // Initial identities (create only).
  phone: string;
  email: string;
  gameAccountId: string;
  gameServer: string;
  gameRoleName: string;
}

/** Where staff-entered consent comes from, as recorded with it. */
export const CONSENT_SOURCE = 'staff';

const isBlank = (v: CustomFormValue | undefined) => v === null || v === undefined || v === '';

export function initialCustomerValues(customer: Customer | null, fields: CustomField[], revealedRealName: string | null = null): CustomerFormValues {
  const custom: Record<string, CustomFormValue> = {};
  for (const f of fields) {
    const v = customer?.custom[f.key];
    if (f.type === 'boolean') custom[f.key] = v === true;
    else if (f.type === 'number') custom[f.key] = typeof v === 'number' ? v : typeof v === 'string' && v !== '' && Number.isFinite(Number(v)) ? Number(v) : '';
    else if (f.type === 'enum') custom[f.key] = typeof v === 'string' ? v : null;
    else custom[f.key] = typeof v === 'string' ? v : v === undefined || v === null ? '' : String(v);
  }
  const consent = Object.fromEntries(consentKinds.map((k) => [k, Boolean(customer?.consent[k]?.granted)])) as Record<ConsentKind, boolean>;
  return {
    displayName: customer?.displayName ?? '',
    realName: revealedRealName ?? '',
    gender: customer?.gender ?? null,
    birthday: customer?.birthday ?? '',
    region: customer?.region ?? '',
    city: customer?.city ?? '',
    preferredLocale: customer?.preferredLocale ?? null,
    source: customer?.source ?? (customer ? null : 'store'),
    homeStoreId: customer?.homeStoreId ?? null,
    tags: customer?.tags ?? [],
    games: customer?.interests.games ?? [],
    modes: customer?.interests.modes ?? [],
    roles: customer?.interests.roles ?? [],
    custom,
    consent,
    phone: '',
    email: '',
    gameAccountId: '',
    gameServer: '',
    gameRoleName: '',
  };
}

/** Digits (and a leading +) of a typed phone number. */
export const phoneDigits = (v: string) => v.replace(/[\s()-]/g, '');

const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const datePattern = /^\d{4}-\d{2}-\d{2}$/;

function validDate(v: string): boolean {
  if (!datePattern.test(v)) return false;
  const d = new Date(`${v}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(v);
}

/** Checks a custom value against its definition: required, number, date, one of the options. */
export function customFieldError(t: TFunction, field: CustomField, value: CustomFormValue | undefined): string | null {
  if (field.type === 'boolean') return null;
  if (isBlank(value)) return field.required ? t('validation.required') : null;
  switch (field.type) {
    case 'number':
      return typeof value === 'number' || (typeof value === 'string' && Number.isFinite(Number(value))) ? null : t('validation.number');
    case 'date':
      return typeof value === 'string' && validDate(value) ? null : t('validation.date');
    case 'enum':
      return typeof value === 'string' && field.options.includes(value) ? null : t('validation.option');
    default:
      return typeof value === 'string' && value.length > 2000 ? t('validation.tooLong', { max: 2000 }) : null;
  }
}

/** The form's rules; `creating` adds the initial contact checks. */
export function customerValidation(t: TFunction, fields: CustomField[], creating: boolean) {
  return (values: CustomerFormValues): Partial<Record<string, string | null>> => {
    const errors: Record<string, string | null> = {};
    if (!values.displayName.trim()) errors.displayName = t('validation.required');
    else if (values.displayName.trim().length > 200) errors.displayName = t('validation.tooLong', { max: 200 });
    if (values.realName.trim().length > 100) errors.realName = t('validation.tooLong', { max: 100 });
    if (values.region.trim().length > 100) errors.region = t('validation.tooLong', { max: 100 });
    if (values.city.trim().length > 100) errors.city = t('validation.tooLong', { max: 100 });
    if (values.tags.some((tag) => tag.length > 50)) errors.tags = t('validation.tooLong', { max: 50 });
    for (const k of ['games', 'modes', 'roles'] as const) if (values[k].some((x) => x.length > 100)) errors[k] = t('validation.tooLong', { max: 100 });
    if (values.birthday) {
      if (!validDate(values.birthday)) errors.birthday = t('validation.date');
      else if (values.birthday > new Date().toISOString().slice(0, 10)) errors.birthday = t('validation.birthdayFuture');
    }
    for (const f of fields) {
      const e = customFieldError(t, f, values.custom[f.key]);
      if (e) errors[`custom.${f.key}`] = e;
    }
    if (creating) {
      const phone = phoneDigits(values.phone.trim());
      if (phone && !/^\+?\d{6,15}$/.test(phone)) errors.phone = t('validation.phone');
      if (values.email.trim() && !emailPattern.test(values.email.trim())) errors.email = t('validation.email');
      if (!values.gameAccountId.trim() && (values.gameServer.trim() || values.gameRoleName.trim())) errors.gameAccountId = t('customers.form.gameAccountRequired');
    }
    return errors;
  };
}

/** The initial identities, in a fixed order, with the form field each one came from. */
export function identitiesOf(values: CustomerFormValues): { input: IdentityInput; field: keyof CustomerFormValues }[] {
  const out: { input: IdentityInput; field: keyof CustomerFormValues }[] = [];
  const phone = phoneDigits(values.phone.trim());
  if (phone) out.push({ input: { type: 'phone', value: phone }, field: 'phone' });
  if (values.email.trim()) out.push({ input: { type: 'email', value: values.email.trim().toLowerCase() }, field: 'email' });
  if (values.gameAccountId.trim()) {
    const attrs: Record<string, unknown> = {};
    if (values.gameServer.trim()) attrs.server = values.gameServer.trim();
    if (values.gameRoleName.trim()) attrs.roleName = values.gameRoleName.trim();
    out.push({ input: { type: 'game_account', value: values.gameAccountId.trim(), ...(Object.keys(attrs).length ? { attrs } : {}) }, field: 'gameAccountId' });
  }
  return out;
}

function customOut(fields: CustomField[], values: CustomerFormValues, keepBlank: boolean): Record<string, CustomValue> {
  const out: Record<string, CustomValue> = {};
  for (const f of fields) {
    const v = values.custom[f.key];
    if (isBlank(v)) {
      if (keepBlank) out[f.key] = null;
      continue;
    }
    out[f.key] = f.type === 'number' ? Number(v) : f.type === 'text' && typeof v === 'string' ? v.trim() : (v as CustomValue);
  }
  return out;
}

const interestsOf = (v: CustomerFormValues) => {
  const out: { games?: string[]; modes?: string[]; roles?: string[] } = {};
  if (v.games.length) out.games = v.games;
  if (v.modes.length) out.modes = v.modes;
  if (v.roles.length) out.roles = v.roles;
  return out;
};

export function toCreateRequest(values: CustomerFormValues, fields: CustomField[]): CreateCustomerRequest {
  const body: CreateCustomerRequest = { displayName: values.displayName.trim() };
  if (values.realName.trim()) body.realName = values.realName.trim();
  if (values.gender) body.gender = values.gender;
  if (values.birthday) body.birthday = values.birthday;
  if (values.region.trim()) body.region = values.region.trim();
  if (values.city.trim()) body.city = values.city.trim();
  if (values.preferredLocale) body.preferredLocale = values.preferredLocale;
  if (values.source) body.source = values.source;
  if (values.homeStoreId) body.homeStoreId = values.homeStoreId;
  if (values.tags.length) body.tags = values.tags;
  const interests = interestsOf(values);
  if (Object.keys(interests).length) body.interests = interests;
  const custom = customOut(fields, values, false);
  if (Object.keys(custom).length) body.custom = custom;
  const consent = Object.fromEntries(consentKinds.filter((k) => values.consent[k]).map((k) => [k, { granted: true, source: CONSENT_SOURCE }]));
  if (Object.keys(consent).length) body.consent = consent;
  const identities = identitiesOf(values).map((i) => i.input);
  if (identities.length) body.identities = identities;
  return body;
}

const sameList = (a: string[], b: string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/** Only what changed (changes go to the timeline, so unchanged fields are not sent). */
export function toUpdateRequest(values: CustomerFormValues, initial: CustomerFormValues, fields: CustomField[], realNameHidden: boolean): UpdateCustomerRequest {
  const body: UpdateCustomerRequest = {};
  const text = (v: string) => v.trim();
  if (text(values.displayName) !== initial.displayName) body.displayName = text(values.displayName);
  // A hidden real name is not in the form: left empty it stays as it is; typed, it replaces it.
  if (text(values.realName) !== initial.realName && !(realNameHidden && !text(values.realName))) body.realName = text(values.realName) || null;
  if (values.gender !== initial.gender) body.gender = values.gender;
  if (values.birthday !== initial.birthday) body.birthday = values.birthday || null;
  if (text(values.region) !== initial.region) body.region = text(values.region);
  if (text(values.city) !== initial.city) body.city = text(values.city);
  if (values.preferredLocale !== initial.preferredLocale) body.preferredLocale = values.preferredLocale;
  if (values.source !== initial.source && values.source) body.source = values.source;
  if (values.homeStoreId !== initial.homeStoreId) body.homeStoreId = values.homeStoreId;
  if (!sameList(values.tags, initial.tags)) body.tags = values.tags;
  if (!sameList(values.games, initial.games) || !sameList(values.modes, initial.modes) || !sameList(values.roles, initial.roles)) body.interests = interestsOf(values);
  // Only the keys that changed: given keys replace, null removes (values of deleted fields stay).
  const changed = fields.filter((f) => values.custom[f.key] !== initial.custom[f.key]);
  if (changed.length) {
    const all = customOut(fields, values, true);
    body.custom = Object.fromEntries(changed.map((f) => [f.key, all[f.key] ?? null]));
  }
  const consent = consentKinds.filter((k) => values.consent[k] !== initial.consent[k]);
  if (consent.length) body.consent = Object.fromEntries(consent.map((k) => [k, { granted: values.consent[k], source: CONSENT_SOURCE }]));
  return body;
}

/**
 * Places a failed save's errors on the form's fields: `identity_taken` on the contact that is
 * taken, `invalid_custom_field` on its field, schema errors by their JSON pointer. Returns a
 * message for the whole form when nothing could be placed.
 */
export function placeServerErrors(
  error: unknown,
  t: TFunction,
  values: CustomerFormValues,
  setFieldError: (path: string, message: string) => void,
): string | null {
  if (!isApiError(error)) return errorMessage(t, error);
  const message = errorMessage(t, error);
  const identities = identitiesOf(values);
  const pointerField = (pointer: string): string | null => {
    const parts = pointer.replace(/^\//, '').split('/');
    const [head, second] = parts;
    if (!head) return null;
    if (head === 'identities' && second !== undefined) return identities[Number(second)]?.field ?? null;
    if (head === 'custom' && second) return `custom.${second}`;
    if (head === 'interests' && second && ['games', 'modes', 'roles'].includes(second)) return second;
    if (head in values && head !== 'custom' && head !== 'consent') return head;
    return null;
  };

  if (error.code === 'invalid_home_store') {
    setFieldError('homeStoreId', message);
    return null;
  }

  if (error.code === 'identity_taken' || error.code === 'invalid_identity') {
    // The server names the identity by `index` (invalid_identity) and/or `type` (both).
    const type = [error.extra.identityType, error.extra.type].find((v) => typeof v === 'string');
    const byIndex = typeof error.extra.index === 'number' ? identities[error.extra.index] : undefined;
    const byPointer = error.errors.map((e) => pointerField(e.path)).find(Boolean);
    const match =
      byIndex ??
      identities.find((i) => i.input.type === type) ??
      (byPointer ? identities.find((i) => i.field === byPointer) : undefined) ??
      (identities.length === 1 ? identities[0] : identities.find((i) => i.field === 'phone'));
    if (match) {
      setFieldError(match.field, message);
      return null;
    }
    return message;
  }

  if (error.code === 'invalid_custom_field') {
    const key = [error.extra.field, error.extra.key].find((v) => typeof v === 'string') as string | undefined;
    const fromPointer = error.errors.map((e) => pointerField(e.path)).find((f) => f?.startsWith('custom.'));
    const path = key ? `custom.${key}` : fromPointer;
    if (path && path.slice(7) in values.custom) {
      const reason = typeof error.extra.reason === 'string' ? error.extra.reason : undefined;
      const detail = reason ?? error.errors.find((e) => pointerField(e.path) === path)?.message ?? error.detail;
      setFieldError(path, detail ? `${message} ${t('validation.serverInvalid', { message: detail })}` : message);
      return null;
    }
    return error.detail ? `${message} (${error.detail})` : message;
  }

  let placed = false;
  for (const e of error.errors) {
    const field = pointerField(e.path);
    if (!field) continue;
    setFieldError(field, t('validation.serverInvalid', { message: e.message }));
    placed = true;
  }
  return placed ? null : message;
}
