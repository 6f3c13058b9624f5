import type { FastifyInstance, FastifyReply } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { auditContext } from '../audit/audit.service';
import { SESSION_COOKIE } from './auth.plugin';
import { ChangePasswordBody, LoginBody, MeAnswer, Me, NoBody, PatchMeBody, Session, SessionParams } from './auth.contracts';
import * as auth from './auth.service';
import { requireUser } from './principal';
import { getUser, updateUser } from './users.service';
import { meView } from './auth.views';

const tags = ['auth'];

/** Sign in and out, the signed-in user, own password and sessions (docs/api.md "Auth"). */
export async function authRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const { config } = app.deps;
  const clearCookie = (reply: FastifyReply) =>
    reply.clearCookie(SESSION_COOKIE, { path: '/', httpOnly: true, sameSite: 'lax', secure: config.http.secureCookies });

  app.post(
    '/auth/login',
    {
      config: { access: 'public', rateLimit: { max: config.auth.loginRateLimitPerMinute, timeWindow: 60_000 } },
      schema: { tags, security: [], body: LoginBody, response: { 200: MeAnswer } },
    },
    async (request, reply) => {
      const result = await auth.login(app.deps, { ...request.body, userAgent: request.headers['user-agent'] }, auditContext(request));
      reply.setCookie(SESSION_COOKIE, result.sessionSecret, {
        path: '/',
        httpOnly: true,
        sameSite: 'lax',
        secure: config.http.secureCookies,
        maxAge: result.maxAgeSeconds,
      });
      return { user: meView(result.user), csrfToken: result.csrfToken };
    },
  );

  app.post('/auth/logout', { config: { access: 'authenticated' }, schema: { tags, body: NoBody } }, async (request, reply) => {
    await auth.logout(app.deps, requireUser(request), auditContext(request));
    return clearCookie(reply).status(204).send();
  });

  app.get('/auth/me', { config: { access: 'authenticated' }, schema: { tags, response: { 200: MeAnswer } } }, async (request) => {
    const principal = requireUser(request);
    return { user: meView(principal.user), csrfToken: principal.session.csrfToken };
  });

  app.patch(
    '/auth/me',
    { config: { access: 'authenticated' }, schema: { tags, body: PatchMeBody, response: { 200: Type.Object({ user: Me }) } } },
    async (request) => {
      const { user } = requireUser(request);
      const changed = Object.keys(request.body).length > 0;
      const updated = changed ? await updateUser(app.deps, user.id, request.body, auditContext(request)) : await getUser(app.deps, user.id);
      return { user: meView(updated) };
    },
  );

  app.post(
    '/auth/password',
    { config: { access: 'authenticated' }, schema: { tags, body: ChangePasswordBody } },
    async (request, reply) => {
      await auth.changePassword(app.deps, requireUser(request), request.body, auditContext(request));
      return reply.status(204).send();
    },
  );

  app.get(
    '/auth/sessions',
    { config: { access: 'authenticated' }, schema: { tags, response: { 200: Type.Object({ items: Type.Array(Session) }) } } },
    async (request) => ({ items: await auth.listOwnSessions(app.deps, requireUser(request)) }),
  );

  app.delete(
    '/auth/sessions/:id',
    { config: { access: 'authenticated' }, schema: { tags, params: SessionParams } },
    async (request, reply) => {
      await auth.revokeOwnSession(app.deps, requireUser(request), request.params.id);
      return reply.status(204).send();
    },
  );
}
