export interface ReferralParty {
  customerId: string;
  /** Phone numbers, member card numbers and device ids known for the member. */
  phones: string[];
  cards: string[];
  devices: string[];
}

export type ReferralCheck =
  | { ok: true }
  | { ok: false; reason: 'referral_self' | 'referral_same_phone' | 'referral_same_card' | 'referral_same_device' | 'referral_too_late' };

const shares = (a: string[], b: string[]) => a.some((x) => b.includes(x));

/**
 * Whether `referee` may be linked to `referrer`: never oneself, nobody sharing a phone, card or
 * device with the referrer, and only within `windowDays` of the referee's registration.
 * @example referralCheck(referrer, referee, registeredAt, now, 30) // { ok: false, reason: 'referral_same_device' }
 */
export function referralCheck(referrer: ReferralParty, referee: ReferralParty, registeredAt: Date, now: Date, windowDays: number): ReferralCheck {
  if (referrer.customerId === referee.customerId) return { ok: false, reason: 'referral_self' };
  if (shares(referrer.phones, referee.phones)) return { ok: false, reason: 'referral_same_phone' };
  if (shares(referrer.cards, referee.cards)) return { ok: false, reason: 'referral_same_card' };
  if (shares(referrer.devices, referee.devices)) return { ok: false, reason: 'referral_same_device' };
  if (now.getTime() - registeredAt.getTime() > windowDays * 24 * 3600_000) return { ok: false, reason: 'referral_too_late' };
  return { ok: true };
}
