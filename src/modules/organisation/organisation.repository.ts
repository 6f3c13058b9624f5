import { eq } from 'drizzle-orm';
import type { Db, Tx } from '../../platform/db/database';
import { organisation } from './organisation.schema';

type Executor = Db | Tx;
export type OrganisationRow = typeof organisation.$inferSelect;
export type OrganisationChanges = Partial<Pick<OrganisationRow, 'name' | 'timezone' | 'defaultLocale' | 'currency'>>;

const ROW_ID = 1;

/** Creates the single organisation row unless it exists; column defaults fill the rest. */
export async function insertOrganisationIfAbsent(ex: Executor, values: { name: string; updatedAt: Date } & OrganisationChanges): Promise<void> {
  await ex.insert(organisation).values({ ...values, id: ROW_ID }).onConflictDoNothing({ target: organisation.id });
}

/** The organisation row, or undefined before the first run. */
export async function findOrganisation(ex: Executor): Promise<OrganisationRow | undefined> {
  const [row] = await ex.select().from(organisation).where(eq(organisation.id, ROW_ID));
  return row;
}

/** Locks the organisation row for a read-modify-write. */
export async function findOrganisationForUpdate(ex: Executor): Promise<OrganisationRow | undefined> {
  const [row] = await ex.select().from(organisation).where(eq(organisation.id, ROW_ID)).for('update');
  return row;
}

export async function updateOrganisation(ex: Executor, changes: OrganisationChanges, updatedAt: Date): Promise<OrganisationRow> {
  const [row] = await ex.update(organisation).set({ ...changes, updatedAt }).where(eq(organisation.id, ROW_ID)).returning();
  return row!;
}
