import type { AppDeps } from '../app';
import { seedDemoDesk } from './demo-desk';
import { systemContext } from '../platform/audit/audit.service';
import { AppError } from '../platform/http/app-error';
import { createUser } from '../platform/auth/users.service';
import { findCredentialsByEmail } from '../platform/auth/users.repository';
import { updateOrganisationSettings } from '../modules/organisation/organisation.service';
import { createStore, listStores } from '../modules/organisation/stores.service';
import { listDepartments } from '../modules/organisation/departments.service';
import { createTeam } from '../modules/organisation/teams.service';
import { resolveCustomers, type IdentityRef, type ResolveEntry } from '../modules/customers/customer-resolver';
import { findIdentities } from '../modules/customers/customers.repository';
import { setProfiles, type ProfileRow } from '../modules/customers/profile-bulk.repository';
import { ingestEvents, MAX_EVENTS_PER_BATCH } from '../modules/events/ingest.service';
import { DEMO_PASSWORD, demoOrganisation, demoStaff, demoStores, demoTeams } from './demo-data';
import { generateDemoCustomers, type DemoCustomer } from './demo-customers';
import { seedDemoCafe } from './demo-cafe';

/** Adds the demo chain: settings, stores, teams, staff, customers and a year of their events. Re-running skips what exists. */
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
  await seedDemoCustomers(deps, storeIds);
  await seedDemoCafe(deps, storeIds);
  await seedDemoDesk(deps, departments, userIds);
}

function identitiesOf(c: DemoCustomer): IdentityRef[] {
  const ids: IdentityRef[] = [{ type: 'phone', value: c.phone }];
  if (c.email) ids.push({ type: 'email', value: c.email });
  if (c.gameAccount) {
    const { id, server, roleName, level } = c.gameAccount;
    ids.push({ type: 'game_account', value: id, attrs: { server, roleName, level } });
  }
  if (c.memberCard) ids.push({ type: 'member_card', value: c.memberCard });
  return ids;
}

/**
 * The demo customers (see demo-customers.ts): created through the customer resolver from
 * their identities (so search by phone, game account or card finds them), profiles filled in
 * one statement, then their events sent through ingestEvents in batches so the aggregates
 * (spend, visits, last seen…) are maintained as for real traffic. Skipped when they exist.
 */
export async function seedDemoCustomers(deps: AppDeps, storeIds: Map<string, string>): Promise<{ customers: number; events: number }> {
  const now = deps.clock.now();
  const { customers, events } = generateDemoCustomers({ now, storeIds: Object.fromEntries(storeIds) });
  const first = customers[0];
  if (!first || storeIds.size < demoStores.length) return { customers: 0, events: 0 };
  const taken = await findIdentities(deps.database.db, [{ type: 'phone', value: first.phone }]);
  if (taken.length > 0) return { customers: 0, events: 0 };

  const entries: ResolveEntry[] = customers.map((c) => ({ identities: identitiesOf(c) }));
  const names = new Map(entries.map((e, i) => [e, customers[i]!.displayName]));
  await deps.database.db.transaction(async (tx) => {
    const resolved = await resolveCustomers(tx, entries, { createUnknown: true, source: 'demo', now, newId: () => deps.ids.uuid(), displayName: (e) => names.get(e) ?? '' });
    const rows = resolved.map((r, i): ProfileRow => {
      const c = customers[i]!;
      if (!r.ok) throw new Error(`demo customer ${c.key}: ${r.reason}`);
      const { realName, gender, birthday, city, region, source, registeredAt, tags, consent, interests } = c;
      const homeStoreId = c.homeStore ? (storeIds.get(c.homeStore) ?? null) : null;
      return { id: r.customerId, realName, gender, birthday, city, region, source, registeredAt, homeStoreId, tags, consent, interests, preferredLocale: 'zh-CN' };
    });
    await setProfiles(tx, rows);
  });
  let stored = 0;
  for (let i = 0; i < events.length; i += MAX_EVENTS_PER_BATCH) {
    const result = await ingestEvents(deps, events.slice(i, i + MAX_EVENTS_PER_BATCH), { source: 'demo', createUnknownCustomers: false });
    if (result.rejected > 0) throw new Error(`demo events rejected: ${JSON.stringify(result.errors.slice(0, 3))}`);
    stored += result.accepted;
  }
  return { customers: customers.length, events: stored };
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
