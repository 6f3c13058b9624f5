import type { ServiceDeps } from '../../app';
import { recordAudit, type AuditContext } from '../../platform/audit/audit.service';
import { inTransaction } from '../../platform/db/unit-of-work';
import { AppError } from '../../platform/http/app-error';
import { getStore } from '../organisation/stores.service';
import type { SellPackageAnswer, SellPackageBody } from './membership.contracts';
import { presentPackage } from './membership-view';
import { writableMember } from './member-customer';
import * as products from './products.repository';
import * as repo from './wallet.repository';
import { currencyOf, recordDeskRecharge } from './wallet-events';
import { entryId, ledgerActor, packageEntry, postMoney, type ChangeContext, type MoneyPosting } from './wallet-ledger';

const DAY_MS = 86_400_000;

/**
 * Sells a time package to a member at a store, paid from the wallet's cash (409
 * `insufficient_balance` when short) or at the desk (then also a paid `recharge` event). The
 * package copies the product's minutes, window and zones; it expires `validDays` after the sale.
 * Desk money is posted in and straight out of cash, so the cash-up sees it by payment method.
 */
export async function sellPackage(deps: ServiceDeps, ctx: AuditContext, customerId: string, storeId: string, body: SellPackageBody): Promise<SellPackageAnswer> {
  if (body.payWith === 'payment' && !body.paymentMethod) throw new AppError('payment_method_required');
  await writableMember(deps, customerId);
  await getStore(deps, storeId);
  const product = await products.findProduct(deps.database.db, body.productId);
  if (!product) throw new AppError('package_product_not_found');
  if (!product.active) throw new AppError('package_product_inactive');
  const currency = body.payWith === 'payment' ? await currencyOf(deps) : '';
  const at = deps.clock.now();
  const actor = ledgerActor(ctx.actor);
  return inTransaction(deps, async (tx, outbox) => {
    await repo.lockWallet(tx, customerId, at);
    const pkg = await repo.insertPackage(tx, {
      id: entryId(at),
      customerId,
      productId: product.id,
      name: product.name,
      minutesTotal: product.minutes,
      minutesLeft: product.minutes,
      windowStart: product.windowStart,
      windowEnd: product.windowEnd,
      zoneIds: product.zoneIds,
      validUntil: product.validDays ? new Date(at.getTime() + product.validDays * DAY_MS) : null,
      purchasedAt: at,
      storeId,
    });
    const change: ChangeContext = { customerId, storeId, at, actor, reference: pkg.id, reason: 'package_purchase' };
    const price = product.priceCents;
    const method = body.payWith === 'payment' ? body.paymentMethod! : null;
    const money: MoneyPosting[] = [
      ...(method ? [{ kind: 'package_purchase' as const, asset: 'cash' as const, amount: price, paymentMethod: method, note: 'paid at the desk' }] : []),
      { kind: 'package_purchase', asset: 'cash', amount: -price, note: product.name },
    ];
    const { cashCents, bonusCents } = await postMoney(tx, outbox, change, money);
    await repo.insertEntries(tx, [packageEntry(change, 'package_purchase', pkg.id, product.minutes, product.minutes, { paymentMethod: method, note: product.name })]);
    if (method && price > 0) {
      await recordDeskRecharge(tx, outbox, deps, currency, { id: `package:${pkg.id}`, customerId, storeId, at, amountCents: price, channel: method, status: 'paid', item: product.name, actor });
    }
    await recordAudit(tx, { at, actor: ctx.actor, action: 'wallet.package_sold', targetType: 'customer', targetId: customerId, ip: ctx.ip, requestId: ctx.requestId, details: { storeId, productId: product.id, packageId: pkg.id, priceCents: price, payWith: body.payWith, paymentMethod: method } });
    return { package: presentPackage(pkg), wallet: { customerId, cashCents, bonusCents } };
  });
}
