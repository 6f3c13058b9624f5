/** Where a ticket sits: a department, and optionally one of its teams. */
export interface Placement {
  departmentId: string | null;
  teamId: string | null;
}

export type PlacementResult = { ok: true; placement: Placement } | { ok: false; reason: 'invalid_ticket_team' };

/**
 * A ticket's department and team after a change. A team brings its department (naming another
 * department beside it is refused); moving to another department drops a team that is not in
 * it; no department means no team. `teamDepartment` is the department of the given team.
 * @example place({ departmentId: 'A', teamId: 'a1' }, { departmentId: 'B' }, undefined) // { departmentId: 'B', teamId: null }
 */
export function place(current: Placement, change: Partial<Placement>, teamDepartment: string | undefined): PlacementResult {
  const teamId = change.teamId === undefined ? current.teamId : change.teamId;
  const departmentId = change.departmentId === undefined ? current.departmentId : change.departmentId;
  if (change.teamId) {
    if (change.departmentId !== undefined && change.departmentId !== teamDepartment) return { ok: false, reason: 'invalid_ticket_team' };
    return { ok: true, placement: { departmentId: teamDepartment ?? null, teamId: change.teamId } };
  }
  if (departmentId === null) return { ok: true, placement: { departmentId: null, teamId: null } };
  const keepTeam = teamId !== null && (change.departmentId === undefined || change.departmentId === current.departmentId);
  return { ok: true, placement: { departmentId, teamId: keepTeam ? teamId : null } };
}
