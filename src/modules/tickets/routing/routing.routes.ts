import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { auditContext } from '../../../platform/audit/audit.service';
import { NoBody } from '../../../platform/auth/auth.contracts';
import { AppError } from '../../../platform/http/app-error';
import { IdParams } from '../../../platform/http/schemas';
import { ticketContext } from '../ticket-context';
import { getPresence, listAgents, setAgentPresence, setMyPresence } from './presence.service';
import {
  AgentListQuery,
  AgentPresence,
  AgentPresenceBody,
  AutoAssignResult,
  CreateRuleBody,
  MyPresenceBody,
  PatchRuleBody,
  PresenceUpdate,
  ReorderBody,
  RoutingRule,
  UserIdParams,
} from './routing.contracts';
import { createRule, deleteRule, getRule, listRules, reorderRules, updateRule } from './routing-rules.service';
import { autoAssignTicket } from './ticket-auto-assign.service';

const tags = ['tickets'];
const manage = { access: 'tickets:manage' } as const;
const write = { access: 'tickets:write' } as const;
const NoContent = Type.Null({ description: 'No content' });
const Rules = Type.Object({ items: Type.Array(RoutingRule) });

/** The staff user asking about their own presence; an API key has none (404 `agent_not_found`). */
function myId(request: FastifyRequest): string {
  if (request.principal?.kind !== 'user') throw new AppError('agent_not_found', 'Only staff users have a presence');
  return request.principal.user.id;
}

/** Routing rules, agent presence and auto-assignment (docs/ticket-routing.md). */
export async function ticketRoutingRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();
  const deps = app.deps;

  r.get('/ticket-routing-rules', { config: manage, schema: { tags, summary: 'Routing rules in evaluation order', response: { 200: Rules } } }, async () => listRules(deps));
  r.post('/ticket-routing-rules', { config: manage, schema: { tags, summary: 'Add a routing rule at the end', body: CreateRuleBody, response: { 201: RoutingRule } } }, async (request, reply) =>
    reply.status(201).send(await createRule(deps, auditContext(request), request.body)),
  );
  r.put('/ticket-routing-rules/order', { config: manage, schema: { tags, summary: 'Reorder the routing rules', body: ReorderBody, response: { 200: Rules } } }, async (request) =>
    reorderRules(deps, auditContext(request), request.body),
  );
  r.get('/ticket-routing-rules/:id', { config: manage, schema: { tags, summary: 'One routing rule', params: IdParams, response: { 200: RoutingRule } } }, async (request) =>
    getRule(deps, request.params.id),
  );
  r.patch(
    '/ticket-routing-rules/:id',
    { config: manage, schema: { tags, summary: 'Change a routing rule', params: IdParams, body: PatchRuleBody, response: { 200: RoutingRule } } },
    async (request) => updateRule(deps, auditContext(request), request.params.id, request.body),
  );
  r.delete('/ticket-routing-rules/:id', { config: manage, schema: { tags, summary: 'Delete a routing rule', params: IdParams, response: { 204: NoContent } } }, async (request, reply) => {
    await deleteRule(deps, auditContext(request), request.params.id);
    return reply.status(204).send(null);
  });

  r.get('/agents', { config: { access: 'tickets:read' }, schema: { tags, summary: 'Agents with presence and open tickets', querystring: AgentListQuery, response: { 200: Type.Object({ items: Type.Array(AgentPresence) }) } } }, async (request) =>
    listAgents(deps, request.query),
  );
  r.get('/agents/me/presence', { config: write, schema: { tags, summary: 'My presence', response: { 200: AgentPresence } } }, async (request) =>
    getPresence(deps, myId(request)),
  );
  r.put('/agents/me/presence', { config: write, schema: { tags, summary: 'Go online, away or offline', body: MyPresenceBody, response: { 200: PresenceUpdate } } }, async (request) =>
    setMyPresence(deps, auditContext(request), myId(request), request.body),
  );
  r.put(
    '/agents/:userId/presence',
    { config: manage, schema: { tags, summary: "Set an agent's capacity, skills or status", params: UserIdParams, body: AgentPresenceBody, response: { 200: PresenceUpdate } } },
    async (request) => setAgentPresence(deps, auditContext(request), request.params.userId, request.body),
  );

  r.post('/tickets/:id/auto-assign', { config: write, schema: { tags, summary: 'Run the assigner for a ticket (again)', params: IdParams, body: NoBody, response: { 200: AutoAssignResult } } }, async (request) =>
    autoAssignTicket(deps, await ticketContext(deps, request), request.params.id),
  );
}
