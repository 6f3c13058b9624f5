import { describe, expect, it } from 'vitest';
import { cashUpTotals, type EntryGroup } from './cash-up-totals';

const g = (kind: string, asset: string, paymentMethod: string | null, total: number, count = 1): EntryGroup => ({ kind, asset, paymentMethod, sign: Math.sign(total), total, count });

describe('cashUpTotals', () => {
  const groups = [
    g('topup', 'cash', 'wechat_pay', 30000, 2),
    g('topup', 'cash', 'cash', 5000),
    g('topup_bonus', 'bonus', null, 6000, 2),
    g('refund', 'cash', 'cash', -2000),
    g('refund', 'bonus', null, -400),
    g('package_purchase', 'cash', 'alipay', 2500),
    g('package_purchase', 'cash', null, -6500, 2),
    g('package_purchase', 'package', 'alipay', 180),
    g('package_purchase', 'package', null, 600),
    g('session_charge', 'cash', null, -1234, 40),
    g('session_charge', 'bonus', null, -300, 3),
    g('session_charge', 'package', null, -90, 9),
    g('package_grant', 'package', null, 60),
  ];
  const { byPaymentMethod, totals } = cashUpTotals(groups);

  it('splits desk money by payment method', () => {
    expect(byPaymentMethod.find((r) => r.paymentMethod === 'wechat_pay')).toEqual({ paymentMethod: 'wechat_pay', topUpCents: 30000, topUpCount: 2, refundCents: 0, refundCount: 0, packageCents: 0, packageCount: 0, netCents: 30000 });
    expect(byPaymentMethod.find((r) => r.paymentMethod === 'cash')).toMatchObject({ topUpCents: 5000, refundCents: 2000, netCents: 3000 });
    expect(byPaymentMethod.find((r) => r.paymentMethod === 'alipay')).toMatchObject({ packageCents: 2500, packageCount: 1, netCents: 2500 });
    expect(byPaymentMethod.map((r) => r.paymentMethod)).toEqual(['cash', 'bank_card', 'wechat_pay', 'alipay', 'other']);
  });

  it('totals top-ups, refunds, packages, bonus and session draws', () => {
    expect(totals).toEqual({
      topUpCents: 35000,
      refundCents: 2000,
      packagePaidCents: 2500,
      packageWalletCents: 4000,
      packagesSold: 2,
      netCents: 35500,
      bonusGrantedCents: 6000,
      bonusForfeitedCents: 400,
      sessionCashCents: 1234,
      sessionBonusCents: 300,
      sessionPackageMinutes: 90,
      grantedMinutes: 60,
    });
  });

  it('answers zeros for a quiet day', () => {
    expect(cashUpTotals([]).totals.netCents).toBe(0);
  });
});
