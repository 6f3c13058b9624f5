import { describe, expect, it } from 'vitest';
import { scoreAppeal, type AccountFacts, type AppealClaims } from './appeal-evidence';

const day = (d: number, h = 12) => new Date(Date.UTC(2026, 11, d, h));
const facts: AccountFacts = {
  phones: ['+8613800138000'],
  emails: ['owner@example.com'],
  logins: [
    { at: day(1), device: 'iPhone 15', region: 'Shanghai' },
    { at: day(2), device: 'iPhone 15', region: 'Shanghai' },
    { at: day(3, 3), device: 'Windows PC', region: 'Hangzhou' },
  ],
  recharges: [{ orderId: 'ORD-9', amountCents: 6800, at: day(2) }, { orderId: 'ORD-8', amountCents: 3000, at: day(1) }],
  creationRegion: 'Shanghai',
};

const statuses = (claims: AppealClaims, f: AccountFacts = facts) => Object.fromEntries(scoreAppeal(claims, f).checks.map((c) => [c.name, c.status]));

describe('appeal evidence', () => {
  it('the owner who remembers everything scores 100', () => {
    const claims: AppealClaims = {
      phone: '+8613800138000',
      email: 'OWNER@example.com ',
      logins: [{ at: day(1, 20), region: 'shanghai' }, { at: day(3, 1), device: 'Windows PC' }],
      lastRecharge: { orderId: 'ord-9', amountCents: 6800 },
      creationRegion: 'Shanghai',
    };
    expect(scoreAppeal(claims, facts).score).toBe(100);
  });

  it('scores only the checks that could be made', () => {
    // Phone right (30), recharge amount wrong (25): 30 / 55.
    expect(scoreAppeal({ phone: '+8613800138000', lastRecharge: { amountCents: 6000 } }, facts).score).toBe(55);
    expect(statuses({ phone: '+8613800138000' })).toEqual({ bound_phone: 'match', bound_email: 'no_claim', recent_logins: 'no_claim', last_recharge: 'no_claim', creation_region: 'no_claim' });
  });

  it.each<[string, AppealClaims, string, string]>([
    ['a stranger phone', { phone: '+8613900000000' }, 'bound_phone', 'mismatch'],
    ['an older order as the last one', { lastRecharge: { orderId: 'ORD-8' } }, 'last_recharge', 'mismatch'],
    ['logins two days off', { logins: [{ at: day(5), region: 'Shanghai' }] }, 'recent_logins', 'mismatch'],
    ['one of three logins right', { logins: [{ at: day(1), region: 'Shanghai' }, { at: day(9), region: 'Beijing' }, { at: day(10), device: 'Mac' }] }, 'recent_logins', 'mismatch'],
    ['two of three logins right', { logins: [{ at: day(1), region: 'Shanghai' }, { at: day(2, 20), device: 'iphone 15' }, { at: day(10), device: 'Mac' }] }, 'recent_logins', 'match'],
    ['the right time from the wrong place', { logins: [{ at: day(1), region: 'Beijing', device: 'Mac' }] }, 'recent_logins', 'mismatch'],
    ['another creation region', { creationRegion: 'Beijing' }, 'creation_region', 'mismatch'],
  ])('%s', (_what, claims, check, status) => {
    expect(statuses(claims)[check]).toBe(status);
  });

  it('nothing on file to compare: no data, score 0', () => {
    const empty: AccountFacts = { phones: [], emails: [], logins: [], recharges: [], creationRegion: null };
    const out = scoreAppeal({ phone: '+8613800138000', logins: [{ at: day(1), region: 'x' }], lastRecharge: { orderId: 'A' }, creationRegion: 'x' }, empty);
    expect(out.score).toBe(0);
    expect(out.checks.filter((c) => c.status === 'no_data').map((c) => c.name)).toEqual(['bound_phone', 'recent_logins', 'last_recharge', 'creation_region']);
  });
});
