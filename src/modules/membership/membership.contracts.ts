import { Type, type Static } from 'typebox';
import { DateTime, Id, Nullable, pageQueryFields } from '../../platform/http/schemas';
import { CustomerSummary } from '../customers/customers.contracts';

export const paymentMethods = ['cash', 'bank_card', 'wechat_pay', 'alipay', 'other'] as const;
export const entryKinds = ['topup', 'topup_bonus', 'refund', 'session_charge', 'package_purchase', 'package_grant', 'package_use', 'adjustment'] as const;
export const PaymentMethod = Type.Enum(paymentMethods);
export const EntryKind = Type.Enum(entryKinds);
/** Whole cents, at most 1,000,000.00 per operation. */
const Cents = Type.Integer({ minimum: 1, maximum: 100_000_000 });
const HHMM = Type.String({ pattern: '^([01][0-9]|2[0-3]):[0-5][0-9]$' });

export const CustomerParams = Type.Object({ customerId: Id });
export type CustomerParams = Static<typeof CustomerParams>;

export const MemberCard = Type.Object({
  id: Id,
  number: Type.String(),
  customerId: Id,
  kind: Type.Enum(['physical', 'virtual'] as const),
  storeId: Nullable(Id),
  status: Type.Enum(['active', 'frozen', 'lost', 'replaced'] as const),
  replacedByCardId: Nullable(Id),
  issuedAt: DateTime,
});
export type MemberCard = Static<typeof MemberCard>;

export const Wallet = Type.Object({ customerId: Id, cashCents: Type.Integer(), bonusCents: Type.Integer() });
export type Wallet = Static<typeof Wallet>;

export const MemberPackage = Type.Object({
  id: Id,
  productId: Nullable(Id),
  name: Type.String(),
  minutesTotal: Type.Integer(),
  minutesLeft: Type.Integer(),
  windowStart: Nullable(Type.String()),
  windowEnd: Nullable(Type.String()),
  zoneIds: Nullable(Type.Array(Id)),
  validUntil: Nullable(DateTime),
  purchasedAt: DateTime,
  storeId: Nullable(Id),
});
export type MemberPackage = Static<typeof MemberPackage>;

export const WalletEntry = Type.Object({
  id: Id,
  customerId: Id,
  storeId: Nullable(Id),
  at: DateTime,
  kind: EntryKind,
  asset: Type.Enum(['cash', 'bonus', 'package'] as const),
  packageId: Nullable(Id),
  amount: Type.Integer(),
  balanceAfter: Type.Integer(),
  paymentMethod: Nullable(PaymentMethod),
  reference: Nullable(Type.String()),
  actor: Type.String(),
  note: Nullable(Type.String()),
});
export type WalletEntry = Static<typeof WalletEntry>;

/** What the desk sees after a lookup: the masked customer, cards, balances, usable and used-up packages. */
export const MemberView = Type.Object({ customer: CustomerSummary, cards: Type.Array(MemberCard), wallet: Wallet, packages: Type.Array(MemberPackage) });
export type MemberView = Static<typeof MemberView>;

export const LookupQuery = Type.Object({ q: Type.String({ minLength: 1, maxLength: 128 }) });
export type LookupQuery = Static<typeof LookupQuery>;

export const EntriesQuery = Type.Object(pageQueryFields);
export type EntriesQuery = Static<typeof EntriesQuery>;

export const IssueCardBody = Type.Object(
  {
    /** Printed on a physical card; generated (10 digits with a check digit) when absent. */
    number: Type.Optional(Type.String({ minLength: 1, maxLength: 40 })),
    kind: Type.Enum(['physical', 'virtual'] as const),
    /** The only store the card is valid at; absent/null = every store of the chain. */
    storeId: Type.Optional(Nullable(Id)),
  },
  { additionalProperties: false },
);
export type IssueCardBody = Static<typeof IssueCardBody>;

export const ReplaceCardBody = Type.Object(
  { number: Type.Optional(Type.String({ minLength: 1, maxLength: 40 })), kind: Type.Optional(Type.Enum(['physical', 'virtual'] as const)) },
  { additionalProperties: false },
);
export type ReplaceCardBody = Static<typeof ReplaceCardBody>;

export const ReplaceCardAnswer = Type.Object({ old: MemberCard, card: MemberCard });

export const TopUpBody = Type.Object(
  { amountCents: Cents, paymentMethod: PaymentMethod, storeId: Type.Optional(Id), idempotencyKey: Type.Optional(Type.String({ minLength: 8, maxLength: 100 })) },
  { additionalProperties: false },
);
export type TopUpBody = Static<typeof TopUpBody>;

