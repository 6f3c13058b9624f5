import type { FastifyRequest } from 'fastify';
import { AppError } from '../http/app-error';
import type { Permission, Role } from './permissions';
import type { UserRecord } from './users.repository';

/** The staff user behind a cookie session (never carries the password hash). */
export type SessionUser = Omit<UserRecord, 'role'> & { role: Role };

/** Who is calling: a signed-in staff user, or an integration with an API key. */
export type Principal =
  | { kind: 'user'; user: SessionUser; session: { id: string; csrfToken: string } }
  | { kind: 'api_key'; apiKey: { id: string; name: string; scopes: Permission[]; storeId: string | null } };

declare module 'fastify' {
  interface FastifyRequest {
    /** Set by the auth plugin on every /api/v1 route that is not public (null when anonymous). */
    principal: Principal | null;
  }
}

/** The signed-in user of a route declared `authenticated` or with a permission; throws otherwise. */
export function requireUser(request: FastifyRequest): Extract<Principal, { kind: 'user' }> {
  const p = request.principal;
  if (!p) throw new AppError('unauthenticated');
  if (p.kind !== 'user') throw new AppError('forbidden', 'This action needs a staff user');
  return p;
}

/** The store an API key or store-bound user is limited to, if any. */
export function principalStoreId(principal: Principal | null): string | null {
  if (!principal) return null;
  return principal.kind === 'api_key' ? principal.apiKey.storeId : principal.user.storeId;
}
