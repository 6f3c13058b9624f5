import { AppError } from '../../platform/http/app-error';
import type { Db, Tx } from '../../platform/db/database';
import { inTransaction } from '../../platform/db/unit-of-work';
import type { CreateTeamBody, PatchTeamBody, Team } from './organisation.contracts';
import * as repo from './departments.repository';
import { toTeam, type DepartmentDeps } from './departments.service';
import { auditChange, changedFields, type ChangeContext, type OrgDeps } from './service-context';
import { isForeignKeyViolation } from '../../platform/db/db-errors';

async function requireDepartment(ex: Db | Tx, id: string): Promise<void> {
  if (!(await repo.findDepartmentById(ex, id))) throw new AppError('department_not_found');
}

/** Creates a team inside an existing department; audited as `team.created`. */
export async function createTeam(deps: OrgDeps, ctx: ChangeContext, body: CreateTeamBody): Promise<Team> {
  return inTransaction(deps, async (tx, outbox) => {
    await requireDepartment(tx, body.departmentId);
    const now = deps.clock.now();
    const row = await repo.insertTeam(tx, {
      id: deps.ids.uuid(),
      departmentId: body.departmentId,
      name: body.name,
      description: body.description ?? '',
      createdAt: now,
      updatedAt: now,
    });
    await auditChange(tx, now, ctx, 'team.created', { type: 'team', id: row.id }, { departmentId: row.departmentId, name: row.name });
    outbox.add('team.created', { teamId: row.id, departmentId: row.departmentId });
    return toTeam(row);
  });
}

/** Renames a team or moves it to another department; audited as `team.updated`. */
export async function updateTeam(deps: OrgDeps, ctx: ChangeContext, id: string, body: PatchTeamBody): Promise<Team> {
  return inTransaction(deps, async (tx, outbox) => {
    const before = await repo.findTeamById(tx, id);
    if (!before) throw new AppError('team_not_found');
    const changes = changedFields(before, body);
    const fields = Object.keys(changes);
    if (fields.length === 0) return toTeam(before);
    if (changes.departmentId) await requireDepartment(tx, body.departmentId!);
    const now = deps.clock.now();
    const row = await repo.updateTeam(tx, id, { ...body, updatedAt: now });
    await auditChange(tx, now, ctx, 'team.updated', { type: 'team', id }, { changes });
    outbox.add('team.updated', { teamId: id, departmentId: row.departmentId, fields });
    return toTeam(row);
  });
}

/** Deletes a team nobody belongs to (else 409 `team_not_empty`). */
export async function deleteTeam(deps: DepartmentDeps, ctx: ChangeContext, id: string): Promise<void> {
  await inTransaction(deps, async (tx, outbox) => {
    const before = await repo.findTeamById(tx, id);
    if (!before) throw new AppError('team_not_found');
    const users = await deps.membership.countUsersInTeam(tx, id);
    if (users > 0) throw new AppError('team_not_empty', `The team still has ${users} user(s)`, { users });
    await repo.deleteTeam(tx, id).catch((err: unknown) => {
      throw isForeignKeyViolation(err) ? new AppError('team_not_empty') : err;
    });
    await auditChange(tx, deps.clock.now(), ctx, 'team.deleted', { type: 'team', id }, { departmentId: before.departmentId, name: before.name });
    outbox.add('team.deleted', { teamId: id, departmentId: before.departmentId });
  });
}
