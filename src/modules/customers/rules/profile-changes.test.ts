import { describe, expect, it } from 'vitest';
import { profileChanges } from './profile-changes';

const before: Record<string, unknown> & { consent: Record<string, unknown> } = {
  displayName: '夜雨',
  realName: '张伟',
  birthday: '1990-01-01',
  tags: ['vip'],
  city: 'Shanghai',
  custom: { level: 3, idCard: '310101199001011234' },
  consent: { marketingSms: { granted: true, at: '2026-01-01T00:00:00.000Z', source: 'form' } },
};

describe('profileChanges', () => {
  it('finds nothing when the patch repeats the current values', () => {
    expect(profileChanges(before, { displayName: '夜雨', tags: ['vip'], realName: undefined })).toEqual({ fields: [], history: [] });
  });

  it('keeps values of plain fields but only the names of personal ones', () => {
    const { fields, history } = profileChanges(before, { displayName: '夜雨2', realName: '张三', birthday: null, tags: ['vip', 'whale'] });
    expect(fields).toEqual(['birthday', 'displayName', 'realName', 'tags']);
    expect(history).toEqual([
      {
        action: 'updated',
        changes: {
          fields: ['birthday', 'displayName', 'realName', 'tags'],
          values: { displayName: { from: '夜雨', to: '夜雨2' }, tags: { from: ['vip'], to: ['vip', 'whale'] } },
        },
      },
    ]);
    expect(JSON.stringify(history)).not.toContain('张三');
  });

  it('names changed custom keys without their values', () => {
    const { history } = profileChanges(before, { custom: { level: 4, idCard: '310101199001011234', colour: 'red' } });
    expect(history).toEqual([{ action: 'updated', changes: { fields: ['custom.colour', 'custom.level'], values: {} } }]);
  });

  it('writes consent changes as their own entry', () => {
    const withdrawn = { granted: false, at: '2026-02-01T00:00:00.000Z', source: 'phone' };
    const { fields, history } = profileChanges(before, { consent: { ...before.consent, marketingSms: withdrawn } });
    expect(fields).toEqual(['consent']);
    expect(history).toEqual([{ action: 'consent_changed', changes: { consent: { marketingSms: withdrawn } } }]);
  });
});
