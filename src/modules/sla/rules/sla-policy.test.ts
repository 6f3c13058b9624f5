import { describe, expect, it } from 'vitest';
import { choosePolicy, type PolicyRule } from './sla-policy';

const rule = (id: string, channel: string | null, priority: string | null, tierCode: string | null, fr: number | null, nr: number | null, res: number | null, warnAtPct = 80): PolicyRule => ({
  id,
  channel,
  priority,
  tierCode,
  calendarId: null,
  targets: { firstResponse: fr, nextResponse: nr, resolution: res },
  warnAtPct,
});

const rules = [
  rule('email-normal', 'email', 'normal', null, 86_400, 86_400, 259_200),
  rule('email-urgent', 'email', 'urgent', null, 21_600, 21_600, 64_800),
  rule('chat-normal', 'chat', 'normal', null, 30, 120, null),
  rule('vip-any', null, null, 'vip', 3_600, null, 86_400, 50),
  rule('vip-email-urgent', 'email', 'urgent', 'vip', 1_800, 99_999_999, null),
  rule('gold-chat', 'chat', null, 'gold', 15, 60, 600),
];

describe('choosePolicy', () => {
  it.each([
    ['base policy, no tier', 'email', 'normal', null, 'email-normal', [], [86_400, 86_400, 259_200], 80],
    ['a tier without overrides keeps the base', 'email', 'normal', 'silver', 'email-normal', [], [86_400, 86_400, 259_200], 80],
    ['a catch-all tier override tightens, with its warning point', 'email', 'normal', 'vip', 'email-normal', ['vip-any'], [3_600, 86_400, 86_400], 50],
    ['several overrides: the tightest per metric, never looser', 'email', 'urgent', 'vip', 'email-urgent', ['vip-any', 'vip-email-urgent'], [1_800, 21_600, 64_800], 50],
    ['an override cannot add a target the base does not have', 'chat', 'normal', 'gold', 'chat-normal', ['gold-chat'], [15, 60, null], 80],
  ] as const)('%s', (_name, channel, priority, tierCode, policyId, overrideIds, [fr, nr, res], warnAtPct) => {
    expect(choosePolicy(rules, { channel, priority, tierCode })).toEqual({
      policyId,
      overrideIds,
      calendarId: null,
      targets: { firstResponse: fr, nextResponse: nr, resolution: res },
      warnAtPct,
    });
  });

  it('answers null when no base policy covers the channel and priority', () => {
    expect(choosePolicy(rules, { channel: 'forum', priority: 'normal', tierCode: 'vip' })).toBeNull();
  });
});
