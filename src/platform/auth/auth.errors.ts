import type { ErrorSpec } from '../http/app-error';

export const authErrors = {
  invalid_credentials: { status: 401, title: 'Wrong email or password' },
  account_locked: { status: 423, title: 'The account is temporarily locked' },
  account_disabled: { status: 403, title: 'The account is disabled' },
  session_expired: { status: 401, title: 'The session has expired' },
  weak_password: { status: 400, title: 'The password is too weak' },
  wrong_current_password: { status: 400, title: 'The current password is wrong' },
  email_taken: { status: 409, title: 'A user with this email already exists' },
  user_not_found: { status: 404, title: 'User not found' },
  api_key_not_found: { status: 404, title: 'API key not found' },
  invalid_api_key: { status: 401, title: 'The API key is not valid' },
  unknown_role: { status: 400, title: 'Unknown role' },
  unknown_scope: { status: 400, title: 'Unknown API key scope' },
  cannot_change_own_role: { status: 409, title: 'You cannot change your own role or disable yourself' },
} as const satisfies Record<string, ErrorSpec>;
