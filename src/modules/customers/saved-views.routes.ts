import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { CreateSavedViewBody, PatchSavedViewBody, SavedView, SavedViewList } from './customer-records.contracts';
import { IdParams } from './customers.contracts';
import { createSavedView, deleteSavedView, listSavedViews, updateSavedView } from './saved-views.service';

const tags = ['customers'];

/** The owner of views a caller saves: the staff user, or the API key itself. */
function ownerOf(request: FastifyRequest): string {
  const p = request.principal!;
  return p.kind === 'user' ? p.user.id : p.apiKey.id;
}

/** /customer-views: saved filters and sort of the customer list, private or shared. */
export async function savedViewsRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();
  const deps = app.deps;

  r.get(
    '/customer-views',
    { config: { access: 'customers:read' }, schema: { tags, summary: 'My and shared saved views', response: { 200: SavedViewList } } },
    async (request) => listSavedViews(deps, ownerOf(request)),
  );

  r.post(
    '/customer-views',
    { config: { access: 'customers:read' }, schema: { tags, summary: 'Save a view', body: CreateSavedViewBody, response: { 201: SavedView } } },
    async (request, reply) => reply.status(201).send(await createSavedView(deps, ownerOf(request), request.body)),
  );

  r.patch(
    '/customer-views/:id',
    {
      config: { access: 'customers:read' },
      schema: { tags, summary: 'Change a saved view (owner only)', params: IdParams, body: PatchSavedViewBody, response: { 200: SavedView } },
    },
    async (request) => updateSavedView(deps, ownerOf(request), request.params.id, request.body),
  );

  r.delete(
    '/customer-views/:id',
    { config: { access: 'customers:read' }, schema: { tags, summary: 'Delete a saved view (owner only)', params: IdParams } },
    async (request, reply) => {
      await deleteSavedView(deps, ownerOf(request), request.params.id);
      return reply.status(204).send();
    },
  );
}
