import type { Outbox } from '../../platform/bus/bus';
import type { Tx } from '../../platform/db/database';
import { drawForSession, lockSpendable, type SpendableBalances } from '../membership/session-billing';
import { priceMinutes, wholeMinutesBetween } from './rules/minute-plan';
import { predictMinutesLeft } from './rules/minutes-left';
import { drawMinutes, type DrawResult } from './rules/session-draw';
import { loadZoneRates, type Pricing } from './venue-pricing';
import * as repo from './sessions.repository';

export interface ChargeOutcome {
  session: repo.SessionRow;
  /** A minute up to `until` could not be paid. */
  exhausted: boolean;
  minutesLeft: number;
  /** Minutes paid by this step. */
  paidMinutes: number;
  balances: SpendableBalances;
}

/** The balances after a draw, as the prediction sees them. */
function afterDraw(b: SpendableBalances, r: DrawResult): SpendableBalances {
  const used = new Map(r.packageMinutes.map((u) => [u.packageId, u.minutes]));
  return {
    ...b,
    cashCents: b.cashCents - r.cashCents,
    bonusCents: b.bonusCents - r.bonusCents,
    packages: b.packages.map((p) => ({ ...p, minutesLeft: p.minutesLeft - (used.get(p.id) ?? 0) })).filter((p) => p.minutesLeft > 0),
  };
}

/**
 * Charges a locked, active session for its whole minutes from `charged_through` up to
 * `until` (`roundUp`: a started minute counts, for a manual end), posts the draw to the
 * member's wallet, and stores the new charging state and prediction on the session.
 */
export async function chargeSession(
  tx: Tx,
  outbox: Outbox,
  pricing: Pricing,
  session: repo.SessionRow,
  until: Date,
  options: { roundUp: boolean; actor: string },
): Promise<ChargeOutcome> {
  // A seat change since the pricing was loaded can put the session in a zone it does not hold yet.
  const rates = pricing.zoneRates.get(session.zoneId) ?? (await loadZoneRates(tx, [session.zoneId])).get(session.zoneId);
  if (!rates) throw new Error(`zone ${session.zoneId} of session ${session.id} has no rates`);
  const fromMs = session.chargedThrough.getTime();
  const span = until.getTime() - fromMs;
  const count = options.roundUp ? Math.max(0, Math.ceil(span / 60_000)) : wholeMinutesBetween(fromMs, until.getTime());
  const balances = await lockSpendable(tx, session.customerId, until);
  const base = { zoneId: session.zoneId, discountPct: session.discountPct, order: pricing.order };
  const spend = { cashCents: balances.cashCents, bonusCents: balances.bonusCents, packages: balances.packages };
  const r = drawMinutes({ ...base, ...spend, remainder: session.accrualRemainder, minutes: priceMinutes(fromMs, count, pricing.toLocal, rates) });
  if (r.cashCents > 0 || r.bonusCents > 0 || r.packageMinutes.length > 0) {
    await drawForSession(tx, outbox, {
      customerId: session.customerId,
      storeId: session.storeId,
      sessionId: session.id,
      at: until,
      draw: { packageMinutes: r.packageMinutes, bonusCents: r.bonusCents, cashCents: r.cashCents },
      actor: options.actor,
    });
  }
  const after = afterDraw(balances, r);
  const chargedThrough = fromMs + r.paidMinutes * 60_000;
  const minutesLeft = r.exhausted
    ? 0
    : predictMinutesLeft({ ...base, cashCents: after.cashCents, bonusCents: after.bonusCents, packages: after.packages, remainder: r.remainder, fromMs: chargedThrough, toLocal: pricing.toLocal, rates });
  const updated = await repo.updateSession(tx, session.id, {
    chargedThrough: new Date(chargedThrough),
    chargedMinutes: session.chargedMinutes + r.paidMinutes,
    centsCharged: session.centsCharged + r.cashCents + r.bonusCents,
    packageMinutesUsed: session.packageMinutesUsed + r.packageMinutes.reduce((s, u) => s + u.minutes, 0),
    accrualRemainder: r.remainder,
    minutesLeft,
  });
  return { session: updated, exhausted: r.exhausted, minutesLeft, paidMinutes: r.paidMinutes, balances: after };
}
