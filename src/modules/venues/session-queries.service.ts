import type { ServiceDeps } from '../../app';
import { readableStoreId } from '../../platform/auth/store-scope';
import { memberNames, presentSession } from './session-view';
import type { VenueContext } from './venue-context';
import type { SeatSession, SessionListQuery } from './venues.contracts';
import * as repo from './sessions.repository';

async function presentAll(deps: Pick<ServiceDeps, 'database'>, rows: (repo.SessionRow & { seatLabel: string })[]): Promise<{ items: SeatSession[] }> {
  const names = await memberNames(deps.database.db, rows.map((r) => r.customerId));
  return { items: rows.map((r) => presentSession(r, r.seatLabel, names.get(r.customerId) ?? '')) };
}

/** Sessions newest first: a store-bound caller sees its own store, a chain role any or all. */
export async function listSessions(deps: Pick<ServiceDeps, 'database'>, ctx: VenueContext, query: SessionListQuery) {
  const storeId = readableStoreId(ctx.principal, query.storeId);
  return presentAll(deps, await repo.listSessions(deps.database.db, { storeId, status: query.status, limit: query.limit ?? 100 }));
}

/** A member's sessions across the chain, newest first (members are shared by every store). */
export async function customerSessions(deps: Pick<ServiceDeps, 'database'>, customerId: string) {
  return presentAll(deps, await repo.listSessions(deps.database.db, { customerId, limit: 100 }));
}
