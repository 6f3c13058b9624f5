import { describe, expect, it } from 'vitest';
import { referralCheck, type ReferralParty } from './referral-guard';

const now = new Date('2026-06-01T00:00:00Z');
const party = (customerId: string, over: Partial<ReferralParty> = {}): ReferralParty => ({ customerId, phones: [], cards: [], devices: [], ...over });
const referrer = party('a', { phones: ['+8613800000001'], cards: ['C-1'], devices: ['pc-7'] });

describe('referralCheck', () => {
  it.each([
    ['links a new member', party('b'), 1, { ok: true }],
    ['never oneself', party('a'), 1, { ok: false, reason: 'referral_self' }],
    ['not with the same phone', party('b', { phones: ['+8613800000001'] }), 1, { ok: false, reason: 'referral_same_phone' }],
    ['not with the same card', party('b', { cards: ['C-1'] }), 1, { ok: false, reason: 'referral_same_card' }],
    ['not from the same device', party('b', { devices: ['pc-7'] }), 1, { ok: false, reason: 'referral_same_device' }],
    ['not long after registering', party('b'), 31, { ok: false, reason: 'referral_too_late' }],
    ['on the last day of the window', party('b'), 30, { ok: true }],
  ])('%s', (_name, referee, daysAgo, out) => {
    expect(referralCheck(referrer, referee, new Date(now.getTime() - daysAgo * 86_400_000), now, 30)).toEqual(out);
  });
});
