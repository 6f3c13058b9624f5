import { Type, type Static } from 'typebox';
import { DateTime, Id, Nullable, pageQueryFields } from '../../platform/http/schemas';
import { EntryKind, PaymentMethod } from './membership.contracts';

export const LedgerQuery = Type.Object({
  storeId: Type.Optional(Id),
  from: Type.Optional(DateTime),
  to: Type.Optional(DateTime),
  kind: Type.Optional(EntryKind),
  ...pageQueryFields,
});
export type LedgerQuery = Static<typeof LedgerQuery>;

export const CashUpQuery = Type.Object({ storeId: Type.Optional(Id), date: Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' }) });
export type CashUpQuery = Static<typeof CashUpQuery>;

export const CashUpMethodRow = Type.Object({
  paymentMethod: PaymentMethod,
  topUpCents: Type.Integer(),
  topUpCount: Type.Integer(),
  refundCents: Type.Integer(),
  refundCount: Type.Integer(),
  packageCents: Type.Integer(),
  packageCount: Type.Integer(),
  /** Money in minus money out at the desk for this method. */
  netCents: Type.Integer(),
});
export type CashUpMethodRow = Static<typeof CashUpMethodRow>;

/** The daily cash-up of one store (or every store) in its time zone. */
export const CashUp = Type.Object({
  storeId: Nullable(Id),
  date: Type.String(),
  timezone: Type.String(),
  from: DateTime,
  to: DateTime,
  byPaymentMethod: Type.Array(CashUpMethodRow),
  totals: Type.Object({
    topUpCents: Type.Integer(),
    refundCents: Type.Integer(),
    /** Packages paid at the desk. */
    packagePaidCents: Type.Integer(),
    /** Packages paid from wallet cash. */
    packageWalletCents: Type.Integer(),
    packagesSold: Type.Integer(),
    netCents: Type.Integer(),
    bonusGrantedCents: Type.Integer(),
    bonusForfeitedCents: Type.Integer(),
    sessionCashCents: Type.Integer(),
    sessionBonusCents: Type.Integer(),
    sessionPackageMinutes: Type.Integer(),
    grantedMinutes: Type.Integer(),
  }),
  /** Figures other modules add (`sessions`, `points`…), by section name. */
  sections: Type.Record(Type.String(), Type.Record(Type.String(), Type.Number())),
});
export type CashUp = Static<typeof CashUp>;
