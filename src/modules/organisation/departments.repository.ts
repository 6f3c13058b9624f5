import { asc, count, eq } from 'drizzle-orm';
import type { Db, Tx } from '../../platform/db/database';
import { departments, teams } from './organisation.schema';

type Executor = Db | Tx;
export type DepartmentRow = typeof departments.$inferSelect;
export type NewDepartmentRow = typeof departments.$inferInsert;
export type DepartmentChanges = Partial<Pick<NewDepartmentRow, 'name' | 'description' | 'sortOrder' | 'updatedAt'>>;
export type TeamRow = typeof teams.$inferSelect;
export type NewTeamRow = typeof teams.$inferInsert;
export type TeamChanges = Partial<Pick<NewTeamRow, 'name' | 'description' | 'departmentId' | 'updatedAt'>>;

/** Every department, ordered for display (sort order, then name). */
export async function listDepartments(ex: Executor): Promise<DepartmentRow[]> {
  return ex.select().from(departments).orderBy(asc(departments.sortOrder), asc(departments.name), asc(departments.id));
}

export async function findDepartmentById(ex: Executor, id: string): Promise<DepartmentRow | undefined> {
  const [row] = await ex.select().from(departments).where(eq(departments.id, id));
  return row;
}

export async function findDepartmentByCode(ex: Executor, code: string): Promise<DepartmentRow | undefined> {
  const [row] = await ex.select().from(departments).where(eq(departments.code, code));
  return row;
}

export async function insertDepartment(ex: Executor, row: NewDepartmentRow): Promise<DepartmentRow> {
  const [created] = await ex.insert(departments).values(row).returning();
  return created!;
}

/** Inserts unless a department with the same code exists; answers the row only when it was created. */
export async function insertDepartmentIfAbsent(ex: Executor, row: NewDepartmentRow): Promise<DepartmentRow | undefined> {
  const [created] = await ex.insert(departments).values(row).onConflictDoNothing({ target: departments.code }).returning();
  return created;
}

export async function updateDepartment(ex: Executor, id: string, changes: DepartmentChanges): Promise<DepartmentRow> {
  const [row] = await ex.update(departments).set(changes).where(eq(departments.id, id)).returning();
  return row!;
}

export async function deleteDepartment(ex: Executor, id: string): Promise<void> {
  await ex.delete(departments).where(eq(departments.id, id));
}

/** Every team, ordered by name; the service nests them under their departments. */
export async function listTeams(ex: Executor): Promise<TeamRow[]> {
  return ex.select().from(teams).orderBy(asc(teams.name), asc(teams.id));
}

export async function countTeamsInDepartment(ex: Executor, departmentId: string): Promise<number> {
  const [row] = await ex.select({ n: count() }).from(teams).where(eq(teams.departmentId, departmentId));
  return row?.n ?? 0;
}

/** The ids of a department's teams. */
export async function teamIdsOfDepartment(ex: Executor, departmentId: string): Promise<string[]> {
  const rows = await ex.select({ id: teams.id }).from(teams).where(eq(teams.departmentId, departmentId));
  return rows.map((r) => r.id);
}

export async function findTeamById(ex: Executor, id: string): Promise<TeamRow | undefined> {
  const [row] = await ex.select().from(teams).where(eq(teams.id, id));
  return row;
}

export async function insertTeam(ex: Executor, row: NewTeamRow): Promise<TeamRow> {
  const [created] = await ex.insert(teams).values(row).returning();
  return created!;
}

export async function updateTeam(ex: Executor, id: string, changes: TeamChanges): Promise<TeamRow> {
  const [row] = await ex.update(teams).set(changes).where(eq(teams.id, id)).returning();
  return row!;
}

export async function deleteTeam(ex: Executor, id: string): Promise<void> {
  await ex.delete(teams).where(eq(teams.id, id));
}
