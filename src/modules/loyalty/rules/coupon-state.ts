export type CouponStatus = 'issued' | 'redeemed' | 'expired' | 'void';
export type CouponAction = 'redeem' | 'expire' | 'void';

export interface CouponFacts {
  status: CouponStatus;
  validFrom: Date;
  validUntil: Date | null;
}

export type CouponTransition =
  | { ok: true; to: CouponStatus }
  | { ok: false; reason: 'coupon_already_redeemed' | 'coupon_expired' | 'coupon_void' | 'coupon_not_yet_valid' };

const closed = { redeemed: 'coupon_already_redeemed', expired: 'coupon_expired', void: 'coupon_void' } as const;

/**
 * The coupon state machine: only an issued coupon moves, to redeemed (inside its validity
 * window), expired (after it) or void; every other move answers why not.
 * @example couponTransition({ status: 'issued', validFrom, validUntil }, 'redeem', now) // { ok: true, to: 'redeemed' }
 */
export function couponTransition(c: CouponFacts, action: CouponAction, now: Date): CouponTransition {
  if (c.status !== 'issued') return { ok: false, reason: closed[c.status] };
  const past = c.validUntil !== null && now.getTime() >= c.validUntil.getTime();
  switch (action) {
    case 'redeem':
      if (past) return { ok: false, reason: 'coupon_expired' };
      if (now.getTime() < c.validFrom.getTime()) return { ok: false, reason: 'coupon_not_yet_valid' };
      return { ok: true, to: 'redeemed' };
    case 'expire':
      return past ? { ok: true, to: 'expired' } : { ok: false, reason: 'coupon_not_yet_valid' };
    case 'void':
      return { ok: true, to: 'void' };
  }
}

/**
 * The validity window of a coupon issued at `issuedAt` from a template: the template's window,
 * or N days from issue (whichever ends first when both are set).
 * @example couponValidity({ validFrom: null, validTo: null, validDays: 30 }, issuedAt) // { validFrom: issuedAt, validUntil: issuedAt + 30 days }
 */
export function couponValidity(
  t: { validFrom: Date | null; validTo: Date | null; validDays: number | null },
  issuedAt: Date,
): { validFrom: Date; validUntil: Date | null } {
  const validFrom = t.validFrom && t.validFrom.getTime() > issuedAt.getTime() ? t.validFrom : issuedAt;
  const byDays = t.validDays ? new Date(issuedAt.getTime() + t.validDays * 24 * 3600_000) : null;
  const ends = [t.validTo, byDays].filter((d): d is Date => d !== null).map((d) => d.getTime());
  return { validFrom, validUntil: ends.length > 0 ? new Date(Math.min(...ends)) : null };
}
