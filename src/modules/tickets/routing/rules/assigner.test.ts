import { describe, expect, it } from 'vitest';
import { eligibleAgents, noPickReason, roundRobinAssigner, type AgentCandidate, type AssignmentState, type AssignmentTicket } from './assigner';

const agent = (userId: string, over: Partial<AgentCandidate> = {}): AgentCandidate => ({ userId, status: 'online', capacity: 2, languages: [], categoryIds: [], ...over });
const ticket: AssignmentTicket = { language: 'zh-CN', categoryPath: ['refund', 'payment'] };
const state = (open: Record<string, number> = {}, last: Record<string, string | null> = {}): AssignmentState => ({
  openCounts: new Map(Object.entries(open)),
  lastAssignedAt: new Map(Object.entries(last).map(([k, v]) => [k, v ? new Date(v) : null])),
});

describe('eligibleAgents', () => {
  it.each<[string, Partial<AgentCandidate>, Record<string, number>, boolean]>([
    ['online with room', {}, {}, true],
    ['away', { status: 'away' }, {}, false],
    ['offline', { status: 'offline' }, {}, false],
    ['one below capacity', {}, { a: 1 }, true],
    ['at capacity', {}, { a: 2 }, false],
    ['capacity zero', { capacity: 0 }, {}, false],
    ['speaks the language (primary subtag)', { languages: ['en', 'zh'] }, {}, true],
    ['does not speak it', { languages: ['en'] }, {}, false],
    ['no languages listed: any', { languages: [] }, {}, true],
    ['handles the category', { categoryIds: ['refund'] }, {}, true],
    ['handles the parent category', { categoryIds: ['payment'] }, {}, true],
    ['handles other categories only', { categoryIds: ['bug'] }, {}, false],
  ])('%s', (_name, over, open, expected) => {
    expect(eligibleAgents([agent('a', over)], ticket, state(open)).map((a) => a.userId)).toEqual(expected ? ['a'] : []);
  });

  it('ignores language and category skills when the ticket has neither', () => {
    expect(eligibleAgents([agent('a', { languages: ['en'], categoryIds: ['bug'] })], { language: null, categoryPath: [] }, state())).toHaveLength(1);
  });
});

describe('roundRobinAssigner', () => {
  const three = [agent('c'), agent('a'), agent('b')];
  it.each<[string, AgentCandidate[], AssignmentState, string | null]>([
    ['never assigned: lowest id first', three, state(), 'a'],
    ['never-assigned before assigned', three, state({}, { a: '2026-01-01T10:00:00Z', b: null }), 'b'],
    ['least recently assigned first', three, state({}, { a: '2026-01-01T10:02:00Z', b: '2026-01-01T10:01:00Z', c: '2026-01-01T10:03:00Z' }), 'b'],
    ['same time: lowest id', three, state({}, { a: '2026-01-01T10:00:00Z', b: '2026-01-01T10:00:00Z', c: '2026-01-01T10:00:00Z' }), 'a'],
    ['skips the full agent next in line', three, state({ a: 2 }), 'b'],
    ['skips away and offline', [agent('a', { status: 'away' }), agent('b', { status: 'offline' }), agent('c')], state(), 'c'],
    ['nobody eligible', [agent('a', { status: 'away' })], state(), null],
    ['no candidates', [], state(), null],
  ])('%s', (_name, candidates, s, expected) => {
    expect(roundRobinAssigner.pick(candidates, ticket, s)).toBe(expected);
  });

  it('cycles through three agents as last-assigned times move', () => {
    const last: Record<string, string> = {};
    const picks: string[] = [];
    for (let i = 0; i < 6; i++) {
      const id = roundRobinAssigner.pick(three, ticket, state({}, last))!;
      picks.push(id);
      last[id] = new Date(Date.UTC(2026, 0, 1, 10, i)).toISOString();
    }
    expect(picks).toEqual(['a', 'b', 'c', 'a', 'b', 'c']);
  });
});

describe('noPickReason', () => {
  it.each<[string, AgentCandidate[], Record<string, number>, string]>([
    ['no agents', [], {}, 'no_agents'],
    ['all away or offline', [agent('a', { status: 'away' }), agent('b', { status: 'offline' })], {}, 'none_online'],
    ['online but without the skills', [agent('a', { languages: ['en'] })], {}, 'no_skill_match'],
    ['skilled but full', [agent('a')], { a: 2 }, 'at_capacity'],
  ])('%s', (_name, candidates, open, expected) => {
    expect(noPickReason(candidates, ticket, state(open))).toBe(expected);
  });
});
