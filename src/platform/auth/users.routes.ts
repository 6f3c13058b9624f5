import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { auditContext } from '../audit/audit.service';
import { Page } from '../http/pagination';
import { CreateUserBody, IdParams, PatchUserBody, ResetPasswordBody, User, UserQuery } from './auth.contracts';
import { userView } from './auth.views';
import * as users from './users.service';

const tags = ['users'];

/** Staff user administration (docs/api.md "Users"). */
export async function usersRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();

  app.get(
    '/users',
    { config: { access: 'users:read' }, schema: { tags, querystring: UserQuery, response: { 200: Page(User) } } },
    async (request) => {
      const { limit = 50, cursor, ...filter } = request.query;
      const page = await users.listUsers(app.deps, filter, limit, cursor);
      return { items: page.items.map(userView), nextCursor: page.nextCursor };
    },
  );

  app.post(
    '/users',
    { config: { access: 'users:manage' }, schema: { tags, body: CreateUserBody, response: { 201: User } } },
    async (request, reply) => {
      const user = await users.createUser(app.deps, request.body, auditContext(request));
      return reply.status(201).send(userView(user));
    },
  );

  app.get(
    '/users/:id',
    { config: { access: 'users:read' }, schema: { tags, params: IdParams, response: { 200: User } } },
    async (request) => userView(await users.getUser(app.deps, request.params.id)),
  );

  app.patch(
    '/users/:id',
    { config: { access: 'users:manage' }, schema: { tags, params: IdParams, body: PatchUserBody, response: { 200: User } } },
    async (request) => userView(await users.updateUser(app.deps, request.params.id, request.body, auditContext(request))),
  );

  app.post(
    '/users/:id/password',
    { config: { access: 'users:manage' }, schema: { tags, params: IdParams, body: ResetPasswordBody } },
    async (request, reply) => {
      await users.resetPassword(app.deps, request.params.id, request.body.newPassword, auditContext(request));
      return reply.status(204).send();
    },
  );
}
