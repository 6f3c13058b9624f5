import { describe, expect, it } from 'vitest';
import { latestConsent, mergedProfile, type MergeableProfile } from './merge-profile';

const blank: MergeableProfile = {
  realName: null,
  gender: null,
  birthday: null,
  region: '',
  city: '',
  preferredLocale: null,
  registeredAt: null,
  homeStoreId: null,
  interests: {},
  tags: [],
  custom: {},
  consent: {},
};

describe('mergedProfile', () => {
  it('keeps the winner’s values and fills only its empty fields from the loser', () => {
    const winner = { ...blank, realName: '张伟', city: '' };
    const loser = { ...blank, realName: '张三', city: 'Shanghai', birthday: '1995-04-12' };
    expect(mergedProfile(winner, loser)).toEqual({ city: 'Shanghai', birthday: '1995-04-12' });
  });

  it('unites tags and interests and adds custom keys the winner lacks', () => {
    const winner = { ...blank, tags: ['vip'], interests: { games: ['王者荣耀'] }, custom: { level: 'gold' } };
    const loser = { ...blank, tags: ['moba', 'vip'], interests: { games: ['原神', '王者荣耀'], modes: ['rank'] }, custom: { level: 'silver', club: 'A' } };
    expect(mergedProfile(winner, loser)).toEqual({
      tags: ['vip', 'moba'],
      interests: { games: ['王者荣耀', '原神'], modes: ['rank'] },
      custom: { level: 'gold', club: 'A' },
    });
  });

  it('answers nothing when the loser adds nothing', () => {
    expect(mergedProfile({ ...blank, city: 'Beijing', tags: ['vip'] }, { ...blank, city: 'Shanghai', tags: ['vip'] })).toEqual({});
  });
});

describe('latestConsent', () => {
  it('keeps the most recently recorded consent of each kind', () => {
    const winner = { marketingSms: { granted: true, at: '2026-01-01T00:00:00.000Z', source: 'form' }, marketingEmail: { granted: true, at: '2026-03-01T00:00:00.000Z', source: 'form' } };
    const loser = { marketingSms: { granted: false, at: '2026-02-01T00:00:00.000Z', source: 'store' }, marketingEmail: { granted: false, at: '2025-03-01T00:00:00.000Z', source: 'store' }, dataProcessing: { granted: true, at: '2024-01-01T00:00:00.000Z', source: 'import' } };
    expect(latestConsent(winner, loser)).toEqual({ marketingSms: loser.marketingSms, marketingEmail: winner.marketingEmail, dataProcessing: loser.dataProcessing });
  });
});
