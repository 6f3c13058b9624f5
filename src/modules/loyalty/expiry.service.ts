import type { ServiceDeps } from '../../app';
import { inTransaction } from '../../platform/db/unit-of-work';
import * as coupons from './coupons.repository';
import { expireLot } from './points-ledger';
import * as pointsRepo from './points.repository';

const PAGE = 500;

/**
 * The nightly expiry: what is left of every points lot whose expiry has come goes (oldest lots
 * first, one `expire` entry per lot), and issued coupons past their validity become expired.
 * Idempotent: an expired lot has nothing left and an expired coupon is no longer issued.
 * @example await runExpiry(app.deps, clock.now()) // { points: 1200, lots: 4, coupons: 2 }
 */
export async function runExpiry(deps: ServiceDeps, now: Date): Promise<{ points: number; lots: number; coupons: number }> {
  const result = { points: 0, lots: 0, coupons: 0 };
  for (;;) {
    const lots = await pointsRepo.selectExpiredLots(deps.database.db, now, PAGE);
    if (lots.length === 0) break;
    result.points += await inTransaction(deps, async (tx, outbox) => {
      let points = 0;
      for (const lot of lots) points += await expireLot(tx, outbox, deps.ids, lot, now);
      return points;
    });
    result.lots += lots.length;
    if (lots.length < PAGE) break;
  }
  for (;;) {
    const overdue = await coupons.selectOverdueCoupons(deps.database.db, now, PAGE);
    if (overdue.length === 0) break;
    result.coupons += await inTransaction(deps, (tx) => coupons.expireCoupons(tx, overdue.map((c) => c.id), now));
    if (overdue.length < PAGE) break;
  }
  return result;
}
