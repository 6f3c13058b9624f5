import { sql } from 'drizzle-orm';
import type { Db, Tx } from '../../platform/db/database';

type Executor = Db | Tx;

/** How many staff users belong to a department or team; the departments service is given one. */
export interface Membership {
  countUsersInDepartment(ex: Executor, departmentId: string): Promise<number>;
  countUsersInTeam(ex: Executor, teamId: string): Promise<number>;
}

// The one place this module reads the `users` table, owned by platform/auth. It is a plain
// count rather than an import of that table so the organisation module does not depend on
// auth's schema (auth already depends on ours for its foreign keys). Inactive users count
// too: their department_id/team_id foreign keys would block the delete anyway.

async function countWhere(ex: Executor, condition: ReturnType<typeof sql>): Promise<number> {
  const result = await ex.execute(sql`select count(*)::int as n from users where ${condition}`);
  const rows = (result as unknown as { rows: { n: number | string }[] }).rows;
  return Number(rows[0]?.n ?? 0);
}

/** Membership counts read straight from the `users` table. */
export const membershipRepository: Membership = {
  countUsersInDepartment: (ex, departmentId) =>
    countWhere(ex, sql`department_id = ${departmentId} or team_id in (select id from teams where department_id = ${departmentId})`),
  countUsersInTeam: (ex, teamId) => countWhere(ex, sql`team_id = ${teamId}`),
};
