import type { UseFormReturnType } from '@mantine/form';
import type { TFunction } from 'i18next';
import { isApiError } from '../api/api-error';
import { errorMessage } from './error-message';

/**
 * Puts a failed request's errors on the form: `errors[].path` naming a field, or a code that
 * belongs to one field (e.g. `email_taken` → email). Returns a message for the whole form when
 * nothing could be placed on a field, else null.
 */
export function applyServerErrors(
  form: Pick<UseFormReturnType<object>, 'getValues' | 'setFieldError'>,
  error: unknown,
  t: TFunction,
  codeFields: Partial<Record<string, string>> = {},
): string | null {
  if (!isApiError(error)) return errorMessage(t, error);
  const fields = Object.keys(form.getValues());
  const byCode = codeFields[error.code];
  if (byCode && fields.includes(byCode)) {
    form.setFieldError(byCode as never, errorMessage(t, error));
    return null;
  }
  let placed = false;
  for (const [field, message] of Object.entries(error.fieldErrors())) {
    if (!fields.includes(field)) continue;
    form.setFieldError(field as never, t('validation.serverInvalid', { message }));
    placed = true;
  }
  return placed ? null : errorMessage(t, error);
}
