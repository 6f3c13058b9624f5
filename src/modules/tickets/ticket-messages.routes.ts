import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { IdParams } from '../../platform/http/schemas';
import { Page } from '../../platform/http/pagination';
import { ticketContext } from './ticket-context';
import { linkTickets, mergeTicket, unlinkTickets } from './ticket-links.service';
import { addMessage, listChanges, listMessages } from './ticket-messages.service';
import { AddMessageBody, LinkBody, LinkParams, MergeBody, MessageListQuery, TicketChange, TicketMessage } from './ticket-messages.contracts';
import { Ticket, TicketLink } from './tickets.contracts';

const tags = ['tickets'];
const read = { access: 'tickets:read' } as const;
const write = { access: 'tickets:write' } as const;
const NoContent = Type.Null({ description: 'No content' });

/** /tickets/:id/messages, /changes, /links and /merge. */
export async function ticketConversationRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();
  const deps = app.deps;

  r.get(
    '/tickets/:id/messages',
    { config: read, schema: { tags, summary: 'The conversation, oldest first', params: IdParams, querystring: MessageListQuery, response: { 200: Page(TicketMessage) } } },
    async (request) => listMessages(deps, await ticketContext(deps, request), request.params.id, request.query),
  );
  r.post(
    '/tickets/:id/messages',
    { config: write, schema: { tags, summary: 'Add a public reply or an internal note', params: IdParams, body: AddMessageBody, response: { 201: TicketMessage } } },
    async (request, reply) => reply.status(201).send(await addMessage(deps, await ticketContext(deps, request), request.params.id, request.body)),
  );

  r.get(
    '/tickets/:id/changes',
    { config: read, schema: { tags, summary: 'The change trail, oldest first', params: IdParams, querystring: MessageListQuery, response: { 200: Page(TicketChange) } } },
    async (request) => listChanges(deps, await ticketContext(deps, request), request.params.id, request.query),
  );

  r.post(
    '/tickets/:id/links',
    { config: write, schema: { tags, summary: 'Link another ticket (related or duplicate)', params: IdParams, body: LinkBody, response: { 201: Type.Object({ items: Type.Array(TicketLink) }) } } },
    async (request, reply) => reply.status(201).send(await linkTickets(deps, await ticketContext(deps, request), request.params.id, request.body)),
  );
  r.delete('/tickets/:id/links/:linkedId', { config: write, schema: { tags, summary: 'Remove a link', params: LinkParams, response: { 204: NoContent } } }, async (request, reply) => {
    await unlinkTickets(deps, await ticketContext(deps, request), request.params.id, request.params.linkedId);
    return reply.status(204).send(null);
  });

  r.post(
    '/tickets/:id/merge',
    { config: write, schema: { tags, summary: 'Merge this ticket into another (closes this one)', params: IdParams, body: MergeBody, response: { 200: Ticket } } },
    async (request) => mergeTicket(deps, await ticketContext(deps, request), request.params.id, request.body.intoId),
  );
}
