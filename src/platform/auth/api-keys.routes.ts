import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { auditContext } from '../audit/audit.service';
import { Page } from '../http/pagination';
import { PageQuery } from '../http/schemas';
import { ApiKey, CreateApiKeyBody, IdParams } from './auth.contracts';
import { apiKeyView } from './auth.views';
import * as apiKeys from './api-keys.service';

const access = { access: 'apikeys:manage' } as const;

/** API key management (docs/api.md "api-keys"). */
export async function apiKeysRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();

  app.get(
    '/api-keys',
    { config: access, schema: { tags: ['api-keys'], querystring: PageQuery, response: { 200: Page(ApiKey) } } },
    async (request) => {
      const page = await apiKeys.listApiKeys(app.deps, request.query.limit ?? 50, request.query.cursor);
      return { items: page.items.map(apiKeyView), nextCursor: page.nextCursor };
    },
  );

  app.post(
    '/api-keys',
    {
      config: access,
      schema: { tags: ['api-keys'], body: CreateApiKeyBody, response: { 201: Type.Object({ apiKey: ApiKey, key: Type.String() }) } },
    },
    async (request, reply) => {
      const p = request.principal;
      const createdBy = p?.kind === 'user' ? p.user.id : null;
      const { apiKey, key } = await apiKeys.createApiKey(app.deps, request.body, auditContext(request), createdBy);
      return reply.status(201).send({ apiKey: apiKeyView(apiKey), key });
    },
  );

  app.delete('/api-keys/:id', { config: access, schema: { tags: ['api-keys'], params: IdParams } }, async (request, reply) => {
    await apiKeys.revokeApiKey(app.deps, request.params.id, auditContext(request));
    return reply.status(204).send();
  });
}
