import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { RolesAnswer } from './auth.contracts';
import { allPermissions, permissions, roleMatrix, roles } from './permissions';

/** The role and permission matrix, read-only (docs/api.md "GET /roles"). */
export async function rolesRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  app.get('/roles', { config: { access: 'roles:read' }, schema: { tags: ['users'], response: { 200: RolesAnswer } } }, async () => ({
    roles: roles.map((role) => ({ role, permissions: [...roleMatrix[role]] })),
    permissions: allPermissions.map((name) => ({ name, description: permissions[name] })),
  }));
}
