/**
 * Which tickets a caller may see: every ticket (`tickets:read_all`), or those of its own
 * departments plus those assigned to it. An API key belongs to no department: without
 * `tickets:read_all` it sees none.
 */
export type TicketScope = { all: true } | { all: false; departmentIds: readonly string[]; userId: string | null };

/**
 * A staff user's scope: the user's department and the department of the user's team.
 * @example userScope({ readAll: false, userId: 'u1', departmentId: 'A', teamDepartmentId: 'B' }) // { all: false, departmentIds: ['A', 'B'], userId: 'u1' }
 */
export function userScope(u: { readAll: boolean; userId: string | null; departmentId: string | null; teamDepartmentId: string | null }): TicketScope {
  if (u.readAll) return { all: true };
  const departmentIds = [...new Set([u.departmentId, u.teamDepartmentId].filter((d): d is string => d !== null))];
  return { all: false, departmentIds, userId: u.userId };
}

/** May a caller with this scope see (and so act on) the ticket? */
export function canSee(scope: TicketScope, ticket: { departmentId: string | null; assigneeId: string | null }): boolean {
  if (scope.all) return true;
  if (ticket.assigneeId !== null && ticket.assigneeId === scope.userId) return true;
  return ticket.departmentId !== null && scope.departmentIds.includes(ticket.departmentId);
}
