import { auditContext } from '../../platform/audit/audit.service';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import {
  CreateDepartmentBody,
  CreateTeamBody,
  Department,
  DepartmentList,
  IdParams,
  PatchDepartmentBody,
  PatchTeamBody,
  Team,
} from './organisation.contracts';
import { createDepartment, deleteDepartment, listDepartments, updateDepartment, type DepartmentDeps } from './departments.service';
import { membershipRepository } from './membership.repository';
import { createTeam, deleteTeam, updateTeam } from './teams.service';

const tags = ['organisation'];
const NoContent = Type.Null({ description: 'No content' });

/** /departments and /teams: the customer-service structure. */
export async function departmentsRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();
  const deps: DepartmentDeps = { ...app.deps, membership: membershipRepository };
  const read = { access: 'org:read' } as const;
  const manage = { access: 'org:manage' } as const;

  r.get('/departments', { config: read, schema: { tags, summary: 'List departments with their teams', response: { 200: DepartmentList } } }, async () =>
    listDepartments(deps),
  );

  r.post(
    '/departments',
    { config: manage, schema: { tags, summary: 'Create a department', body: CreateDepartmentBody, response: { 201: Department } } },
    async (request, reply) => reply.status(201).send(await createDepartment(deps, auditContext(request), request.body)),
  );

  r.patch(
    '/departments/:id',
    { config: manage, schema: { tags, summary: 'Change a department', params: IdParams, body: PatchDepartmentBody, response: { 200: Department } } },
    async (request) => updateDepartment(deps, auditContext(request), request.params.id, request.body),
  );

  r.delete(
    '/departments/:id',
    { config: manage, schema: { tags, summary: 'Delete an empty department', params: IdParams, response: { 204: NoContent } } },
    async (request, reply) => {
      await deleteDepartment(deps, auditContext(request), request.params.id);
      return reply.status(204).send(null);
    },
  );

  r.post(
    '/teams',
    { config: manage, schema: { tags, summary: 'Create a team', body: CreateTeamBody, response: { 201: Team } } },
    async (request, reply) => reply.status(201).send(await createTeam(deps, auditContext(request), request.body)),
  );

  r.patch(
    '/teams/:id',
    { config: manage, schema: { tags, summary: 'Change or move a team', params: IdParams, body: PatchTeamBody, response: { 200: Team } } },
    async (request) => updateTeam(deps, auditContext(request), request.params.id, request.body),
  );

  r.delete(
    '/teams/:id',
    { config: manage, schema: { tags, summary: 'Delete an empty team', params: IdParams, response: { 204: NoContent } } },
    async (request, reply) => {
      await deleteTeam(deps, auditContext(request), request.params.id);
      return reply.status(204).send(null);
    },
  );
}
