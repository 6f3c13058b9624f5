import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { auditContext } from '../../../platform/audit/audit.service';
import { isAllowed } from '../../../platform/auth/auth.plugin';
import { IdParams } from '../../../platform/http/schemas';
import { CreateMacroBody, Macro, MacroListQuery, PatchMacroBody } from './macros.contracts';
import { createMacro, deleteMacro, listMacros, updateMacro, type MacroCaller } from './macros.service';

const tags = ['tickets'];
const write = { access: 'tickets:write' } as const;
const NoContent = Type.Null({ description: 'No content' });

function callerOf(request: FastifyRequest): MacroCaller {
  const p = request.principal;
  return { userId: p?.kind === 'user' ? (p.user?.id ?? null) : null, canManage: p !== null && isAllowed(p, 'tickets:manage') };
}

/** /macros: shared and personal canned replies of the agent console (docs/agent-console.md). */
export async function macrosRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();
  const deps = app.deps;

  r.get(
    '/macros',
    { config: { access: 'tickets:read' }, schema: { tags, summary: 'Shared macros and my personal ones, shared first, by position', querystring: MacroListQuery, response: { 200: Type.Object({ items: Type.Array(Macro) }) } } },
    async (request) => listMacros(deps, callerOf(request), request.query),
  );
  r.post(
    '/macros',
    { config: write, schema: { tags, summary: 'Add a shared macro (tickets:manage) or a personal one', body: CreateMacroBody, response: { 201: Macro } } },
    async (request, reply) => reply.status(201).send(await createMacro(deps, callerOf(request), auditContext(request), request.body)),
  );
  r.patch(
    '/macros/:id',
    { config: write, schema: { tags, summary: 'Change a macro (shared: tickets:manage; personal: its owner)', params: IdParams, body: PatchMacroBody, response: { 200: Macro } } },
    async (request) => updateMacro(deps, callerOf(request), auditContext(request), request.params.id, request.body),
  );
  r.delete('/macros/:id', { config: write, schema: { tags, summary: 'Delete a macro', params: IdParams, response: { 204: NoContent } } }, async (request, reply) => {
    await deleteMacro(deps, callerOf(request), auditContext(request), request.params.id);
    return reply.status(204).send(null);
  });
}
