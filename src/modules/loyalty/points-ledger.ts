import type { Outbox } from '../../platform/bus/bus';
import type { Tx } from '../../platform/db/database';
import * as repo from './points.repository';
import { consumeFifo } from './rules/points-expiry';

export type PointsKind = 'earn' | 'redeem' | 'expire' | 'adjust' | 'reverse' | 'referral';

/** One change of a member's points; the source key makes it happen at most once. */
export interface PointsPosting {
  customerId: string;
  kind: PointsKind;
  points: number;
  sourceKey: string;
  at: Date;
  reason: string;
  actor: string;
  storeId?: string | null;
  ruleId?: string | null;
  orderRef?: string | null;
  basisCents?: number | null;
}

export type PostResult =
  | { ok: true; entryId: string; balance: number }
  | { ok: false; reason: 'duplicate' | 'insufficient_points'; balance: number };

type Ids = { uuid(): string };

function entryRow(p: PointsPosting, id: string, delta: number, balanceAfter: number): repo.NewPointsEntryRow {
  return {
    id,
    customerId: p.customerId,
    at: p.at,
    kind: p.kind,
    delta,
    balanceAfter,
    sourceKey: p.sourceKey,
    reason: p.reason,
    actor: p.actor,
    storeId: p.storeId ?? null,
    ruleId: p.ruleId ?? null,
    orderRef: p.orderRef ?? null,
    basisCents: p.basisCents ?? null,
  };
}

/**
 * Adds points as a new FIFO lot expiring at `expiresAt` (null = never): one entry, one lot and
 * the cached balance, in the caller's transaction. A used source key changes nothing.
 * @example await creditPoints(tx, outbox, ids, { customerId, kind: 'earn', points: 68, sourceKey: `event:${id}:rule:${ruleId}`, … }, expiresAt)
 */
export async function creditPoints(tx: Tx, outbox: Outbox, ids: Ids, p: PointsPosting, expiresAt: Date | null): Promise<PostResult> {
  const balance = await repo.lockBalance(tx, p.customerId, p.at);
  const entry = await repo.insertEntry(tx, entryRow(p, ids.uuid(), p.points, balance + p.points));
  if (!entry) return { ok: false, reason: 'duplicate', balance };
  await repo.insertLot(tx, { id: ids.uuid(), customerId: p.customerId, entryId: entry.id, earnedAt: p.at, expiresAt, points: p.points, remaining: p.points });
  await repo.setBalance(tx, p.customerId, balance + p.points, p.at);
  outbox.add('points.changed', { customerId: p.customerId, delta: p.points, balance: balance + p.points, reason: p.kind });
  return { ok: true, entryId: entry.id, balance: balance + p.points };
}

/**
 * Takes points from the member's oldest lots first. With `partial` it takes what there is (a
 * refund of points already spent); otherwise too few points answer `insufficient_points` and
 * nothing changes. The balance row lock serialises concurrent debits, so none double-spends.
 * @example await debitPoints(tx, outbox, ids, { customerId, kind: 'redeem', points: 500, sourceKey: `redemption:${id}`, … })
 */
export async function debitPoints(tx: Tx, outbox: Outbox, ids: Ids, p: PointsPosting, options: { partial?: boolean } = {}): Promise<PostResult> {
  const balance = await repo.lockBalance(tx, p.customerId, p.at);
  if (await repo.entryExists(tx, p.sourceKey)) return { ok: false, reason: 'duplicate', balance };
  const points = options.partial ? Math.min(p.points, balance) : p.points;
  if (points > balance) return { ok: false, reason: 'insufficient_points', balance };
  if (points <= 0) return { ok: false, reason: 'insufficient_points', balance };
  const lots = await repo.lockOpenLots(tx, p.customerId);
  const { takes } = consumeFifo(lots.map((l) => ({ id: l.id, remaining: Number(l.remaining) })), points);
  for (const t of takes) await repo.setLotRemaining(tx, t.id, Number(lots.find((l) => l.id === t.id)!.remaining) - t.take);
  const entry = await repo.insertEntry(tx, entryRow(p, ids.uuid(), -points, balance - points));
  await repo.setBalance(tx, p.customerId, balance - points, p.at);
  outbox.add('points.changed', { customerId: p.customerId, delta: -points, balance: balance - points, reason: p.kind });
  return { ok: true, entryId: entry!.id, balance: balance - points };
}

/**
 * Expires what is left of one lot (points earned long ago): one `expire` entry keyed by the lot.
 * @example await expireLot(tx, outbox, ids, lot, now)
 */
export async function expireLot(tx: Tx, outbox: Outbox, ids: Ids, lot: repo.PointsLotRow, at: Date): Promise<number> {
  const balance = await repo.lockBalance(tx, lot.customerId, at);
  const [fresh] = (await repo.lockOpenLots(tx, lot.customerId)).filter((l) => l.id === lot.id);
  const points = Number(fresh?.remaining ?? 0);
  if (points <= 0) return 0;
  const entry = await repo.insertEntry(tx, {
    ...entryRow({ customerId: lot.customerId, kind: 'expire', points, sourceKey: `expire:${lot.id}`, at, reason: 'expired', actor: 'system' }, ids.uuid(), -points, balance - points),
  });
  if (!entry) return 0;
  await repo.setLotRemaining(tx, lot.id, 0);
  await repo.setBalance(tx, lot.customerId, balance - points, at);
  outbox.add('points.changed', { customerId: lot.customerId, delta: -points, balance: balance - points, reason: 'expire' });
  return points;
}
