import { describe, expect, it } from 'vitest';
import { canSee, userScope } from './ticket-scope';

const agentOfA = userScope({ readAll: false, userId: 'u1', departmentId: 'A', teamDepartmentId: null });
const teamInB = userScope({ readAll: false, userId: 'u2', departmentId: null, teamDepartmentId: 'B' });
const nowhere = userScope({ readAll: false, userId: 'u3', departmentId: null, teamDepartmentId: null });
const supervisor = userScope({ readAll: true, userId: 'u4', departmentId: 'A', teamDepartmentId: null });
const apiKey = userScope({ readAll: false, userId: null, departmentId: null, teamDepartmentId: null });

describe('userScope', () => {
  it('joins the user department and the team department once', () => {
    expect(userScope({ readAll: false, userId: 'u', departmentId: 'A', teamDepartmentId: 'A' })).toEqual({ all: false, departmentIds: ['A'], userId: 'u' });
    expect(userScope({ readAll: false, userId: 'u', departmentId: 'A', teamDepartmentId: 'B' })).toEqual({ all: false, departmentIds: ['A', 'B'], userId: 'u' });
  });
});

describe('canSee', () => {
  it.each([
    ['an agent, a ticket of its department', agentOfA, { departmentId: 'A', assigneeId: null }, true],
    ['an agent, a ticket of another department', agentOfA, { departmentId: 'B', assigneeId: null }, false],
    ['an agent, another department’s ticket assigned to it', agentOfA, { departmentId: 'B', assigneeId: 'u1' }, true],
    ['an agent, an unrouted ticket', agentOfA, { departmentId: null, assigneeId: null }, false],
    ['a team member, its team’s department', teamInB, { departmentId: 'B', assigneeId: null }, true],
    ['a user without department', nowhere, { departmentId: 'A', assigneeId: null }, false],
    ['tickets:read_all, anything', supervisor, { departmentId: 'B', assigneeId: null }, true],
    ['tickets:read_all, an unrouted ticket', supervisor, { departmentId: null, assigneeId: null }, true],
    ['an API key without read_all, an unassigned ticket', apiKey, { departmentId: 'A', assigneeId: null }, false],
  ] as const)('%s: %s', (_name, scope, ticket, out) => expect(canSee(scope, ticket)).toBe(out));
});
