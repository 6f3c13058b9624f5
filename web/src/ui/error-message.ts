import type { TFunction } from 'i18next';
import i18n from '../i18n/i18n';
import { isApiError } from '../api/api-error';

/** A sentence for the reader: the translated message for the problem `code`, else the server's title. */
export function errorMessage(t: TFunction, error: unknown): string {
  if (isApiError(error)) {
    const key = `errors.${error.code}`;
    if (i18n.exists(key)) return (t as unknown as (k: string) => string)(key);
    return error.detail ?? error.title ?? t('errors.unknown_error');
  }
  return t('errors.unknown_error');
}
