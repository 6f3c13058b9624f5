import { NoBody } from '../../platform/auth/auth.contracts';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { auditContext } from '../../platform/audit/audit.service';
import { AppError } from '../../platform/http/app-error';
import { IdParams } from '../../platform/http/schemas';
import { listNotifications, readAllNotifications, readNotification } from './notifications.service';
import {
  Calendar, CreateCalendarBody, CreatePolicyBody, Notification, NotificationListQuery, PatchCalendarBody, PatchPolicyBody, Policy, ReadAllResult, TicketSlaView,
} from './sla.contracts';
import * as setup from './sla-setup.service';
import { ticketSlaFor } from './ticket-sla.service';
import { slaBadgesRoutes } from './sla-badges.routes';

const tags = ['sla'];
const manage = { access: 'tickets:manage' } as const;
const NoContent = Type.Null({ description: 'No content' });

/** /tickets/:id/sla, /sla/calendars, /sla/policies and the signed-in user's /notifications. */
export async function slaRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();
  const deps = app.deps;

  r.get(
    '/tickets/:id/sla',
    { config: { access: 'tickets:read' }, schema: { tags, summary: "A ticket's SLA clocks and quality figures", params: IdParams, response: { 200: TicketSlaView } } },
    async (request) => ticketSlaFor(deps, request, request.params.id),
  );

  await app.register(slaBadgesRoutes);

  r.get('/sla/calendars', { config: manage, schema: { tags, summary: 'Business-hours calendars', response: { 200: Type.Object({ items: Type.Array(Calendar) }) } } }, async () => setup.listCalendars(deps));
  r.post('/sla/calendars', { config: manage, schema: { tags, summary: 'Add a calendar', body: CreateCalendarBody, response: { 201: Calendar } } }, async (request, reply) =>
    reply.status(201).send(await setup.createCalendar(deps, auditContext(request), request.body)),
  );
  r.patch('/sla/calendars/:id', { config: manage, schema: { tags, summary: 'Change a calendar (new tickets)', params: IdParams, body: PatchCalendarBody, response: { 200: Calendar } } }, async (request) =>
    setup.updateCalendar(deps, auditContext(request), request.params.id, request.body),
  );
  r.delete('/sla/calendars/:id', { config: manage, schema: { tags, summary: 'Delete an unused calendar', params: IdParams, response: { 204: NoContent } } }, async (request, reply) => {
    await setup.deleteCalendar(deps, auditContext(request), request.params.id);
    return reply.status(204).send(null);
  });

  r.get('/sla/policies', { config: manage, schema: { tags, summary: 'SLA policies and tier overrides', response: { 200: Type.Object({ items: Type.Array(Policy) }) } } }, async () => setup.listPolicies(deps));
  r.post('/sla/policies', { config: manage, schema: { tags, summary: 'Add a policy or a tier override', body: CreatePolicyBody, response: { 201: Policy } } }, async (request, reply) =>
    reply.status(201).send(await setup.createPolicy(deps, auditContext(request), request.body)),
  );
  r.patch('/sla/policies/:id', { config: manage, schema: { tags, summary: 'Change a policy (new tickets)', params: IdParams, body: PatchPolicyBody, response: { 200: Policy } } }, async (request) =>
    setup.updatePolicy(deps, auditContext(request), request.params.id, request.body),
  );
  r.delete('/sla/policies/:id', { config: manage, schema: { tags, summary: 'Delete a policy', params: IdParams, response: { 204: NoContent } } }, async (request, reply) => {
    await setup.deletePolicy(deps, auditContext(request), request.params.id);
    return reply.status(204).send(null);
  });

  const userId = (request: { principal: { kind: string; user?: { id: string } } | null }) => {
    const p = request.principal;
    if (p?.kind !== 'user' || !p.user) throw new AppError('forbidden');
    return p.user.id;
  };
  r.get(
    '/notifications',
    {
      config: { access: 'authenticated' },
      schema: { tags, summary: 'My notifications, newest first', querystring: NotificationListQuery, response: { 200: Type.Object({ items: Type.Array(Notification), nextCursor: Type.Union([Type.String(), Type.Null()]), unread: Type.Integer() }) } },
    },
    async (request) => listNotifications(deps, userId(request), request.query),
  );
  r.post('/notifications/:id/read', { config: { access: 'authenticated' }, schema: { tags, summary: 'Mark one of my notifications read', params: IdParams, body: NoBody, response: { 200: Notification } } }, async (request) =>
    readNotification(deps, userId(request), request.params.id),
  );
  r.post('/notifications/read-all', { config: { access: 'authenticated' }, schema: { tags, summary: 'Mark all my notifications read', body: NoBody, response: { 200: ReadAllResult } } }, async (request) =>
    readAllNotifications(deps, userId(request)),
  );
}
