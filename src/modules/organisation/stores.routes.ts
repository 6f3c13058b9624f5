import { auditContext } from '../../platform/audit/audit.service';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { Page } from '../../platform/http/pagination';
import { CreateStoreBody, IdParams, PatchStoreBody, Store, StoreListQuery } from './organisation.contracts';
import { createStore, getStore, listStores, updateStore } from './stores.service';

const tags = ['organisation'];

/** /stores: list, create, read and change stores. */
export async function storesRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();
  const deps = app.deps;

  r.get(
    '/stores',
    { config: { access: 'org:read' }, schema: { tags, summary: 'List stores', querystring: StoreListQuery, response: { 200: Page(Store) } } },
    async (request) => listStores(deps, request.query),
  );

  r.post(
    '/stores',
    { config: { access: 'stores:manage' }, schema: { tags, summary: 'Create a store', body: CreateStoreBody, response: { 201: Store } } },
    async (request, reply) => reply.status(201).send(await createStore(deps, auditContext(request), request.body)),
  );

  r.get(
    '/stores/:id',
    { config: { access: 'org:read' }, schema: { tags, summary: 'Get a store', params: IdParams, response: { 200: Store } } },
    async (request) => getStore(deps, request.params.id),
  );

  r.patch(
    '/stores/:id',
    {
      config: { access: 'stores:manage' },
      schema: { tags, summary: 'Change a store', params: IdParams, body: PatchStoreBody, response: { 200: Store } },
    },
    async (request) => updateStore(deps, auditContext(request), request.params.id, request.body),
  );
}
