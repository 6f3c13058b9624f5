import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { auditContext } from '../../platform/audit/audit.service';
import { Page } from '../../platform/http/pagination';
import { IdParams } from '../../platform/http/schemas';
import { ticketContext } from '../tickets/ticket-context';
import {
  CreateReportBody, CreateSanctionBody, DecisionBody, PlayerReport, ReportQueueQuery, RevokeBody, Sanction, SanctionListQuery, SanctionPage, SanctionSummary,
} from './moderation.contracts';
import { decideReport, fileReport, getReport, reportQueue } from './player-reports.service';
import { customerSanctions, listSanctions, revokeSanction, sanctionCustomer } from './sanctions.service';

const tags = ['moderation'];

/** /player-reports (the moderation queue), /sanctions and /customers/:id/sanctions (docs/moderation.md). */
export async function moderationRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();
  const deps = app.deps;
  const staff = (request: Parameters<typeof auditContext>[0]) => ({ ...auditContext(request), principal: request.principal });

  r.post(
    '/player-reports',
    { config: { access: 'tickets:write' }, schema: { tags, summary: 'File a player report (a ticket for the violations department)', body: CreateReportBody, response: { 201: PlayerReport } } },
    async (request, reply) => reply.status(201).send(await fileReport(deps, await ticketContext(deps, request), request.body)),
  );
  r.get(
    '/player-reports',
    { config: { access: 'tickets:read' }, schema: { tags, summary: 'The moderation queue, oldest first', querystring: ReportQueueQuery, response: { 200: Page(PlayerReport) } } },
    async (request) => reportQueue(deps, await ticketContext(deps, request), request.query),
  );
  r.get(
    '/player-reports/:id',
    { config: { access: 'tickets:read' }, schema: { tags, summary: 'One player report', params: IdParams, response: { 200: PlayerReport } } },
    async (request) => getReport(deps, await ticketContext(deps, request), request.params.id),
  );
  r.post(
    '/player-reports/:id/decision',
    {
      config: { access: 'sanctions:write' },
      schema: { tags, summary: 'Dismiss, warn, mute or ban', params: IdParams, body: DecisionBody, response: { 200: Type.Object({ report: PlayerReport, sanction: Type.Union([Sanction, Type.Null()]) }) } },
    },
    async (request) => decideReport(deps, await ticketContext(deps, request), request.params.id, request.body),
  );
  r.get(
    '/customers/:id/sanctions',
    { config: { access: 'customers:read' }, schema: { tags, summary: "A customer's sanctions and counts", params: IdParams, response: { 200: Type.Object({ items: Type.Array(Sanction), summary: SanctionSummary }) } } },
    async (request) => customerSanctions(deps, request.params.id),
  );
  r.post(
    '/customers/:id/sanctions',
    { config: { access: 'sanctions:write' }, schema: { tags, summary: 'Warn, mute or ban a customer (e.g. a cafe house-rule breach)', params: IdParams, body: CreateSanctionBody, response: { 201: Sanction } } },
    async (request, reply) => reply.status(201).send(await sanctionCustomer(deps, staff(request), request.params.id, request.body)),
  );
  r.get(
    '/sanctions',
    { config: { access: 'tickets:read' }, schema: { tags, summary: 'Sanctions by game account, profile or store, newest first, with counts', querystring: SanctionListQuery, response: { 200: SanctionPage } } },
    async (request) => listSanctions(deps, request.query),
  );
  r.post(
    '/sanctions/:id/revoke',
    { config: { access: 'sanctions:write' }, schema: { tags, summary: 'Lift a sanction', params: IdParams, body: RevokeBody, response: { 200: Sanction } } },
    async (request) => revokeSanction(deps, staff(request), request.params.id, request.body.reason),
  );
}
