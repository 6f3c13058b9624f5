export const cashUpMethods = ['cash', 'bank_card', 'wechat_pay', 'alipay', 'other'] as const;
export type CashUpMethod = (typeof cashUpMethods)[number];

/** One group of ledger entries: kind, asset, payment method, sign of the amounts, their sum and count. */
export interface EntryGroup {
  kind: string;
  asset: string;
  paymentMethod: string | null;
  sign: number;
  total: number;
  count: number;
}

export interface MethodRow {
  paymentMethod: CashUpMethod;
  topUpCents: number;
  topUpCount: number;
  refundCents: number;
  refundCount: number;
  packageCents: number;
  packageCount: number;
  netCents: number;
}

/**
 * The figures of a cash-up from ledger sums: desk money by payment method (top-ups in, refunds
 * out, packages paid at the desk in), packages paid from wallets, bonus granted and forfeited,
 * and what sessions drew. Amounts out are reported positive.
 * @example cashUpTotals([{ kind: 'topup', asset: 'cash', paymentMethod: 'wechat_pay', sign: 1, total: 10000, count: 1 }]).totals.topUpCents // 10000
 */
export function cashUpTotals(groups: EntryGroup[]) {
  const pick = (kind: string, asset: string, sign: number, method?: string) =>
    groups.filter((g) => g.kind === kind && g.asset === asset && g.sign === sign && (method === undefined || g.paymentMethod === method));
  const sum = (gs: EntryGroup[]) => Math.abs(gs.reduce((s, g) => s + g.total, 0));
  const count = (gs: EntryGroup[]) => gs.reduce((s, g) => s + g.count, 0);
  const byPaymentMethod: MethodRow[] = cashUpMethods.map((m) => {
    const topUp = pick('topup', 'cash', 1, m);
    const refund = pick('refund', 'cash', -1, m);
    const pkg = pick('package_purchase', 'cash', 1, m);
    const row = { paymentMethod: m, topUpCents: sum(topUp), topUpCount: count(topUp), refundCents: sum(refund), refundCount: count(refund), packageCents: sum(pkg), packageCount: count(pkg) };
    return { ...row, netCents: row.topUpCents + row.packageCents - row.refundCents };
  });
  const total = (key: 'topUpCents' | 'refundCents' | 'packageCents' | 'netCents') => byPaymentMethod.reduce((s, r) => s + r[key], 0);
  const packagePaidCents = total('packageCents');
  return {
    byPaymentMethod,
    totals: {
      topUpCents: total('topUpCents'),
      refundCents: total('refundCents'),
      packagePaidCents,
      packageWalletCents: sum(pick('package_purchase', 'cash', -1)) - packagePaidCents,
      packagesSold: count(pick('package_purchase', 'package', 1)),
      netCents: total('netCents'),
      bonusGrantedCents: sum(pick('topup_bonus', 'bonus', 1)),
      bonusForfeitedCents: sum(pick('refund', 'bonus', -1)),
      sessionCashCents: sum(pick('session_charge', 'cash', -1)),
      sessionBonusCents: sum(pick('session_charge', 'bonus', -1)),
      sessionPackageMinutes: sum(pick('session_charge', 'package', -1)),
      grantedMinutes: sum(pick('package_grant', 'package', 1)),
    },
  };
}
