import { transaction } from '../../platform/db/database';
import { AppError } from '../../platform/http/app-error';
import { findCustomers, resolveCustomers, type IdentityRef } from '../customers/customer-resolver';
import { normaliseIdentity } from '../customers/rules/normalise-identity';
import type { PortalDeps } from './portal-context';

export interface PlayerIds {
  gameAccount?: string;
  phone?: string;
  email?: string;
}

/** The identities a form names, normalised, strongest first (a game account says most about whose recharge it is). */
function identitiesOf(ids: PlayerIds): IdentityRef[] {
  const out: IdentityRef[] = [];
  for (const [type, value] of [['game_account', ids.gameAccount], ['phone', ids.phone], ['email', ids.email]] as const) {
    if (value === undefined) continue;
    const result = normaliseIdentity({ type, value });
    if (!result.ok) throw new AppError('portal_player_unidentified', result.reason, { field: type });
    out.push({ type, value: result.identity.value });
  }
  if (out.length === 0) throw new AppError('portal_player_unidentified');
  return out;
}

/**
 * The customer a public form is from: the owner of the first known identity (game account,
 * then phone, then email), so identities of two different customers never fail the form.
 * Nobody known: a new customer with every identity given (source `api`, as other intakes).
 */
export async function resolvePlayer(deps: PortalDeps, ids: PlayerIds): Promise<string> {
  const identities = identitiesOf(ids);
  const found = await findCustomers(deps.database.db, identities.map((i) => ({ identities: [i] })));
  const known = found.results.find((r) => r.ok);
  if (known?.ok) return known.customerId;
  const [created] = await transaction(deps.database.db, (tx) =>
    resolveCustomers(tx, [{ identities }], {
      createUnknown: true,
      source: 'api',
      now: deps.clock.now(),
      newId: () => deps.ids.uuid(),
      displayName: () => ids.gameAccount ?? 'Web player',
    }),
  );
  if (!created?.ok) throw new AppError('portal_player_unidentified', created?.reason);
  return created.customerId;
}
