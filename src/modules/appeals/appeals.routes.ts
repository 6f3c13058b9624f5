import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { Page } from '../../platform/http/pagination';
import { IdParams } from '../../platform/http/schemas';
import { ticketContext } from '../tickets/ticket-context';
import { Appeal, AppealBody, AppealDecisionBody, AppealListQuery, AppealReceipt, AppealSummary } from './appeals.contracts';
import { decideAppeal, listAppeals, submitAppeal, ticketAppeal } from './appeals.service';

const tags = ['appeals'];

/** POST /public/appeals (no sign-in), the agents' /appeals list and /tickets/:id/appeal (docs/appeals.md). */
export async function appealsRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();
  const deps = app.deps;
  const open = { access: 'public', rateLimit: { max: deps.config.portal.rateLimitPerMinute, timeWindow: 60_000 } } as const;

  r.post('/public/appeals', { config: open, schema: { tags, summary: 'Appeal for a lost or stolen account', body: AppealBody, response: { 201: AppealReceipt } } }, async (request, reply) =>
    reply.status(201).send(await submitAppeal(deps, request.body)),
  );
  r.get(
    '/appeals',
    { config: { access: 'tickets:read' }, schema: { tags, summary: 'Appeals on the tickets I see, by status, with score and ticket', querystring: AppealListQuery, response: { 200: Page(AppealSummary) } } },
    async (request) => listAppeals(deps, await ticketContext(deps, request), request.query),
  );
  r.get('/tickets/:id/appeal', { config: { access: 'tickets:read' }, schema: { tags, summary: "The appeal on a ticket, with its checklist and evidence score", params: IdParams, response: { 200: Appeal } } }, async (request) =>
    ticketAppeal(deps, await ticketContext(deps, request), request.params.id),
  );
  r.post(
    '/tickets/:id/appeal/decision',
    { config: { access: 'appeals:decide' }, schema: { tags, summary: 'Approve, reject or ask for more', params: IdParams, body: AppealDecisionBody, response: { 200: Appeal } } },
    async (request) => decideAppeal(deps, await ticketContext(deps, request), request.params.id, request.body),
  );
}