export const TopUpAnswer = Type.Object({
  entryId: Id,
  amountCents: Type.Integer(),
  bonusCents: Type.Integer(),
  promotionId: Nullable(Id),
  wallet: Wallet,
});
export type TopUpAnswer = Static<typeof TopUpAnswer>;

export const PromotionPreviewQuery = Type.Object({ amountCents: Cents, storeId: Type.Optional(Id) });
export type PromotionPreviewQuery = Static<typeof PromotionPreviewQuery>;
export const PromotionPreview = Type.Object({ promotionId: Nullable(Id), name: Nullable(Type.String()), bonusCents: Type.Integer() });

export const RefundBody = Type.Object(
  { amountCents: Cents, paymentMethod: PaymentMethod, reason: Type.String({ minLength: 1, maxLength: 500, pattern: '\\S' }), storeId: Type.Optional(Id) },
  { additionalProperties: false },
);
export type RefundBody = Static<typeof RefundBody>;
export const RefundAnswer = Type.Object({ entryId: Id, amountCents: Type.Integer(), bonusForfeitedCents: Type.Integer(), wallet: Wallet });
export type RefundAnswer = Static<typeof RefundAnswer>;

export const SellPackageBody = Type.Object(
  { productId: Id, payWith: Type.Enum(['wallet', 'payment'] as const), paymentMethod: Type.Optional(PaymentMethod), storeId: Type.Optional(Id) },
  { additionalProperties: false },
);
export type SellPackageBody = Static<typeof SellPackageBody>;
export const SellPackageAnswer = Type.Object({ package: MemberPackage, wallet: Wallet });
export type SellPackageAnswer = Static<typeof SellPackageAnswer>;

// ---- admin: promotions and time package products ----

const promotionFields = {
  name: Type.String({ minLength: 1, maxLength: 100, pattern: '\\S' }),
  minAmountCents: Cents,
  bonusCents: Type.Integer({ minimum: 0, maximum: 100_000_000 }),
  bonusPercent: Nullable(Type.Integer({ minimum: 0, maximum: 1000 })),
  storeId: Nullable(Id),
  validFrom: Nullable(DateTime),
  validUntil: Nullable(DateTime),
  active: Type.Boolean(),
};
export const TopupPromotion = Type.Object({ id: Id, ...promotionFields, createdAt: DateTime, updatedAt: DateTime });
export type TopupPromotion = Static<typeof TopupPromotion>;
export const CreatePromotionBody = Type.Object(
  { ...promotionFields, bonusPercent: Type.Optional(promotionFields.bonusPercent), storeId: Type.Optional(promotionFields.storeId), validFrom: Type.Optional(promotionFields.validFrom), validUntil: Type.Optional(promotionFields.validUntil), active: Type.Optional(Type.Boolean()) },
  { additionalProperties: false },
);
export type CreatePromotionBody = Static<typeof CreatePromotionBody>;
export const PatchPromotionBody = Type.Partial(Type.Object(promotionFields), { additionalProperties: false });
export type PatchPromotionBody = Static<typeof PatchPromotionBody>;

const productFields = {
  name: Type.String({ minLength: 1, maxLength: 100, pattern: '\\S' }),
  minutes: Type.Integer({ minimum: 1, maximum: 100_000 }),
  priceCents: Type.Integer({ minimum: 0, maximum: 100_000_000 }),
  windowStart: Nullable(HHMM),
  windowEnd: Nullable(HHMM),
  zoneIds: Nullable(Type.Array(Id, { maxItems: 100 })),
  validDays: Nullable(Type.Integer({ minimum: 1, maximum: 3650 })),
  active: Type.Boolean(),
};
export const PackageProduct = Type.Object({ id: Id, ...productFields, createdAt: DateTime, updatedAt: DateTime });
export type PackageProduct = Static<typeof PackageProduct>;
export const CreateProductBody = Type.Object(
  {
    ...productFields,
    windowStart: Type.Optional(productFields.windowStart),
    windowEnd: Type.Optional(productFields.windowEnd),
    zoneIds: Type.Optional(productFields.zoneIds),
    validDays: Type.Optional(productFields.validDays),
    active: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);
export type CreateProductBody = Static<typeof CreateProductBody>;
export const PatchProductBody = Type.Partial(Type.Object(productFields), { additionalProperties: false });
export type PatchProductBody = Static<typeof PatchProductBody>;

export const ActiveListQuery = Type.Object({ active: Type.Optional(Type.Boolean()), ...pageQueryFields });
export type ActiveListQuery = Static<typeof ActiveListQuery>;
