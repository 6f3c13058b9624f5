import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/helpers/test-app';
import { systemActor } from '../../platform/audit/audit.service';
import type { AppError } from '../../platform/http/app-error';
import { ensureDefaultStructure } from './default-structure';
import { createDepartment, deleteDepartment, listDepartments, type DepartmentDeps } from './departments.service';
import { membershipRepository } from './membership.repository';
import { getOrganisationSettings } from './organisation.service';
import { createStore, listStores, updateStore } from './stores.service';
import { createTeam, deleteTeam, updateTeam } from './teams.service';

let t: TestApp;
let deps: DepartmentDeps;
const ctx = { actor: systemActor, requestId: 'test-request' };

beforeAll(async () => {
  t = await createTestApp();
  deps = { ...t.deps, membership: membershipRepository };
});
afterAll(async () => t.close());

async function insertUser(email: string, at: { departmentId?: string; teamId?: string }): Promise<void> {
  const now = new Date().toISOString();
  await t.deps.database.query(
    `insert into users (id, email, name, password_hash, role, department_id, team_id, password_changed_at, created_at, updated_at)
     values ($1, $2, $3, 'x', 'agent', $4, $5, $6, $6, $6)`,
    [t.deps.ids.uuid(), email, email, at.departmentId ?? null, at.teamId ?? null, now],
  );
}

async function codeOf(promise: Promise<unknown>): Promise<string> {
  const err = (await promise.then(() => ({ code: 'resolved' }), (e: AppError) => e)) as { code: string };
  return err.code;
}

describe('ensureDefaultStructure', () => {
  it('creates the organisation and the three departments once, however often it runs', async () => {
    const first = await ensureDefaultStructure(t.deps, { organisationName: '星际网咖' });
    const second = await ensureDefaultStructure(t.deps);
    expect(first.createdDepartments).toEqual(['inquiries', 'violations', 'crm']);
    expect(second.createdDepartments).toEqual([]);
    const { items } = await listDepartments(t.deps);
    expect(items.map((d) => [d.code, d.name, d.sortOrder])).toEqual([
      ['inquiries', '咨询投诉与客户关怀', 1],
      ['violations', '游戏违规处理', 2],
      ['crm', '客户关系管理与数据分析', 3],
    ]);
    expect((await getOrganisationSettings(t.deps)).name).toBe('星际网咖');
    const audited = await t.deps.database.query<{ n: number }>(
      `select count(*)::int as n from audit_log where action = 'department.created' and actor_type = 'system'`,
    );
    expect(audited[0]!.n).toBe(3);
  });
});

describe('membership rules', () => {
  it('refuses to delete a team with users, and a department whose team has users', async () => {
    const dept = await createDepartment(deps, ctx, { code: 'vip-care', name: 'VIP care' });
    const team = await createTeam(deps, ctx, { departmentId: dept.id, name: 'Night shift' });
    await insertUser('agent.night@example.com', { teamId: team.id });
    expect(await membershipRepository.countUsersInTeam(t.deps.database.db, team.id)).toBe(1);
    expect(await membershipRepository.countUsersInDepartment(t.deps.database.db, dept.id)).toBe(1);
    expect(await codeOf(deleteTeam(deps, ctx, team.id))).toBe('team_not_empty');
    await t.deps.database.query(`update users set team_id = null where email = 'agent.night@example.com'`);
    await deleteTeam(deps, ctx, team.id);
    await deleteDepartment(deps, ctx, dept.id);
    expect((await listDepartments(t.deps)).items.some((d) => d.id === dept.id)).toBe(false);
  });

  it('refuses to delete a department that users belong to directly, without any team', async () => {
    const dept = await createDepartment(deps, ctx, { code: 'research', name: 'Research' });
    await insertUser('analyst@example.com', { departmentId: dept.id });
    expect(await codeOf(deleteDepartment(deps, ctx, dept.id))).toBe('department_not_empty');
  });

  it('moves a team to another department and refuses an unknown one', async () => {
    const a = await createDepartment(deps, ctx, { code: 'dept-a', name: 'A' });
    const b = await createDepartment(deps, ctx, { code: 'dept-b', name: 'B' });
    const team = await createTeam(deps, ctx, { departmentId: a.id, name: 'Movers' });
    expect((await updateTeam(deps, ctx, team.id, { departmentId: b.id })).departmentId).toBe(b.id);
    expect(await codeOf(updateTeam(deps, ctx, team.id, { departmentId: t.deps.ids.uuid() }))).toBe('department_not_found');
    expect(await codeOf(createTeam(deps, ctx, { departmentId: t.deps.ids.uuid(), name: 'Orphans' }))).toBe('department_not_found');
  });
});

describe('stores service', () => {
  it('answers store_code_taken to the loser of two simultaneous creates with the same code', async () => {
    const results = await Promise.allSettled([
      createStore(t.deps, ctx, { code: 'RACE-1', name: 'One' }),
      createStore(t.deps, ctx, { code: 'RACE-1', name: 'Two' }),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const rejected = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect(rejected.reason.code).toBe('store_code_taken');
  });

  it('treats % and _ in the search text literally', async () => {
    await createStore(t.deps, ctx, { code: 'PCT_1', name: '100% fun' });
    await createStore(t.deps, ctx, { code: 'PLAIN', name: 'Plain' });
    const pct = await listStores(t.deps, { q: '%' });
    expect(pct.items.map((s) => s.code)).toEqual(['PCT_1']);
    const underscore = await listStores(t.deps, { q: 'T_' });
    expect(underscore.items.map((s) => s.code)).toEqual(['PCT_1']);
  });

  it('publishes store.created and store.updated after commit, and nothing for a refused change', async () => {
    const seen: string[] = [];
    const offCreated = t.deps.bus.subscribe('store.created', (e) => void seen.push(`created:${e.payload.code}`));
    const offUpdated = t.deps.bus.subscribe('store.updated', () => void seen.push('updated'));
    try {
      const store = await createStore(t.deps, ctx, { code: 'EVT-1', name: 'Events' });
      await updateStore(t.deps, ctx, store.id, { city: 'Chengdu' });
      await codeOf(createStore(t.deps, ctx, { code: 'EVT-1', name: 'Again' }));
      await vi.waitFor(() => expect(seen).toEqual(['created:EVT-1', 'updated']));
      await new Promise((r) => setTimeout(r, 100));
      expect(seen).toEqual(['created:EVT-1', 'updated']);
    } finally {
      offCreated();
      offUpdated();
    }
  });

  it('records only the fields that really changed, and no update when nothing did', async () => {
    const store = await createStore(t.deps, ctx, { code: 'DIFF-1', name: 'Diff', city: 'Xi’an' });
    await updateStore(t.deps, ctx, store.id, { city: 'Xi’an', phone: '029-123' });
    await updateStore(t.deps, ctx, store.id, { phone: '029-123' });
    const rows = await t.deps.database.query<{ details: { changes: Record<string, unknown> } }>(
      `select details from audit_log where action = 'store.updated' and target_id = $1`,
      [store.id],
    );
    expect(rows.map((r) => r.details.changes)).toEqual([{ phone: { from: '', to: '029-123' } }]);
  });
});
