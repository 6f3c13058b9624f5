import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { NoBody } from '../../platform/auth/auth.contracts';
import { IdParams } from '../../platform/http/schemas';
import { customerContext } from '../customers/service-context';
import { changeCardStatus, replaceCard } from './cards.service';
import { MemberCard, ReplaceCardAnswer, ReplaceCardBody } from './membership.contracts';

const tags = ['membership'];
const actions = [
  ['freeze', 'freeze', 'Freeze a card'],
  ['unfreeze', 'unfreeze', 'Unfreeze a card'],
  ['report-lost', 'report_lost', 'Report a card lost'],
] as const;

/** /cards/:id: freeze, unfreeze, report lost, replace (any store of the chain may do these). */
export async function cardsRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();
  const deps = app.deps;

  for (const [path, action, summary] of actions) {
    r.post(
      `/cards/:id/${path}`,
      { config: { access: 'members:write' }, schema: { tags, summary, params: IdParams, body: NoBody, response: { 200: MemberCard } } },
      async (request) => changeCardStatus(deps, customerContext(request), request.params.id, action),
    );
  }

  r.post(
    '/cards/:id/replace',
    {
      config: { access: 'members:write' },
      schema: { tags, summary: 'Replace a card: the old number stops finding the member, the wallet stays (audited)', params: IdParams, body: ReplaceCardBody, response: { 201: ReplaceCardAnswer } },
    },
    async (request, reply) => reply.status(201).send(await replaceCard(deps, customerContext(request), request.params.id, request.body ?? {})),
  );
}
