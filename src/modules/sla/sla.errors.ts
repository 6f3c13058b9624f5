import type { ErrorSpec } from '../../platform/http/app-error';

/** Error codes of the SLA module (docs/sla.md). */
export const slaErrors = {
  sla_calendar_not_found: { status: 404, title: 'Business calendar not found' },
  invalid_sla_calendar: { status: 400, title: 'The calendar needs a known time zone and valid weekly hours' },
  sla_calendar_in_use: { status: 409, title: 'SLA policies use this calendar, or it is the default one' },
  sla_policy_not_found: { status: 404, title: 'SLA policy not found' },
  invalid_sla_policy: { status: 400, title: 'A base policy needs a channel and a priority; the calendar must exist' },
  sla_policy_exists: { status: 409, title: 'A policy for this channel, priority and tier already exists' },
  ticket_sla_not_found: { status: 404, title: 'No SLA policy applies to this ticket' },
  notification_not_found: { status: 404, title: 'Notification not found' },
} as const satisfies Record<string, ErrorSpec>;
