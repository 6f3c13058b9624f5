import { AppError } from '../../platform/http/app-error';
import * as repo from './points.repository';
import type { LoyaltyDeps } from './service-context';

/**
 * Points issued (positive entries) and redeemed (reward redemptions) per store and UTC day in
 * [from, to): the loyalty part of the cash-up report.
 * @example await pointsReport(deps, { from: '2026-06-01T00:00:00Z', to: '2026-06-02T00:00:00Z', storeId }) // { items: [{ storeId, day: '2026-06-01', issued: 820, redeemed: 500 }] }
 */
export async function pointsReport(deps: Pick<LoyaltyDeps, 'database'>, q: { from: string; to: string; storeId: string | null }) {
  const from = new Date(q.from);
  const to = new Date(q.to);
  if (to.getTime() <= from.getTime() || to.getTime() - from.getTime() > 366 * 86_400_000) {
    throw new AppError('validation_failed', 'to must be after from, at most a year later');
  }
  return { items: await repo.pointsPerStoreDay(deps.database.db, from, to, q.storeId) };
}
