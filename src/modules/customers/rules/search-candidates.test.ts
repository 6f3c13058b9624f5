import { describe, expect, it } from 'vitest';
import { identityCandidates, isContactQuery } from './search-candidates';

describe('identityCandidates', () => {
  it('reads a typed Chinese mobile as E.164 first', () => {
    const found = identityCandidates('138 1234 1234');
    expect(found[0]).toEqual({ type: 'phone', value: '+8613812341234', matchedBy: 'phone' });
    expect(isContactQuery(found)).toBe(true);
  });

  it('lower-cases an email', () => {
    expect(identityCandidates(' Li.Na@Example.com ')).toContainEqual({ type: 'email', value: 'li.na@example.com', matchedBy: 'email' });
  });

  it('tries the raw text as every other identity type', () => {
    const found = identityCandidates('10086-s1');
    expect(found.map((c) => c.type)).toEqual(['game_account', 'member_card', 'wechat', 'qq', 'external']);
    expect(found.every((c) => c.value === '10086-s1' && c.matchedBy === 'identity')).toBe(true);
    expect(isContactQuery(found)).toBe(false);
  });

  it('has no candidates for blank text and no raw ones for over-long text', () => {
    expect(identityCandidates('   ')).toEqual([]);
    expect(identityCandidates('张'.repeat(129))).toEqual([]);
  });
});
