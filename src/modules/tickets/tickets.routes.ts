import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { IdParams } from '../../platform/http/schemas';
import { Page } from '../../platform/http/pagination';
import { createTicket } from './ticket-create.service';
import { bulkUpdate } from './ticket-bulk.service';
import { ticketCategoriesRoutes } from './ticket-categories.routes';
import { macrosRoutes } from './macros/macros.routes';
import { ticketContext } from './ticket-context';
import { ticketConversationRoutes } from './ticket-messages.routes';
import { TicketSidebar } from './ticket-sidebar.contracts';
import { ticketSidebar } from './ticket-sidebar.service';
import { getTicket, listTickets, searchTickets, ticketViews } from './ticket-query.service';
import { updateTicket } from './ticket-update.service';
import {
  BulkUpdateAnswer,
  BulkUpdateBody,
  CreateTicketBody,
  PatchTicketBody,
  Ticket,
  TicketListQuery,
  TicketSearchHit,
  TicketSearchQuery,
  TicketSummary,
  TicketViews,
} from './tickets.contracts';

const tags = ['tickets'];
const read = { access: 'tickets:read' } as const;
const write = { access: 'tickets:write' } as const;

/** The tickets module's /api/v1 routes: tickets here; conversation, links, merge and categories beside. */
export async function ticketsRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();
  const deps = app.deps;

  r.post('/tickets', { config: write, schema: { tags, summary: 'Create a ticket', body: CreateTicketBody, response: { 201: Ticket } } }, async (request, reply) =>
    reply.status(201).send(await createTicket(deps, await ticketContext(deps, request), request.body)),
  );

  r.get('/tickets', { config: read, schema: { tags, summary: 'List tickets', querystring: TicketListQuery, response: { 200: Page(TicketSummary) } } }, async (request) =>
    listTickets(deps, await ticketContext(deps, request), request.query),
  );

  r.get(
    '/tickets/search',
    { config: read, schema: { tags, summary: 'Full-text search (Chinese segmented) with the list filters', querystring: TicketSearchQuery, response: { 200: Page(TicketSearchHit) } } },
    async (request) => searchTickets(deps, await ticketContext(deps, request), request.query),
  );

  r.get('/tickets/views', { config: read, schema: { tags, summary: 'Counts for the console views', response: { 200: TicketViews } } }, async (request) =>
    ticketViews(deps, await ticketContext(deps, request)),
  );

  r.post(
    '/tickets/bulk',
    { config: write, schema: { tags, summary: 'Change status, priority, assignee or tags of up to 100 tickets', body: BulkUpdateBody, response: { 200: BulkUpdateAnswer } } },
    async (request) => bulkUpdate(deps, await ticketContext(deps, request), request.body),
  );

  r.get('/tickets/:id', { config: read, schema: { tags, summary: 'Get a ticket', params: IdParams, response: { 200: Ticket } } }, async (request) =>
    getTicket(deps, await ticketContext(deps, request), request.params.id),
  );

  r.get(
    '/tickets/:id/sidebar',
    { config: read, schema: { tags, summary: 'The requester at a glance, masked: stats, tier, recent recharges and logins, open sessions, other tickets', params: IdParams, response: { 200: TicketSidebar } } },
    async (request) => ticketSidebar(deps, await ticketContext(deps, request), request.params.id),
  );

  r.patch('/tickets/:id', { config: write, schema: { tags, summary: 'Change a ticket', params: IdParams, body: PatchTicketBody, response: { 200: Ticket } } }, async (request) =>
    updateTicket(deps, await ticketContext(deps, request), request.params.id, request.body),
  );

  await app.register(ticketConversationRoutes);
  await app.register(ticketCategoriesRoutes);
  await app.register(macrosRoutes);
}
