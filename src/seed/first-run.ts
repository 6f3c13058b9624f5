import type { AppDeps } from '../app';
import { ensureDefaultStructure } from '../modules/organisation/default-structure';
import { listUsers } from '../platform/auth/users.service';
import { findCredentialsByEmail } from '../platform/auth/users.repository';
import { verifyPassword } from '../platform/auth/password';
import { DEMO_ADMIN_EMAIL, DEMO_PASSWORD, demoOrganisation } from './demo-data';
import { seedDemo } from './demo-seed';

export interface DemoLogin {
  email: string;
  password: string;
}

/**
 * Runs at every start: makes sure the organisation and default departments exist, and on
 * the first run (no staff yet) seeds the demo chain when `demo` is set.
 */
export async function onFirstRun(deps: AppDeps, options: { demo: boolean; force?: boolean }): Promise<void> {
  const firstRun = (await listUsers(deps, {}, 1)).items.length === 0;
  await ensureDefaultStructure(deps, { organisationName: options.demo && firstRun ? demoOrganisation.name : undefined });
  if (options.demo && (firstRun || options.force)) await seedDemo(deps);
  if (firstRun && !options.demo) {
    console.log('No staff users yet: create one with `npx guildhall create-admin --email … --name … --password …`.');
  }
}

/** The demo admin's login while it still has the demo password, so the start banner can print it. */
export async function demoLogin(deps: AppDeps): Promise<DemoLogin | undefined> {
  const admin = await findCredentialsByEmail(deps.database.db, DEMO_ADMIN_EMAIL);
  if (admin?.active && (await verifyPassword(admin.passwordHash, DEMO_PASSWORD))) {
    return { email: DEMO_ADMIN_EMAIL, password: DEMO_PASSWORD };
  }
  return undefined;
}
