import { describe, expect, it } from 'vitest';
import { mergeNewestFirst, noteSummary, profileSummary } from './timeline';

describe('profileSummary', () => {
  it('describes each kind of profile change', () => {
    expect(profileSummary('created', { source: 'store' })).toBe('Profile created (store)');
    expect(profileSummary('updated', { fields: ['displayName', 'custom.level'] })).toBe('Profile updated: displayName, custom.level');
    expect(profileSummary('identity_added', { type: 'game_account' })).toBe('Game account added');
    expect(profileSummary('identity_removed', { type: 'phone' })).toBe('Phone removed');
    expect(profileSummary('consent_changed', { consent: { marketingSms: { granted: false }, marketingEmail: { granted: true } } })).toBe(
      'Consent changed: marketingSms withdrawn, marketingEmail granted',
    );
    expect(profileSummary('renamed', {})).toBe('Profile renamed');
  });
});

describe('noteSummary', () => {
  it('names the author and shortens long notes to 80 characters', () => {
    expect(noteSummary('王芳', '  已回访\n满意  ')).toBe('Note by 王芳: 已回访 满意');
    const long = noteSummary('', '长'.repeat(100));
    expect(long.startsWith('Note: ')).toBe(true);
    expect(Array.from(long.slice('Note: '.length))).toHaveLength(80);
    expect(long.endsWith('…')).toBe(true);
  });
});

describe('mergeNewestFirst', () => {
  const e = (id: string, at: string) => ({ id, at: `2026-01-01T00:00:${at}.000Z` });

  it('interleaves sources by time then id, newest first, and cuts at the limit', () => {
    const events = [e('e3', '30'), e('e1', '10')];
    const notes = [e('n2', '20'), e('n1', '10')];
    const history = [e('h1', '40')];
    expect(mergeNewestFirst([events, notes, history], 4)).toEqual({ items: [e('h1', '40'), e('e3', '30'), e('n2', '20'), e('n1', '10')], hasMore: true });
  });

  it('has no more when everything fits', () => {
    expect(mergeNewestFirst([[e('a', '01')], []], 5)).toEqual({ items: [e('a', '01')], hasMore: false });
  });
});
