import { AppError } from '../../platform/http/app-error';
import { inTransaction } from '../../platform/db/unit-of-work';
import type { CreateDepartmentBody, Department, DepartmentWithTeams, PatchDepartmentBody, Team } from './organisation.contracts';
import * as repo from './departments.repository';
import type { Membership } from './membership.repository';
import { auditChange, changedFields, type ChangeContext, type OrgDeps } from './service-context';
import { isForeignKeyViolation, isUniqueViolation } from '../../platform/db/db-errors';

/** The departments services also need to know who belongs where (see membership.repository.ts). */
export interface DepartmentDeps extends OrgDeps {
  membership: Membership;
}

/** The API shape of a department row. */
export function toDepartment(row: repo.DepartmentRow): Department {
  return { id: row.id, code: row.code, name: row.name, description: row.description, sortOrder: row.sortOrder };
}

/** The API shape of a team row. */
export function toTeam(row: repo.TeamRow): Team {
  return { id: row.id, departmentId: row.departmentId, name: row.name, description: row.description };
}

/** Every department with its teams nested, in display order. */
export async function listDepartments(deps: Pick<OrgDeps, 'database'>): Promise<{ items: DepartmentWithTeams[] }> {
  const db = deps.database.db;
  const [departments, teams] = await Promise.all([repo.listDepartments(db), repo.listTeams(db)]);
  return {
    items: departments.map((d) => ({ ...toDepartment(d), teams: teams.filter((t) => t.departmentId === d.id).map(toTeam) })),
  };
}

/** Creates a department with a unique code; audited as `department.created`. */
export async function createDepartment(deps: OrgDeps, ctx: ChangeContext, body: CreateDepartmentBody): Promise<Department> {
  try {
    return await inTransaction(deps, async (tx, outbox) => {
      if (await repo.findDepartmentByCode(tx, body.code)) throw new AppError('department_code_taken');
      const now = deps.clock.now();
      const row = await repo.insertDepartment(tx, {
        id: deps.ids.uuid(),
        code: body.code,
        name: body.name,
        description: body.description ?? '',
        sortOrder: body.sortOrder ?? 0,
        createdAt: now,
        updatedAt: now,
      });
      await auditChange(tx, now, ctx, 'department.created', { type: 'department', id: row.id }, { code: row.code, name: row.name });
      outbox.add('department.created', { departmentId: row.id, code: row.code });
      return toDepartment(row);
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw new AppError('department_code_taken');
    throw err;
  }
}

/** Renames, re-describes or re-orders a department; audited as `department.updated`. */
export async function updateDepartment(deps: OrgDeps, ctx: ChangeContext, id: string, body: PatchDepartmentBody): Promise<Department> {
  return inTransaction(deps, async (tx, outbox) => {
    const before = await repo.findDepartmentById(tx, id);
    if (!before) throw new AppError('department_not_found');
    const changes = changedFields(before, body);
    const fields = Object.keys(changes);
    if (fields.length === 0) return toDepartment(before);
    const now = deps.clock.now();
    const row = await repo.updateDepartment(tx, id, { ...body, updatedAt: now });
    await auditChange(tx, now, ctx, 'department.updated', { type: 'department', id }, { changes });
    outbox.add('department.updated', { departmentId: id, fields });
    return toDepartment(row);
  });
}

/** Deletes a department that has no teams and no users (else 409 `department_not_empty`). */
export async function deleteDepartment(deps: DepartmentDeps, ctx: ChangeContext, id: string): Promise<void> {
  await inTransaction(deps, async (tx, outbox) => {
    const before = await repo.findDepartmentById(tx, id);
    if (!before) throw new AppError('department_not_found');
    const teams = await repo.countTeamsInDepartment(tx, id);
    const users = await deps.membership.countUsersInDepartment(tx, id);
    if (teams > 0 || users > 0) {
      throw new AppError('department_not_empty', `The department still has ${teams} team(s) and ${users} user(s)`, { teams, users });
    }
    await repo.deleteDepartment(tx, id).catch((err: unknown) => {
      throw isForeignKeyViolation(err) ? new AppError('department_not_empty') : err;
    });
    await auditChange(tx, deps.clock.now(), ctx, 'department.deleted', { type: 'department', id }, { code: before.code, name: before.name });
    outbox.add('department.deleted', { departmentId: id, code: before.code });
  });
}
