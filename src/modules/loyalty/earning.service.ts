import type { ServiceDeps } from '../../app';
import type { Outbox } from '../../platform/bus/bus';
import type { Tx } from '../../platform/db/database';
import { inTransaction } from '../../platform/db/unit-of-work';
import { eventsAfter, type StreamEventRow } from '../events/member-activity.service';
import { issueCoupon } from './coupon-issue';
import * as rulesRepo from './earning-rules.repository';
import { birthdaysMatter, birthdaysOf, loadEarningSetup, toEarningEvent, type EarningSetup } from './earning-setup';
import { creditPoints, debitPoints } from './points-ledger';
import * as pointsRepo from './points.repository';
import { rewardReferral } from './referral-reward';
import { earnPoints, isBirthdayOn, reversalPoints, type EarningEvent } from './rules/earn-points';
import { expiresAt } from './rules/points-expiry';
import { evaluateCustomerTiers } from './tier-evaluation';

/** Events read per transaction. */
export const EARNING_PAGE = 2000;
/** How far behind the clock earning reads, so ingest transactions still committing are not skipped. */
export const EARNING_LAG_MS = 10_000;

const DAY_MS = 86_400_000;

export interface EarningRun {
  events: number;
  points: number;
}

/**
 * Reads the events stream after the durable cursor (up to now − 10 s), awards points by the
 * earning rules, reverses refunds, rewards referrals and re-evaluates the touched members'
 * tiers; each page commits with the cursor moved past it. Every award has a unique source key,
 * so a re-run (or a crash mid-page) never awards twice.
 * @example await runEarning(app.deps) // { events: 120, points: 8540 }
 */
export async function runEarning(deps: ServiceDeps, pageSize = EARNING_PAGE): Promise<EarningRun> {
  const total: EarningRun = { events: 0, points: 0 };
  for (;;) {
    const now = deps.clock.now();
    const before = new Date(now.getTime() - EARNING_LAG_MS);
    const db = deps.database.db;
    const cursor = await rulesRepo.readCursor(db);
    const page = await eventsAfter(db, cursor, before, pageSize);
    if (page.length === 0) return total;
    const birthdays = (await birthdaysMatter(db)) ? await birthdaysOf(deps, page) : new Map<string, string | null>();
    const done = await inTransaction(deps, async (tx, outbox) => {
      // Another run moved the cursor since the page was read: read again.
      if ((await rulesRepo.lockCursor(tx, now)) !== cursor) return null;
      const customers = [...new Set(page.map((e) => e.customerId))];
      const setup = await loadEarningSetup(tx, customers, now);
      let points = 0;
      for (const e of page) points += await processEvent(tx, outbox, deps, setup, e, birthdays.get(e.customerId) ?? null, now);
      await evaluateCustomerTiers(tx, outbox, deps.ids, customers, now);
      await rulesRepo.moveCursor(tx, page[page.length - 1]!.id, now);
      return points;
    });
    if (done === null) continue;
    total.events += page.length;
    total.points += done;
    if (page.length < pageSize) return total;
  }
}

/** Awards (or reverses) the points of one event; answers the points awarded. */
async function processEvent(tx: Tx, outbox: Outbox, deps: ServiceDeps, setup: EarningSetup, row: StreamEventRow, birthday: string | null, now: Date): Promise<number> {
  const e = toEarningEvent(row);
  // Points count from when the activity happened, but never from the future.
  const at = e.occurredAt.getTime() > now.getTime() ? now : e.occurredAt;
  const orderRef = typeof row.properties.orderId === 'string' ? row.properties.orderId : null;
  if (e.type === 'recharge' && e.status === 'refunded' && orderRef) {
    await reverseRefund(tx, outbox, deps, e, orderRef, row.storeId, at);
    return 0;
  }
  const tier = setup.tiers.get(e.customerId);
  const isBirthday = isBirthdayOn(birthday, e.occurredAt);
  const dayStart = new Date(Math.floor(at.getTime() / DAY_MS) * DAY_MS);
  const earnedToday = new Map<string, number>();
  for (const r of setup.rules) {
    if (r.maxPerDay !== null) earnedToday.set(r.id, await pointsRepo.sumRuleEarned(tx, e.customerId, r.id, dayStart, new Date(dayStart.getTime() + DAY_MS)));
  }
  const awards = earnPoints(e, setup.rules, { tierMultiplier: tier?.multiplier ?? 1, campaigns: setup.campaigns, isBirthday, earnedToday: (id) => earnedToday.get(id) ?? 0 });
  const birthdayFact = isBirthday && (e.type === 'visit' || (e.amountCents !== null && (e.type === 'purchase' || e.status === 'paid')));
  if (birthdayFact && tier && tier.birthdayPoints > 0) {
    awards.push({ ruleId: '', points: tier.birthdayPoints, sourceKey: `birthday_gift:${e.customerId}:${e.occurredAt.getUTCFullYear()}` });
  }
  const expiry = expiresAt(setup.expiry, at);
  let points = 0;
  for (const a of awards) {
    const res = await creditPoints(
      tx,
      outbox,
      deps.ids,
      {
        customerId: e.customerId,
        kind: 'earn',
        points: a.points,
        sourceKey: a.sourceKey,
        at,
        reason: `${e.type}`,
        actor: 'system',
        storeId: row.storeId,
        ruleId: a.ruleId || null,
        orderRef: e.type === 'recharge' ? orderRef : null,
        basisCents: e.amountCents,
      },
      expiry,
    );
    if (res.ok) points += a.points;
  }
  if (birthdayFact) {
    for (const t of setup.birthdayTemplates) {
      await issueCoupon(tx, deps.ids, { templateId: t.id, customerId: e.customerId, at: now, issuedBy: 'rule:birthday', sourceKey: `birthday:${e.customerId}:${e.occurredAt.getUTCFullYear()}:${t.id}` });
    }
  }
  if (e.type === 'recharge' && e.status === 'paid' && e.amountCents !== null) {
    await rewardReferral(tx, outbox, deps.ids, setup.settings, setup.expiry, { customerId: e.customerId, eventId: e.id, amountCents: e.amountCents, at, storeId: row.storeId });
  }
  return points;
}

/** A refunded recharge takes back the points its order earned, in proportion, as far as the balance allows. */
async function reverseRefund(tx: Tx, outbox: Outbox, deps: ServiceDeps, e: EarningEvent, orderRef: string, storeId: string | null, at: Date): Promise<void> {
  const totals = await pointsRepo.orderTotals(tx, e.customerId, orderRef);
  const points = reversalPoints({ ...totals, refundCents: e.amountCents ?? totals.basisCents });
  if (points <= 0) return;
  await debitPoints(
    tx,
    outbox,
    deps.ids,
    { customerId: e.customerId, kind: 'reverse', points, sourceKey: `refund:${e.id}`, at, reason: `refund of order ${orderRef}`, actor: 'system', storeId, orderRef },
    { partial: true },
  );
}
