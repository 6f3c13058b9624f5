import type { CardRow } from './cards.repository';
import type { MemberCard, MemberPackage, WalletEntry } from './membership.contracts';
import type { MemberPackageRow, WalletEntryRow } from './wallet.repository';

// Rows shaped for responses, in one place.

export function presentCard(r: CardRow): MemberCard {
  return {
    id: r.id,
    number: r.number,
    customerId: r.customerId,
    kind: r.kind as MemberCard['kind'],
    storeId: r.storeId,
    status: r.status as MemberCard['status'],
    replacedByCardId: r.replacedByCardId,
    issuedAt: r.issuedAt.toISOString(),
  };
}

export function presentPackage(r: MemberPackageRow): MemberPackage {
  return {
    id: r.id,
    productId: r.productId,
    name: r.name,
    minutesTotal: r.minutesTotal,
    minutesLeft: r.minutesLeft,
    windowStart: r.windowStart,
    windowEnd: r.windowEnd,
    zoneIds: r.zoneIds,
    validUntil: r.validUntil?.toISOString() ?? null,
    purchasedAt: r.purchasedAt.toISOString(),
    storeId: r.storeId,
  };
}

export function presentEntry(r: WalletEntryRow): WalletEntry {
  return {
    id: r.id,
    customerId: r.customerId,
    storeId: r.storeId,
    at: r.at.toISOString(),
    kind: r.kind as WalletEntry['kind'],
    asset: r.asset as WalletEntry['asset'],
    packageId: r.packageId,
    amount: r.amount,
    balanceAfter: r.balanceAfter,
    paymentMethod: r.paymentMethod as WalletEntry['paymentMethod'],
    reference: r.reference,
    actor: r.actor,
    note: r.note,
  };
}
