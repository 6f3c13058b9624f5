import type { ServiceDeps } from '../../app';
import { inTransaction } from '../../platform/db/unit-of-work';
import { dueReminders } from './rules/reminders';
import { chargeSession } from './session-charge';
import { finishSession } from './session-end';
import { recordReminder } from './session-timeline';
import { loadPricing, type Pricing } from './venue-pricing';
import * as repo from './sessions.repository';
import * as setup from './setup.repository';

export interface CycleReport {
  sessions: number;
  reminders: number;
  ended: number;
  noShows: number;
  failed: number;
}

type StepResult = 'none' | 'reminded' | 'ended';

/** Sessions charged at the same time (each in its own transaction and connection). */
const CYCLE_CONCURRENCY = 4;

/**
 * One charging step of one session in its own transaction: charge whole minutes, send each
 * reminder threshold once (recorded in `reminders_sent` with the charge), mark or clear
 * exhaustion, and end the session once exhaustion + grace has passed. Every decision reads
 * the locked row, so running it again for the same `now` changes nothing.
 */
export async function chargeStep(deps: ServiceDeps, pricing: Pricing, sessionId: string, now: Date): Promise<StepResult> {
  return inTransaction(deps, async (tx, outbox) => {
    const locked = await repo.lockSession(tx, sessionId);
    if (!locked || locked.status !== 'active') return 'none';
    const charged = await chargeSession(tx, outbox, pricing, locked, now, { roundUp: false, actor: 'system:venues' });
    const ids = { sessionId: locked.id, storeId: locked.storeId, seatId: locked.seatId, customerId: locked.customerId };
    let session = charged.session;
    let result: StepResult = 'none';
    const due = dueReminders(pricing.reminderMinutes, session.remindersSent, charged.minutesLeft);
    if (due.length > 0) {
      session = await repo.updateSession(tx, session.id, { remindersSent: [...session.remindersSent, ...due] });
      await recordReminder(tx, outbox, deps, session, due[due.length - 1]!, charged.minutesLeft, now);
      outbox.add('session.reminder', { ...ids, minutesLeft: charged.minutesLeft });
      result = 'reminded';
    }
    // Out of balance as soon as nothing pays the next minute (not only once a minute went unpaid).
    const outOfBalance = charged.exhausted || charged.minutesLeft === 0;
    const exhaustedAt = outOfBalance ? (session.exhaustedAt ?? session.chargedThrough) : null;
    if (exhaustedAt?.getTime() !== session.exhaustedAt?.getTime()) session = await repo.updateSession(tx, session.id, { exhaustedAt });
    if (exhaustedAt && exhaustedAt.getTime() + pricing.graceMinutes * 60_000 <= now.getTime()) {
      await finishSession(tx, outbox, deps, session, { at: now, reason: 'balance_exhausted', endedBy: null });
      return 'ended';
    }
    if (charged.paidMinutes > 0 || charged.minutesLeft !== locked.minutesLeft || exhaustedAt?.getTime() !== locked.exhaustedAt?.getTime()) {
      outbox.add('session.updated', ids);
    }
    return result;
  });
}

/** Marks reservations not claimed within the no-show window as `no_show`. */
async function cancelNoShows(deps: ServiceDeps, now: Date): Promise<number> {
  const settings = await setup.readSettings(deps.database.db);
  return inTransaction(deps, async (tx, outbox) => {
    const rows = await repo.markNoShows(tx, now, settings.noShowMinutes * 60_000);
    for (const r of rows) outbox.add('reservation.changed', { reservationId: r.id, storeId: r.storeId, seatId: r.seatId, status: r.status });
    return rows.length;
  });
}

/**
 * Charges every active session up to `now` (each in its own transaction, so one failure
 * does not hold back the rest) and cancels no-show reservations. Idempotent and
 * restart-safe: all state lives in the database.
 * @example await runChargingCycle(deps, clock.now())
 */
export async function runChargingCycle(deps: ServiceDeps & { logger?: { error(o: object, m: string): void } }, now: Date): Promise<CycleReport> {
  const active = await repo.activeSessionIds(deps.database.db);
  const pricingByStore = new Map<string, Promise<Pricing>>();
  const report: CycleReport = { sessions: active.length, reminders: 0, ended: 0, noShows: 0, failed: 0 };
  const zonesByStore = new Map<string, Set<string>>();
  for (const s of active) zonesByStore.set(s.storeId, (zonesByStore.get(s.storeId) ?? new Set()).add(s.zoneId));
  for (const [storeId, zones] of zonesByStore) pricingByStore.set(storeId, loadPricing(deps, storeId, [...zones]));
  let next = 0;
  const worker = async () => {
    while (next < active.length) {
      const s = active[next++]!;
      try {
        const result = await chargeStep(deps, await pricingByStore.get(s.storeId)!, s.id, now);
        if (result === 'reminded') report.reminders += 1;
        if (result === 'ended') report.ended += 1;
      } catch (err) {
        report.failed += 1;
        deps.logger?.error({ err, sessionId: s.id }, 'charging a seat session failed');
      }
    }
  };
  // Sessions never share a wallet (one active session per member), so a few run side by side.
  await Promise.all(Array.from({ length: CYCLE_CONCURRENCY }, worker));
  report.noShows = await cancelNoShows(deps, now);
  return report;
}
