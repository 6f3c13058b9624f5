import type { Outbox } from '../../platform/bus/bus';
import type { Tx } from '../../platform/db/database';
import { expiresAt, type ExpiryPolicy } from './rules/points-expiry';
import { creditPoints } from './points-ledger';
import * as repo from './referrals.repository';
import type { SettingsRow } from './settings.repository';

/**
 * Rewards referrer and referee when the referee's paid recharge or top-up reaches the threshold:
 * the pending → rewarded update and the per-side source keys make it happen exactly once.
 * @example await rewardReferral(tx, outbox, ids, settings, expiry, { customerId, eventId, amountCents: 10000, at, storeId })
 */
export async function rewardReferral(
  tx: Tx,
  outbox: Outbox,
  ids: { uuid(): string },
  settings: SettingsRow,
  expiry: ExpiryPolicy,
  fact: { customerId: string; eventId: string; amountCents: number; at: Date; storeId: string | null },
): Promise<boolean> {
  const pending = await repo.findPendingReferral(tx, fact.customerId);
  if (!pending || fact.amountCents < Number(settings.referralThresholdCents)) return false;
  const rewarded = await repo.markRewarded(tx, pending.id, fact.eventId, fact.at);
  if (!rewarded) return false;
  const sides = [
    { customerId: rewarded.referrerId, points: settings.referrerPoints, side: 'referrer' },
    { customerId: rewarded.refereeId, points: settings.refereePoints, side: 'referee' },
  ];
  for (const s of sides) {
    if (s.points <= 0) continue;
    await creditPoints(
      tx,
      outbox,
      ids,
      { customerId: s.customerId, kind: 'referral', points: s.points, sourceKey: `referral:${rewarded.id}:${s.side}`, at: fact.at, reason: `referral ${s.side}`, actor: 'system', storeId: fact.storeId },
      expiresAt(expiry, fact.at),
    );
  }
  outbox.add('referral.rewarded', { referralId: rewarded.id, referrerId: rewarded.referrerId, refereeId: rewarded.refereeId });
  return true;
}
