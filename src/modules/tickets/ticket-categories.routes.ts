import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { auditContext } from '../../platform/audit/audit.service';
import { IdParams } from '../../platform/http/schemas';
import { CategoryListQuery, CreateCategoryBody, PatchCategoryBody, TicketCategory } from './ticket-categories.contracts';
import { createCategory, deleteCategory, listCategories, updateCategory } from './ticket-categories.service';

const tags = ['tickets'];
const manage = { access: 'tickets:manage' } as const;
const NoContent = Type.Null({ description: 'No content' });

/** /ticket-categories: the admin-editable category tree. */
export async function ticketCategoriesRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();
  const deps = app.deps;

  r.get(
    '/ticket-categories',
    { config: { access: 'tickets:read' }, schema: { tags, summary: 'The category tree, parents first', querystring: CategoryListQuery, response: { 200: Type.Object({ items: Type.Array(TicketCategory) }) } } },
    async (request) => listCategories(deps, request.query),
  );
  r.post('/ticket-categories', { config: manage, schema: { tags, summary: 'Create a category', body: CreateCategoryBody, response: { 201: TicketCategory } } }, async (request, reply) =>
    reply.status(201).send(await createCategory(deps, auditContext(request), request.body)),
  );
  r.patch(
    '/ticket-categories/:id',
    { config: manage, schema: { tags, summary: 'Rename, move, sort or deactivate a category', params: IdParams, body: PatchCategoryBody, response: { 200: TicketCategory } } },
    async (request) => updateCategory(deps, auditContext(request), request.params.id, request.body),
  );
  r.delete('/ticket-categories/:id', { config: manage, schema: { tags, summary: 'Delete a category nothing uses', params: IdParams, response: { 204: NoContent } } }, async (request, reply) => {
    await deleteCategory(deps, auditContext(request), request.params.id);
    return reply.status(204).send(null);
  });
}
