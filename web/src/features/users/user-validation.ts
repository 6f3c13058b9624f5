import type { TFunction } from 'i18next';
import { meetsPasswordRule } from '../auth/password-strength';

export const validEmail = (t: TFunction) => (value: string) => (/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value.trim()) ? null : t('validation.email'));
export const required = (t: TFunction) => (value: unknown) =>
  (typeof value === 'string' ? value.trim() : value) ? null : t('validation.required');
export const strongPassword = (t: TFunction) => (value: string) => (meetsPasswordRule(value) ? null : t('validation.weakPassword'));

/** Form value → request value: empty selects become absent (create) or null (edit). */
export const orUndefined = (value: string | null) => value ?? undefined;
