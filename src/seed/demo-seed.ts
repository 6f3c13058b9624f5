import type { AppDeps } from '../app';
import { systemContext } from '../platform/audit/audit.service';
import { AppError } from '../platform/http/app-error';
import { createUser } from '../platform/auth/users.service';
import { findCredentialsByEmail } from '../platform/auth/users.repository';
import { updateOrganisationSettings } from '../modules/organisation/organisation.service';
import { createStore, listStores } from '../modules/organisation/stores.service';
import { listDepartments } from '../modules/organisation/departments.service';
import { createTeam } from '../modules/organisation/teams.service';
import { DEMO_PASSWORD, demoOrganisation, demoStaff, demoStores, demoTeams } from './demo-data';

/** Adds the demo chain: settings, stores, teams and staff. Re-running skips what exists. */
export async function seedDemo(deps: AppDeps): Promise<void> {
  await updateOrganisationSettings(deps, systemContext, demoOrganisation);
  const storeIds = await seedStores(deps);
  const teamIds = await seedTeams(deps);
  const departments = new Map((await listDepartments(deps)).items.map((d) => [d.code, d.id]));
  const userIds = new Map<string, string>();
  for (const person of demoStaff()) {
    const existing = await findCredentialsByEmail(deps.database.db, person.email);
    if (existing) {
      userIds.set(person.key, existing.id);
      continue;
    }
    const user = await createUser(
      deps,
      {
        email: person.email,
        name: person.name,
        role: person.role,
        password: DEMO_PASSWORD,
        locale: person.locale,
        departmentId: person.department ? departments.get(person.department) : null,
        teamId: person.team ? teamIds.get(person.team) : null,
        storeId: person.store ? storeIds.get(person.store) : null,
        managerId: person.reportsTo ? userIds.get(person.reportsTo) : null,
      },
      systemContext,
    );
    userIds.set(person.key, user.id);
  }
}

async function seedStores(deps: AppDeps): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (const store of demoStores) {
    try {
      ids.set(store.code, (await createStore(deps, systemContext, store)).id);
    } catch (err) {
      if (!(err instanceof AppError && err.code === 'store_code_taken')) throw err;
      const found = (await listStores(deps, { q: store.code, limit: 10 })).items.find((s) => s.code === store.code);
      if (found) ids.set(store.code, found.id);
    }
  }
  return ids;
}

async function seedTeams(deps: AppDeps): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  const departments = (await listDepartments(deps)).items;
  for (const team of demoTeams) {
    const department = departments.find((d) => d.code === team.department);
    if (!department) continue;
    const existing = department.teams.find((t) => t.name === team.name);
    const id = existing?.id ?? (await createTeam(deps, systemContext, { departmentId: department.id, name: team.name, description: team.description })).id;
    ids.set(team.name, id);
  }
  return ids;
}
