// Request and response shapes of the membership API (see types.ts); drift checks in ./membership-checks.ts.
import type { Id, PageQuery, Timestamp } from './common';
import type { CustomerSummary } from './customers';

export const paymentMethods = ['cash', 'bank_card', 'wechat_pay', 'alipay', 'other'] as const;
export type PaymentMethod = (typeof paymentMethods)[number];
export const entryKinds = ['topup', 'topup_bonus', 'refund', 'session_charge', 'package_purchase', 'package_grant', 'package_use', 'adjustment'] as const;
export type EntryKind = (typeof entryKinds)[number];
export type CardKind = 'physical' | 'virtual';
export type CardStatus = 'active' | 'frozen' | 'lost' | 'replaced';

export interface MemberCard {
  id: Id;
  number: string;
  customerId: Id;
  kind: CardKind;
  storeId: Id | null;
  status: CardStatus;
  replacedByCardId: Id | null;
  issuedAt: Timestamp;
}

export interface Wallet {
  customerId: Id;
  cashCents: number;
  bonusCents: number;
}

export interface MemberPackage {
  id: Id;
  productId: Id | null;
  name: string;
  minutesTotal: number;
  minutesLeft: number;
  windowStart: string | null;
  windowEnd: string | null;
  zoneIds: Id[] | null;
  validUntil: Timestamp | null;
  purchasedAt: Timestamp;
  storeId: Id | null;
}

export interface WalletEntry {
  id: Id;
  customerId: Id;
  storeId: Id | null;
  at: Timestamp;
  kind: EntryKind;
  asset: 'cash' | 'bonus' | 'package';
  packageId: Id | null;
  amount: number;
  balanceAfter: number;
  paymentMethod: PaymentMethod | null;
  reference: string | null;
  actor: string;
  note: string | null;
}

export interface MemberView {
  customer: CustomerSummary;
  cards: MemberCard[];
  wallet: Wallet;
  packages: MemberPackage[];
}

export interface IssueCardRequest {
  number?: string;
  kind: CardKind;
  storeId?: Id | null;
}
export interface ReplaceCardRequest {
  number?: string;
  kind?: CardKind;
}
export interface ReplaceCardResponse {
  old: MemberCard;
  card: MemberCard;
}

export interface TopUpRequest {
  amountCents: number;
  paymentMethod: PaymentMethod;
  storeId?: Id;
  idempotencyKey?: string;
}
export interface TopUpResponse {
  entryId: Id;
  amountCents: number;
  bonusCents: number;
  promotionId: Id | null;
  wallet: Wallet;
}
export interface PromotionPreview {
  promotionId: Id | null;
  name: string | null;
  bonusCents: number;
}

export interface RefundRequest {
  amountCents: number;
  paymentMethod: PaymentMethod;
  reason: string;
  storeId?: Id;
}
export interface RefundResponse {
  entryId: Id;
  amountCents: number;
  bonusForfeitedCents: number;
  wallet: Wallet;
}

export interface SellPackageRequest {
  productId: Id;
  payWith: 'wallet' | 'payment';
  paymentMethod?: PaymentMethod;
  storeId?: Id;
}
export interface SellPackageResponse {
  package: MemberPackage;
  wallet: Wallet;
}

export interface TopupPromotion {
  id: Id;
  name: string;
  minAmountCents: number;
  bonusCents: number;
  bonusPercent: number | null;
  storeId: Id | null;
  validFrom: Timestamp | null;
  validUntil: Timestamp | null;
  active: boolean;
  createdAt: Timestamp;
  updatedAt: Timestamp;
}
export type CreatePromotionRequest = Omit<TopupPromotion, 'id' | 'createdAt' | 'updatedAt' | 'bonusPercent' | 'storeId' | 'validFrom' | 'validUntil' | 'active'> &
  Partial<Pick<TopupPromotion, 'bonusPercent' | 'storeId' | 'validFrom' | 'validUntil' | 'active'>>;
export type UpdatePromotionRequest = Partial<Omit<TopupPromotion, 'id' | 'createdAt' | 'updatedAt'>>;

export interface PackageProduct {
  id: Id;
  name: string;
  minutes: number;
  priceCents: number;
  windowStart: string | null;
  windowEnd: string | null;
  zoneIds: Id[] | null;
  validDays: number | null;
  active: boolean;
  createdAt: Timestamp;
  updatedAt: Timestamp;
}
export type CreateProductRequest = Omit<PackageProduct, 'id' | 'createdAt' | 'updatedAt' | 'windowStart' | 'windowEnd' | 'zoneIds' | 'validDays' | 'active'> &
  Partial<Pick<PackageProduct, 'windowStart' | 'windowEnd' | 'zoneIds' | 'validDays' | 'active'>>;
export type UpdateProductRequest = Partial<Omit<PackageProduct, 'id' | 'createdAt' | 'updatedAt'>>;

export interface LedgerQuery extends PageQuery {
  storeId?: Id;
  from?: Timestamp;
  to?: Timestamp;
  kind?: EntryKind;
}

export interface CashUpMethodRow {
  paymentMethod: PaymentMethod;
  topUpCents: number;
  topUpCount: number;
  refundCents: number;
  refundCount: number;
  packageCents: number;
  packageCount: number;
  netCents: number;
}
export interface CashUp {
  storeId: Id | null;
  date: string;
  timezone: string;
  from: Timestamp;
  to: Timestamp;
  byPaymentMethod: CashUpMethodRow[];
  totals: {
    topUpCents: number;
    refundCents: number;
    packagePaidCents: number;
    packageWalletCents: number;
    packagesSold: number;
    netCents: number;
    bonusGrantedCents: number;
    bonusForfeitedCents: number;
    sessionCashCents: number;
    sessionBonusCents: number;
    sessionPackageMinutes: number;
    grantedMinutes: number;
  };
  sections: Record<string, Record<string, number>>;
}
