import { describe, expect, it } from 'vitest';
import { evaluateRules, languageMatches, matches, type RoutingRule, type RuleConditions, type TicketFacts } from './routing-rules';

const facts: TicketFacts = {
  channel: 'in_game',
  categoryPath: ['child', 'parent'],
  priority: 'normal',
  tierCode: 'gold',
  vip: true,
  language: 'zh-CN',
  storeId: 'store-1',
  subject: '充值没有到账 Order 42',
  description: 'I paid via WeChat but got no diamonds',
};

describe('matches', () => {
  it.each<[string, RuleConditions, boolean]>([
    ['no conditions match every ticket', {}, true],
    ['channel in the list', { channels: ['web', 'in_game'] }, true],
    ['channel not in the list', { channels: ['email'] }, false],
    ['the category itself', { categoryIds: ['child'] }, true],
    ['a parent category covers its children', { categoryIds: ['parent'] }, true],
    ['another category', { categoryIds: ['other'] }, false],
    ['priority in', { priorities: ['normal', 'high'] }, true],
    ['priority not in', { priorities: ['urgent'] }, false],
    ['tier code', { tierCodes: ['gold', 'platinum'] }, true],
    ['other tier', { tierCodes: ['silver'] }, false],
    ['vip wanted, vip given', { vip: true }, true],
    ['non-vip wanted', { vip: false }, false],
    ['language by primary subtag', { languages: ['zh'] }, true],
    ['language with region, case-insensitive', { languages: ['ZH-tw'] }, true],
    ['other language', { languages: ['en'] }, false],
    ['store in', { storeIds: ['store-1'] }, true],
    ['store not in', { storeIds: ['store-2'] }, false],
    ['Chinese substring in the subject', { keywords: ['到账'] }, true],
    ['keyword case-insensitive in the description', { keywords: ['wechat'] }, true],
    ['any of the keywords', { keywords: ['退款', 'DIAMONDS'] }, true],
    ['none of the keywords', { keywords: ['退款', '封号'] }, false],
    ['a blank keyword never matches', { keywords: ['  '] }, false],
    ['all conditions must hold', { channels: ['in_game'], keywords: ['退款'] }, false],
    ['all conditions holding', { channels: ['in_game'], vip: true, languages: ['zh'], keywords: ['充值'] }, true],
  ])('%s', (_name, conditions, expected) => {
    expect(matches(conditions, facts)).toBe(expected);
  });

  it.each<[string, Partial<TicketFacts>, RuleConditions]>([
    ['no category', { categoryPath: [] }, { categoryIds: ['parent'] }],
    ['no tier', { tierCode: null }, { tierCodes: ['gold'] }],
    ['no language', { language: null }, { languages: ['zh'] }],
    ['no store', { storeId: null }, { storeIds: ['store-1'] }],
  ])('a missing fact fails its condition: %s', (_name, change, conditions) => {
    expect(matches(conditions, { ...facts, ...change })).toBe(false);
  });
});

describe('languageMatches', () => {
  it.each<[string[], string | null, boolean]>([
    [['zh-CN'], 'zh', true],
    [['en'], 'en-US', true],
    [['en'], 'zh_CN', false],
    [['en'], null, false],
  ])('%j vs %s', (wanted, tag, expected) => expect(languageMatches(wanted, tag)).toBe(expected));
});

const rule = (id: string, conditions: RuleConditions, actions: RoutingRule['actions'], active = true): RoutingRule => ({ id, name: `rule ${id}`, active, conditions, actions });

describe('evaluateRules', () => {
  it('applies nothing when no rule matches', () => {
    expect(evaluateRules([rule('1', { channels: ['email'] }, { priority: 'high' })], facts)).toEqual({ addTags: [], matched: [] });
  });

  it('applies every matching rule in order; later ones override, tags add up', () => {
    const out = evaluateRules(
      [
        rule('1', { keywords: ['充值'] }, { departmentId: 'billing', priority: 'high', addTags: ['recharge'] }),
        rule('2', { channels: ['email'] }, { priority: 'low' }),
        rule('3', { vip: true }, { priority: 'urgent', addTags: ['vip', 'recharge'] }),
      ],
      facts,
    );
    expect(out).toEqual({ departmentId: 'billing', priority: 'urgent', addTags: ['recharge', 'vip'], matched: [{ id: '1', name: 'rule 1' }, { id: '3', name: 'rule 3' }] });
  });

  it('skips inactive rules', () => {
    expect(evaluateRules([rule('1', {}, { priority: 'high' }, false)], facts).matched).toEqual([]);
  });

  it('lets later conditions see the priority an earlier rule set', () => {
    const out = evaluateRules([rule('1', { vip: true }, { priority: 'urgent' }), rule('2', { priorities: ['urgent'] }, { teamId: 'escalations' })], facts);
    expect(out.teamId).toBe('escalations');
  });

  it.each<[string, RoutingRule['actions'][], { departmentId?: string; teamId?: string }]>([
    ['a team alone leaves the department to the team', [{ teamId: 't1' }], { teamId: 't1' }],
    ['a later department drops an earlier team', [{ teamId: 't1' }, { departmentId: 'd2' }], { departmentId: 'd2' }],
    ['a later team drops an earlier department', [{ departmentId: 'd1' }, { teamId: 't2' }], { teamId: 't2' }],
    ['department and team together stay together', [{ departmentId: 'd1', teamId: 't1' }], { departmentId: 'd1', teamId: 't1' }],
    ['a later priority keeps the placement', [{ departmentId: 'd1', teamId: 't1' }, { priority: 'high' }], { departmentId: 'd1', teamId: 't1' }],
  ])('placement: %s', (_name, actions, expected) => {
    const out = evaluateRules(actions.map((a, i) => rule(String(i), {}, a)), facts);
    expect({ departmentId: out.departmentId, teamId: out.teamId }).toEqual({ departmentId: undefined, teamId: undefined, ...expected });
  });
});
