import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { AppError } from '../../platform/http/app-error';
import { IdParams } from '../../platform/http/schemas';
import { SIGNATURE_HEADER } from '../../platform/webhooks/signature';
import { CreatedIntegration, CreateIntegrationBody, InboundAnswer, InboundPost, Integration } from './channels.contracts';
import { createIntegration, listIntegrations, receivePost } from './channels.service';

const tags = ['channels'];
const manage = { access: 'integrations:manage' } as const;
const rawBodies = new WeakMap<FastifyRequest, string>();

/** /channel-integrations (admin) and /inbound/:id (signed posts from forums, official accounts, the game). */
export async function channelsRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();
  const deps = app.deps;
  // The signature covers the bytes sent: keep them (this plugin's routes only).
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    rawBodies.set(request, body as string);
    try {
      done(null, JSON.parse(body as string));
    } catch {
      done(new AppError('malformed_json'), undefined);
    }
  });

  r.get('/channel-integrations', { config: manage, schema: { tags, summary: 'Forum, official-account and in-game integrations', response: { 200: Type.Object({ items: Type.Array(Integration) }) } } }, async () => ({
    items: await listIntegrations(deps),
  }));
  r.post('/channel-integrations', { config: manage, schema: { tags, summary: 'Connect a channel (its secret is shown once)', body: CreateIntegrationBody, response: { 201: CreatedIntegration } } }, async (request, reply) =>
    reply.status(201).send(await createIntegration(deps, request.body)),
  );
  r.post(
    '/inbound/:id',
    { config: { access: 'public' }, schema: { tags, summary: 'A signed post from a forum, official account or the game', params: IdParams, body: InboundPost, response: { 200: InboundAnswer } } },
    async (request) => receivePost(deps, request.params.id, rawBodies.get(request) ?? '', request.headers[SIGNATURE_HEADER] as string | undefined, request.body),
  );
}
