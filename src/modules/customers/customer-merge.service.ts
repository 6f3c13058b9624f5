import { recordAudit } from '../../platform/audit/audit.service';
import type { Tx } from '../../platform/db/database';
import { inTransaction } from '../../platform/db/unit-of-work';
import { AppError } from '../../platform/http/app-error';
import { moveCustomerEvents } from '../events/customer-events.service';
import { emptyCustomerStats, getCustomerStats } from '../events/customer-stats.service';
import type { MergeAnswer, MergeMoved } from './customer-privacy.contracts';
import * as repo from './customers.repository';
import { moveHistory, moveIdentities, moveNotes } from './customer-merge.repository';
import { presentCustomer } from './customer-view';
import { mergedProfile } from './rules/merge-profile';
import { recordHistory, writable, type CustomerContext, type CustomerDeps } from './service-context';

/** Both profiles locked, in id order (two merges of the same pair in opposite directions cannot deadlock). */
async function lockPair(tx: Tx, winnerId: string, loserId: string) {
  const locked = new Map<string, repo.CustomerRow | undefined>();
  for (const id of [winnerId, loserId].sort()) locked.set(id, await repo.lockCustomer(tx, id));
  const winner = writable(locked.get(winnerId));
  const loser = locked.get(loserId);
  if (!loser) throw new AppError('customer_not_found', `Customer ${loserId} does not exist`, { loserId });
  if (loser.status !== 'active') {
    throw new AppError('merge_source_unavailable', `Customer ${loserId} is ${loser.status}`, { loserId, status: loser.status, mergedInto: loser.mergedInto });
  }
  return { winner, loser };
}

/**
 * Merges the duplicate `loserId` into `winnerId` in one transaction: identities, notes,
 * history and events move to the winner; empty profile fields are filled from the loser,
 * tags united, the latest consent of each kind kept; the winner's stats are recomputed from
 * its events. The loser answers `409 customer_merged` with `mergedInto` from then on.
 * Audited `customer.merged`; announced as `customer.merged` after commit.
 */
export async function mergeCustomers(deps: CustomerDeps, ctx: CustomerContext, winnerId: string, loserId: string): Promise<MergeAnswer> {
  if (winnerId === loserId) throw new AppError('merge_into_itself');
  return inTransaction(deps, async (tx, outbox) => {
    const { winner, loser } = await lockPair(tx, winnerId, loserId);
    const now = deps.clock.now();
    const changes = mergedProfile(winner, loser);
    const moved: MergeMoved = {
      identities: await moveIdentities(tx, loserId, winnerId),
      notes: await moveNotes(tx, loserId, winnerId),
      history: await moveHistory(tx, loserId, winnerId),
      events: await moveCustomerEvents(tx, loserId, winnerId),
    };
    const row = await repo.updateCustomer(tx, winnerId, { ...changes, updatedAt: now });
    await repo.updateCustomer(tx, loserId, { status: 'merged', mergedInto: winnerId, updatedAt: now });
    await recordHistory(tx, deps, ctx, now, winnerId, 'merged', { loserId, fields: Object.keys(changes), moved });
    await recordHistory(tx, deps, ctx, now, loserId, 'merged', { mergedInto: winnerId });
    await recordAudit(tx, {
      at: now,
      actor: ctx.actor,
      action: 'customer.merged',
      targetType: 'customer',
      targetId: winnerId,
      ip: ctx.ip,
      requestId: ctx.requestId,
      details: { loserId, moved },
    });
    outbox.add('customer.merged', { customerId: winnerId, loserId, moved });
    const identities = await repo.identitiesOf(tx, [winnerId]);
    const stats = (await getCustomerStats(tx, [winnerId], now)).get(winnerId) ?? { ...emptyCustomerStats };
    return { customer: presentCustomer(row, identities, stats, ctx.viewer), moved };
  });
}
