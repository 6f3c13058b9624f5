import { httpErrors } from './http.errors';
import { authErrors } from '../auth/auth.errors';
import { organisationErrors } from '../../modules/organisation/organisation.errors';
import { eventsErrors } from '../../modules/events/events.errors';
import { customersErrors } from '../../modules/customers/customers.errors';
import { importsErrors } from '../../modules/imports/imports.errors';
import { membershipErrors } from '../../modules/membership/membership.errors';
import { venuesErrors } from '../../modules/venues/venues.errors';
import { loyaltyErrors } from '../../modules/loyalty/loyalty.errors';
import { ticketsErrors } from '../../modules/tickets/tickets.errors';
import { macrosErrors } from '../../modules/tickets/macros/macros.errors';
import { portalErrors } from '../../modules/portal/portal.errors';
import { routingErrors } from '../../modules/tickets/routing/routing.errors';
import { emailErrors } from '../../modules/email/email.errors';
import { complaintsErrors } from '../../modules/complaints/complaints.errors';
import { slaErrors } from '../../modules/sla/sla.errors';
import { webhooksErrors } from '../webhooks/webhooks.errors';
import { moderationErrors } from '../../modules/moderation/moderation.errors';
import { appealsErrors } from '../../modules/appeals/appeals.errors';
import { bugsErrors } from '../../modules/bugs/bugs.errors';
import { channelsErrors } from '../../modules/channels/channels.errors';
import type { ErrorSpec } from './app-error';

/**
 * Every error code the API can answer with, and its HTTP status: the one place they meet.
 * A module adds its `<module>.errors.ts` here; a code not listed does not compile.
 */
export const errorCatalog = {
  ...httpErrors,
  ...authErrors,
  ...organisationErrors,
  ...customersErrors,
  ...eventsErrors,
  ...importsErrors,
  ...membershipErrors,
  ...venuesErrors,
  ...loyaltyErrors,
  ...ticketsErrors,
  ...macrosErrors,
  ...portalErrors,
  ...routingErrors,
  ...emailErrors,
  ...complaintsErrors,
  ...slaErrors,
  ...webhooksErrors,
  ...moderationErrors,
  ...appealsErrors,
  ...bugsErrors,
  ...channelsErrors,
} as const satisfies Record<string, ErrorSpec>;

export type ErrorCode = keyof typeof errorCatalog;

export function errorSpec(code: ErrorCode): ErrorSpec {
  return errorCatalog[code];
}
