import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { principalStoreId, type Principal } from '../../platform/auth/principal';
import { IngestAnswer, IngestBody, IngestQuery } from './events.contracts';
import { ingestEvents } from './ingest.service';

const tags = ['events'];

/** A full 10,000-event batch is about 3 MB of JSON; this route alone takes up to 16 MiB. */
export const EVENTS_BODY_LIMIT = 16 * 1024 * 1024;

/** Who sent a batch, as stored on its events. */
function senderOf(principal: Principal | null): string {
  if (!principal) return '';
  return principal.kind === 'api_key' ? `apikey:${principal.apiKey.id}` : `user:${principal.user.id}`;
}

/** /events: integrations push batches of customer events. */
export async function eventsRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();
  const deps = app.deps;

  r.post(
    '/events',
    {
      config: { access: 'events:write' },
      bodyLimit: EVENTS_BODY_LIMIT,
      schema: { tags, summary: 'Send a batch of events', body: IngestBody, querystring: IngestQuery, response: { 200: IngestAnswer } },
    },
    async (request) =>
      ingestEvents(deps, request.body.events, {
        source: senderOf(request.principal),
        createUnknownCustomers: deps.config.events.createUnknownCustomers && request.query.createCustomers !== false,
        storeScope: principalStoreId(request.principal),
      }),
  );
}
