import { describe, expect, it } from 'vitest';
import { place, type Placement } from './placement';

const none: Placement = { departmentId: null, teamId: null };
const inA: Placement = { departmentId: 'A', teamId: null };
const inA1: Placement = { departmentId: 'A', teamId: 'a1' };

describe('place', () => {
  it.each([
    ['a team brings its department', none, { teamId: 'a1' }, 'A', { departmentId: 'A', teamId: 'a1' }],
    ['a team with its own department', none, { departmentId: 'A', teamId: 'a1' }, 'A', { departmentId: 'A', teamId: 'a1' }],
    ['another team moves the department', inA1, { teamId: 'b1' }, 'B', { departmentId: 'B', teamId: 'b1' }],
    ['a department alone', none, { departmentId: 'A' }, undefined, { departmentId: 'A', teamId: null }],
    ['moving department drops the team', inA1, { departmentId: 'B' }, undefined, { departmentId: 'B', teamId: null }],
    ['naming the same department keeps the team', inA1, { departmentId: 'A' }, undefined, inA1],
    ['clearing the team keeps the department', inA1, { teamId: null }, undefined, inA],
    ['clearing the department clears the team', inA1, { departmentId: null }, undefined, none],
    ['no change, no move', inA1, {}, undefined, inA1],
  ] as const)('%s', (_name, current, change, teamDept, out) => {
    expect(place(current, change, teamDept)).toEqual({ ok: true, placement: out });
  });

  it.each([
    ['a team outside the named department', none, { departmentId: 'B', teamId: 'a1' }, 'A'],
    ['a team with no department at all', none, { departmentId: null, teamId: 'a1' }, 'A'],
  ] as const)('refuses %s', (_name, current, change, teamDept) => {
    expect(place(current, change, teamDept)).toEqual({ ok: false, reason: 'invalid_ticket_team' });
  });
});
