import type { AppDeps } from '../../app';
import type { TicketContext } from '../tickets/ticket-context';
import { signStatusToken, verifyStatusToken } from './rules/status-token';
import { ensureSecret } from './portal.repository';

/** What the portal services need: the service collaborators plus the configuration (link key, site address). */
export type PortalDeps = Pick<AppDeps, 'database' | 'bus' | 'clock' | 'ids' | 'config'>;

/** The portal acting on tickets by itself: filing them, answering claims, inviting ratings. */
export const portalContext: TicketContext = { actor: { type: 'system', id: null, label: 'service portal' }, scope: { all: true }, viewer: { pii: false }, userId: null };

/** The requester writing on the status page (no staff user, no API key). */
export const requesterContext: TicketContext = { actor: { type: 'anonymous', id: null, label: 'requester (status page)' }, scope: { all: true }, viewer: { pii: false }, userId: null };

const secrets = new WeakMap<object, Promise<string>>();

/** The status-link key: `PORTAL_LINK_SECRET`, else one made once and kept in the database (never logged). */
function linkSecret(deps: PortalDeps): Promise<string> {
  if (deps.config.portal.linkSecret) return Promise.resolve(deps.config.portal.linkSecret);
  let secret = secrets.get(deps.database);
  if (!secret) {
    secret = ensureSecret(deps.database.db, 'status_link', deps.ids.secret(32), deps.clock.now());
    secret.catch(() => secrets.delete(deps.database));
    secrets.set(deps.database, secret);
  }
  return secret;
}

/** The signed token and the status page address of a ticket. */
export async function statusLink(deps: PortalDeps, ticketId: string): Promise<{ token: string; statusUrl: string }> {
  const token = signStatusToken(await linkSecret(deps), ticketId);
  return { token, statusUrl: `${deps.config.portal.publicBaseUrl}/support/t/${token}` };
}

/** The ticket id of a valid token, else null. */
export async function ticketOfToken(deps: PortalDeps, token: string): Promise<string | null> {
  return verifyStatusToken(await linkSecret(deps), token);
}
