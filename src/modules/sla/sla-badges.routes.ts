import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { ticketContext } from '../tickets/ticket-context';
import { SlaBadges, SlaBadgesQuery } from './sla-badges.contracts';
import { slaBadges } from './sla-badges.service';

/** GET /tickets/sla?ids=…: the nearest SLA due of up to 100 tickets, for list badges. */
export async function slaBadgesRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();
  const deps = app.deps;
  r.get(
    '/tickets/sla',
    { config: { access: 'tickets:read' }, schema: { tags: ['sla'], summary: 'The nearest SLA due of up to 100 tickets (visible ones only)', querystring: SlaBadgesQuery, response: { 200: SlaBadges } } },
    async (request) => slaBadges(deps, await ticketContext(deps, request), request.query.ids),
  );
}
