import type { ErrorSpec } from '../../platform/http/app-error';

/**
 * Request-level errors of the events module. Single events that fail are not errors: they come
 * back in the ingest answer's `errors` list with an `EventRejectCode` (rules/validate-event.ts).
 */
export const eventsErrors = {
  too_many_events: { status: 400, title: 'At most 10,000 events per batch' },
  invalid_event_filter: { status: 400, title: 'The event filter is not valid' },
} as const satisfies Record<string, ErrorSpec>;
