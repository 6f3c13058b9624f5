import type { FastifyInstance } from 'fastify';
import { authPlugin } from './platform/auth/auth.plugin';
import { authRoutes } from './platform/auth/auth.routes';
import { usersRoutes } from './platform/auth/users.routes';
import { apiKeysRoutes } from './platform/auth/api-keys.routes';
import { rolesRoutes } from './platform/auth/roles.routes';
import { auditRoutes } from './platform/audit/audit.routes';
import { organisationRoutes } from './modules/organisation/organisation.routes';
import { customersRoutes } from './modules/customers/customers.routes';
import { eventsRoutes } from './modules/events/events.routes';
import { importsRoutes } from './modules/imports/imports.routes';
import { membershipRoutes } from './modules/membership/membership.routes';
import { venuesRoutes } from './modules/venues/venues.routes';
import { loyaltyRoutes } from './modules/loyalty/loyalty.routes';
import { ticketsRoutes } from './modules/tickets/tickets.routes';
import { ticketRoutingRoutes } from './modules/tickets/routing/routing.routes';
import { ticketAttachmentRoutes } from './modules/email/attachments.routes';
import { complaintsRoutes } from './modules/complaints/complaints.routes';
import { slaRoutes } from './modules/sla/sla.routes';
import { webhooksRoutes } from './platform/webhooks/webhooks.routes';
import { moderationRoutes } from './modules/moderation/moderation.routes';
import { appealsRoutes } from './modules/appeals/appeals.routes';
import { bugsRoutes } from './modules/bugs/bugs.routes';
import { callsRoutes } from './modules/calls/calls.routes';
import { channelsRoutes } from './modules/channels/channels.routes';
import { portalRoutes } from './modules/portal/portal.routes';
import { liveRoutes } from './platform/realtime/live.routes';

/** Every /api/v1 route plugin, registered in one place. Each route declares config.access. */
export async function apiRoutes(app: FastifyInstance): Promise<void> {
  // Auth first: its hooks must see every route registered after it.
  await app.register(authPlugin);
  await app.register(authRoutes);
  await app.register(usersRoutes);
  await app.register(rolesRoutes);
  await app.register(apiKeysRoutes);
  await app.register(auditRoutes);
  await app.register(organisationRoutes);
  await app.register(customersRoutes);
  await app.register(eventsRoutes);
  await app.register(importsRoutes);
  await app.register(membershipRoutes);
  await app.register(venuesRoutes);
  await app.register(loyaltyRoutes);
  await app.register(ticketsRoutes);
  await app.register(ticketRoutingRoutes);
  await app.register(ticketAttachmentRoutes);
  await app.register(complaintsRoutes);
  await app.register(slaRoutes);
  await app.register(webhooksRoutes);
  await app.register(moderationRoutes);
  await app.register(appealsRoutes);
  await app.register(bugsRoutes);
  await app.register(callsRoutes);
  await app.register(channelsRoutes);
  await app.register(portalRoutes);
  await app.register(liveRoutes);
}
