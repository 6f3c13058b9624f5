import type { ServiceDeps } from '../../app';
import { recordAudit, type AuditContext } from '../../platform/audit/audit.service';
import { isUniqueViolation } from '../../platform/db/db-errors';
import { inTransaction } from '../../platform/db/unit-of-work';
import { AppError } from '../../platform/http/app-error';
import { getStore } from '../organisation/stores.service';
import type { PromotionPreviewQuery, RefundAnswer, RefundBody, TopUpAnswer, TopUpBody } from './membership.contracts';
import { writableMember } from './member-customer';
import * as products from './products.repository';
import { bestPromotion } from './rules/best-promotion';
import { refundBonusForfeit } from './rules/refund-bonus';
import * as repo from './wallet.repository';
import { currencyOf, recordDeskRecharge } from './wallet-events';
import { ledgerActor, postMoney, type ChangeContext } from './wallet-ledger';

const idemKey = (key: string) => `topup:${key}`;

/** The promotion a top-up of this amount at this store would get now (for the desk's preview). */
export async function previewPromotion(deps: Pick<ServiceDeps, 'database' | 'clock'>, storeId: string, q: PromotionPreviewQuery) {
  const promotions = await products.activePromotions(deps.database.db);
  const best = bestPromotion(promotions, { amountCents: q.amountCents, storeId, at: deps.clock.now() });
  const name = best ? (promotions.find((p) => p.id === best.promotionId)?.name ?? null) : null;
  return { promotionId: best?.promotionId ?? null, name, bonusCents: best?.bonusCents ?? 0 };
}

/**
 * Tops up a member's cash at a store: a `topup` cash entry, the best promotion's `topup_bonus`
 * entry, a `recharge` event and an audit entry, all in one transaction. The same idempotency key
 * again answers the first top-up and changes nothing.
 */
export async function topUp(deps: ServiceDeps, ctx: AuditContext, customerId: string, storeId: string, body: TopUpBody): Promise<TopUpAnswer> {
  await writableMember(deps, customerId);
  await getStore(deps, storeId);
  const key = body.idempotencyKey ? idemKey(body.idempotencyKey) : null;
  if (key) {
    const earlier = await replay(deps, customerId, key, body);
    if (earlier) return earlier;
  }
  const currency = await currencyOf(deps);
  const promotion = await previewPromotion(deps, storeId, { amountCents: body.amountCents });
  const at = deps.clock.now();
  const actor = ledgerActor(ctx.actor);
  try {
    return await inTransaction(deps, async (tx, outbox) => {
      await repo.lockWallet(tx, customerId, at);
      const change: ChangeContext = { customerId, storeId, at, actor, reason: 'topup' };
      const { entries, cashCents, bonusCents } = await postMoney(tx, outbox, change, [
        { kind: 'topup', asset: 'cash', amount: body.amountCents, paymentMethod: body.paymentMethod, idempotencyKey: key },
        { kind: 'topup_bonus', asset: 'bonus', amount: promotion.bonusCents, reference: promotion.promotionId, note: promotion.name, idempotencyKey: key && `${key}#bonus` },
      ]);
      const entryId = entries[0]!.id;
      await recordDeskRecharge(tx, outbox, deps, currency, { id: `topup:${entryId}`, customerId, storeId, at, amountCents: body.amountCents, channel: body.paymentMethod, status: 'paid', actor });
      await recordAudit(tx, { at, actor: ctx.actor, action: 'wallet.topup', targetType: 'customer', targetId: customerId, ip: ctx.ip, requestId: ctx.requestId, details: { storeId, amountCents: body.amountCents, bonusCents: promotion.bonusCents, paymentMethod: body.paymentMethod, entryId } });
      return { entryId, amountCents: body.amountCents, bonusCents: promotion.bonusCents, promotionId: promotion.promotionId, wallet: { customerId, cashCents, bonusCents } };
    });
  } catch (err) {
    // The same key sent twice at once: the loser answers what the winner did.
    if (key && isUniqueViolation(err)) {
      const earlier = await replay(deps, customerId, key, body);
      if (earlier) return earlier;
    }
    throw err;
  }
}

async function replay(deps: ServiceDeps, customerId: string, key: string, body: TopUpBody): Promise<TopUpAnswer | null> {
  const entries = await repo.findEntriesByIdempotencyPrefix(deps.database.db, key);
  const cash = entries.find((e) => e.idempotencyKey === key);
  if (!cash) return null;
  if (cash.customerId !== customerId || cash.amount !== body.amountCents || cash.paymentMethod !== body.paymentMethod) {
    throw new AppError('idempotency_conflict');
  }
  const bonus = entries.find((e) => e.idempotencyKey === `${key}#bonus`);
  const wallet = await repo.findWallet(deps.database.db, customerId);
  return {
    entryId: cash.id,
    amountCents: cash.amount,
    bonusCents: bonus?.amount ?? 0,
    promotionId: bonus?.reference ?? null,
    wallet: { customerId, cashCents: wallet?.cashCents ?? 0, bonusCents: wallet?.bonusCents ?? 0 },
  };
}

/**
 * Pays cash back to a member at a store (never more than the cash balance: 409 `refund_exceeds_cash`).
 * Promotion bonus is never paid out: the share of it that came with the refunded cash is forfeited
 * (see rules/refund-bonus). Records a refunded `recharge` event; audited with the reason.
 */
export async function refund(deps: ServiceDeps, ctx: AuditContext, customerId: string, storeId: string, body: RefundBody): Promise<RefundAnswer> {
  await writableMember(deps, customerId);
  await getStore(deps, storeId);
  const currency = await currencyOf(deps);
  const at = deps.clock.now();
  const actor = ledgerActor(ctx.actor);
  return inTransaction(deps, async (tx, outbox) => {
    const wallet = await repo.lockWallet(tx, customerId, at);
    if (body.amountCents > wallet.cashCents) throw new AppError('refund_exceeds_cash', `The cash balance is ${wallet.cashCents} cents`, { cashCents: wallet.cashCents });
    const forfeit = refundBonusForfeit({ refundCents: body.amountCents, cashCents: wallet.cashCents, bonusCents: wallet.bonusCents });
    const change: ChangeContext = { customerId, storeId, at, actor, reason: 'refund' };
    const { entries, cashCents, bonusCents } = await postMoney(tx, outbox, change, [
      { kind: 'refund', asset: 'cash', amount: -body.amountCents, paymentMethod: body.paymentMethod, note: body.reason },
      { kind: 'refund', asset: 'bonus', amount: -forfeit, note: 'bonus forfeited with the refunded cash' },
    ]);
    const entryId = entries[0]!.id;
    await recordDeskRecharge(tx, outbox, deps, currency, { id: `refund:${entryId}`, customerId, storeId, at, amountCents: body.amountCents, channel: body.paymentMethod, status: 'refunded', actor });
    await recordAudit(tx, { at, actor: ctx.actor, action: 'wallet.refund', targetType: 'customer', targetId: customerId, ip: ctx.ip, requestId: ctx.requestId, details: { storeId, amountCents: body.amountCents, bonusForfeitedCents: forfeit, paymentMethod: body.paymentMethod, reason: body.reason, entryId } });
    return { entryId, amountCents: body.amountCents, bonusForfeitedCents: forfeit, wallet: { customerId, cashCents, bonusCents } };
  });
}
