import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { DateTime, Id, IdParams, Nullable } from '../../platform/http/schemas';
import { ticketContext } from '../tickets/ticket-context';
import { listTicketMails } from './ticket-mails.service';

export const TicketMail = Type.Object({
  id: Id,
  direction: Type.Union([Type.Literal('in'), Type.Literal('out')]),
  kind: Type.String({ description: 'in: new_ticket | reply | follow_up; out: ack | reply' }),
  messageId: Type.String(),
  ticketMessageId: Nullable(Id),
  from: Type.String({ description: 'Customer addresses masked' }),
  to: Type.String({ description: 'Customer addresses masked' }),
  subject: Type.String(),
  at: DateTime,
  status: Type.Union([Type.Literal('received'), Type.Literal('sent'), Type.Literal('pending'), Type.Literal('retrying'), Type.Literal('failed')]),
  sentAt: Nullable(DateTime),
  attempts: Type.Integer(),
  lastError: Nullable(Type.String()),
});

/** /tickets/:id/emails: the ticket's mails and whether each went out. */
export async function ticketMailRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();
  const deps = app.deps;
  r.get(
    '/tickets/:id/emails',
    { config: { access: 'tickets:read' }, schema: { tags: ['tickets'], summary: "A ticket's mails with their delivery status", params: IdParams, response: { 200: Type.Object({ items: Type.Array(TicketMail) }) } } },
    async (request) => listTicketMails(deps, await ticketContext(deps, request), request.params.id),
  );
}
