import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { auditContext } from '../audit/audit.service';
import { IdParams } from '../http/schemas';
import { createEndpoint, endpointDeliveries, listEndpoints, updateEndpoint } from './webhook-endpoints.service';
import { CreatedEndpoint, CreateEndpointBody, PatchEndpointBody, WebhookDelivery, WebhookEndpoint } from './webhooks.contracts';

const tags = ['webhooks'];
const manage = { access: 'integrations:manage' } as const;

/** /webhook-endpoints: where signed webhooks go (docs/webhooks.md). */
export async function webhooksRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();
  const deps = app.deps;

  r.get('/webhook-endpoints', { config: manage, schema: { tags, summary: 'Webhook endpoints', response: { 200: Type.Object({ items: Type.Array(WebhookEndpoint) }) } } }, async () => ({
    items: await listEndpoints(deps),
  }));
  r.post('/webhook-endpoints', { config: manage, schema: { tags, summary: 'Add an endpoint (its secret is shown once)', body: CreateEndpointBody, response: { 201: CreatedEndpoint } } }, async (request, reply) =>
    reply.status(201).send(await createEndpoint(deps, auditContext(request), request.body)),
  );
  r.patch('/webhook-endpoints/:id', { config: manage, schema: { tags, summary: 'Change or pause an endpoint', params: IdParams, body: PatchEndpointBody, response: { 200: WebhookEndpoint } } }, async (request) =>
    updateEndpoint(deps, auditContext(request), request.params.id, request.body),
  );
  r.get(
    '/webhook-endpoints/:id/deliveries',
    { config: manage, schema: { tags, summary: 'The latest 100 deliveries to an endpoint', params: IdParams, response: { 200: Type.Object({ items: Type.Array(WebhookDelivery) }) } } },
    async (request) => ({ items: await endpointDeliveries(deps, request.params.id) }),
  );
}
