import { describe, expect, it } from 'vitest';
import { routingNote, type RoutingNoteInput } from './routing-note';

const base: RoutingNoteInput = { rules: [], department: null, team: null, priority: null, tags: [] };

describe('routingNote', () => {
  it('says nothing when no rule applied and no assignment ran', () => {
    expect(routingNote(base)).toBeNull();
  });

  it.each<[string, Partial<RoutingNoteInput>, string[]]>([
    ['one rule with everything it set', { rules: ['充值'], department: 'Billing', team: 'Refunds', priority: 'high', tags: ['a', 'b'] }, ['Routing: rule "充值" → department Billing, team Refunds, priority high, tags a, b.', '分派：规则「充值」 → 部门 Billing，团队 Refunds，优先级 high，标签 a、b。']],
    ['several rules', { rules: ['A', 'B'], priority: 'low' }, ['rules "A", "B" → priority low.', '规则「A」「B」']],
    ['an assignment', { assignment: { agent: 'Li Na', assigner: 'round_robin', reason: null } }, ['Assigned to Li Na (auto-assignment, round_robin).', '已自动分配给 Li Na（round_robin）。']],
    ['a re-run', { assignment: { agent: 'Li Na', assigner: 'round_robin', reason: null, manual: true } }, ['(auto-assignment re-run, round_robin)']],
    ['nobody online', { assignment: { agent: null, assigner: 'round_robin', reason: 'none_online' } }, ['Not assigned (auto-assignment): no agent of the team is online.', '未分配：团队没有在线客服。']],
    ['everyone full', { assignment: { agent: null, assigner: 'round_robin', reason: 'at_capacity' } }, ['every matching agent is at capacity', '符合条件的客服均已满额']],
    ['no skills', { assignment: { agent: null, assigner: 'round_robin', reason: 'no_skill_match' } }, ['language or category skills', '技能']],
  ])('%s', (_name, input, parts) => {
    const note = routingNote({ ...base, ...input })!;
    for (const part of parts) expect(note).toContain(part);
    expect(note.split('\n')).toHaveLength(2);
  });
});
