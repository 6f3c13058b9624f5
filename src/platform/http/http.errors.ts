import type { ErrorSpec } from './app-error';

/** Codes raised by the HTTP platform itself (parsing, validation, routing, limits). */
export const httpErrors = {
  validation_failed: { status: 400, title: 'The request is not valid' },
  malformed_json: { status: 400, title: 'The request body is not valid JSON' },
  invalid_text: { status: 400, title: 'Text may not contain NUL (U+0000) characters' },
  invalid_cursor: { status: 400, title: 'The pagination cursor is not valid' },
  unsupported_media_type: { status: 415, title: 'Unsupported content type' },
  payload_too_large: { status: 413, title: 'The request body is too large' },
  not_found: { status: 404, title: 'Not found' },
  method_not_allowed: { status: 405, title: 'Method not allowed' },
  rate_limited: { status: 429, title: 'Too many requests' },
  conflict: { status: 409, title: 'Conflict with the current state' },
  unauthenticated: { status: 401, title: 'Authentication required' },
  forbidden: { status: 403, title: 'You do not have permission to do this' },
  csrf_failed: { status: 403, title: 'Missing or invalid CSRF token' },
  store_scope: { status: 403, title: 'This is outside your store' },
  store_required: { status: 400, title: 'Name the store this happens at' },
  service_unavailable: { status: 503, title: 'Service unavailable' },
  internal_error: { status: 500, title: 'Internal server error' },
} as const satisfies Record<string, ErrorSpec>;
