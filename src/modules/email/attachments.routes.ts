import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { DateTime, Id, IdParams, Nullable } from '../../platform/http/schemas';
import { ticketContext } from '../tickets/ticket-context';
import { attachmentStorage, listTicketAttachments, readTicketAttachment } from './attachments.service';
import { ticketMailRoutes } from './ticket-mails.routes';

const tags = ['tickets'];
const read = { access: 'tickets:read' } as const;

export const TicketAttachment = Type.Object({
  id: Id,
  ticketId: Id,
  messageId: Nullable(Id),
  filename: Type.String(),
  contentType: Type.String(),
  size: Type.Integer(),
  sha256: Type.String(),
  createdAt: DateTime,
});

/** RFC 6266 / 5987: an ASCII fallback and the UTF-8 name, so Chinese file names survive. */
function contentDisposition(filename: string): string {
  const ascii = filename.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename)}`;
}

/** /tickets/:id/attachments: the files a ticket's mails brought; and /tickets/:id/emails. */
export async function ticketAttachmentRoutes(app: FastifyInstance): Promise<void> {
  await app.register(ticketMailRoutes);
  const r = app.withTypeProvider<TypeBoxTypeProvider>();
  const deps = app.deps;
  const storage = attachmentStorage(deps.config);

  r.get(
    '/tickets/:id/attachments',
    { config: read, schema: { tags, summary: "A ticket's attachments, oldest first", params: IdParams, response: { 200: Type.Object({ items: Type.Array(TicketAttachment) }) } } },
    async (request) => listTicketAttachments(deps, await ticketContext(deps, request), request.params.id),
  );
  r.get(
    '/tickets/:id/attachments/:attachmentId',
    { config: read, schema: { tags, summary: 'Download an attachment', params: Type.Object({ id: Id, attachmentId: Id }) } },
    async (request, reply) => {
      const file = await readTicketAttachment({ database: deps.database, storage }, await ticketContext(deps, request), request.params.id, request.params.attachmentId);
      return reply
        .type(file.contentType)
        .header('content-disposition', contentDisposition(file.filename))
        .header('x-content-type-options', 'nosniff')
        .header('cache-control', 'private, no-store')
        .send(file.bytes);
    },
  );
}
