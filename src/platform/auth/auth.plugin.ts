import { timingSafeEqual } from 'node:crypto';
import fp from 'fastify-plugin';
import rateLimit from '@fastify/rate-limit';
import { apiKeyCacheOf } from './api-key-cache';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError } from '../http/app-error';
import { roleHas, type RouteAccess } from './permissions';
import type { Principal } from './principal';
import { principalFromApiKey, principalFromSession } from './principal.service';

export const SESSION_COOKIE = 'gh_session';
const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** One /api/v1 route and who may call it. */
export interface ApiRoute {
  method: string;
  url: string;
  access: RouteAccess;
  /** Whether the route validates a body (every POST/PUT/PATCH should). */
  hasBodySchema: boolean;
  /** The route's own body limit, when it sets one (e.g. batch ingest, uploads). */
  bodyLimit?: number;
}

// Keyed by the HTTP server, which every encapsulated child of one app shares.
const registries = new WeakMap<object, ApiRoute[]>();

/** Every /api/v1 route registered so far, with its declared access (role-matrix tests use it). */
export function apiRouteList(app: FastifyInstance): ApiRoute[] {
  return registries.get(app.server) ?? [];
}

/** Does this principal satisfy the route's access? (Public is handled before.) */
export function isAllowed(principal: Principal, access: Exclude<RouteAccess, 'public'>): boolean {
  if (access === 'authenticated') return principal.kind === 'user';
  return principal.kind === 'user' ? roleHas(principal.user.role, access) : principal.apiKey.scopes.includes(access);
}

function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

async function resolvePrincipal(app: FastifyInstance, request: FastifyRequest): Promise<Principal | null> {
  const authorization = request.headers.authorization;
  if (authorization) {
    const match = /^Bearer\s+(\S+)$/i.exec(authorization);
    if (!match) throw new AppError('invalid_api_key', 'Use Authorization: Bearer <api key>');
    return principalFromApiKey(app.deps, match[1]!);
  }
  const secret = request.cookies[SESSION_COOKIE];
  return secret ? principalFromSession(app.deps, secret) : null;
}

/**
 * Authenticates every request to a route that declares `config.access` and enforces it:
 * 401 without credentials, 403 without the permission, 403 `csrf_failed` for cookie writes
 * lacking the session's CSRF token. Also registers the login rate limiter.
 */
export const authPlugin = fp(
  async (app: FastifyInstance) => {
    const routes: ApiRoute[] = [];
    registries.set(app.server, routes);
    app.addHook('onRoute', (route) => {
      const access = route.config?.access;
      const methods = ([] as string[]).concat(route.method);
      for (const method of methods) {
        if (access && method !== 'HEAD') {
          routes.push({ method, url: route.url, access, hasBodySchema: Boolean(route.schema?.body), bodyLimit: route.bodyLimit });
        }
      }
    });
    await app.register(rateLimit, { global: false });
    // A key revoked on any instance stops working here at once, not when its cache entry expires.
    const offRevoked = app.deps.bus.subscribe('apikey.revoked', (e) => apiKeyCacheOf(app.deps.database).evict(e.payload.apiKeyId));
    app.addHook('onClose', async () => offRevoked());
    app.decorateRequest('principal', null);

    app.addHook('onRequest', async (request) => {
      const access = request.routeOptions.config.access;
      if (!access || access === 'public') return;
      const principal = await resolvePrincipal(app, request);
      if (!principal) throw new AppError('unauthenticated');
      request.principal = principal;
      if (principal.kind === 'user' && UNSAFE_METHODS.has(request.method)) {
        const token = request.headers['x-csrf-token'];
        if (typeof token !== 'string' || !sameSecret(token, principal.session.csrfToken)) throw new AppError('csrf_failed');
      }
      if (!isAllowed(principal, access)) throw new AppError('forbidden');
    });
  },
  { name: 'guildhall-auth' },
);
