import { and, asc, desc, eq, inArray, ne, sql } from 'drizzle-orm';
import { prepared } from '../../platform/db/prepared';
import type { Db, Tx } from '../../platform/db/database';
import { customerHistory, customerIdentities, customers } from './customers.schema';

type Executor = Db | Tx;
export type CustomerRow = typeof customers.$inferSelect;
export type NewCustomerRow = typeof customers.$inferInsert;
export type CustomerChanges = Partial<Omit<NewCustomerRow, 'id' | 'createdAt'>>;
export type IdentityRow = typeof customerIdentities.$inferSelect;
export type NewIdentityRow = typeof customerIdentities.$inferInsert;
export type HistoryRow = typeof customerHistory.$inferSelect;

export async function findCustomerById(ex: Executor, id: string): Promise<CustomerRow | undefined> {
  const query = prepared(ex, 'customer_by_id', (d) => d.select().from(customers).where(eq(customers.id, sql.placeholder('id'))));
  const [row] = await query.execute({ id });
  return row;
}

/** Display names of these customers, one query (ids not found are left out). */
export async function displayNamesOf(ex: Executor, ids: string[]): Promise<{ id: string; displayName: string }[]> {
  if (ids.length === 0) return [];
  return ex.select({ id: customers.id, displayName: customers.displayName }).from(customers).where(inArray(customers.id, ids));
}

/** These customers' rows, one query (ids not found are left out). */
export async function findCustomersByIds(ex: Executor, ids: string[]): Promise<CustomerRow[]> {
  if (ids.length === 0) return [];
  return ex.select().from(customers).where(inArray(customers.id, ids));
}

/** The customer row locked for an update in the caller's transaction. */
export async function lockCustomer(ex: Executor, id: string): Promise<CustomerRow | undefined> {
  const [row] = await ex.select().from(customers).where(eq(customers.id, id)).for('update');
  return row;
}

export async function insertCustomer(ex: Executor, row: NewCustomerRow): Promise<CustomerRow> {
  const [created] = await ex.insert(customers).values(row).returning();
  return created!;
}

export async function updateCustomer(ex: Executor, id: string, changes: CustomerChanges): Promise<CustomerRow> {
  const [row] = await ex.update(customers).set(changes).where(eq(customers.id, id)).returning();
  return row!;
}

/** Identities of the given customers, primary first then oldest first; `types` narrows them (e.g. contacts). */
export async function identitiesOf(ex: Executor, customerIds: string[], types?: string[]): Promise<IdentityRow[]> {
  if (customerIds.length === 0) return [];
  const ci = customerIdentities;
  const query = prepared(ex, types ? 'identities_of_types' : 'identities_of', (d) =>
    d
      .select()
      .from(ci)
      .where(
        and(
          sql`${ci.customerId} = any(${sql.placeholder('ids')}::uuid[])`,
          types ? sql`${ci.type} = any(${sql.placeholder('types')}::text[])` : undefined,
        ),
      )
      .orderBy(asc(ci.type), desc(ci.isPrimary), asc(ci.createdAt), asc(ci.id)),
  );
  return query.execute(types ? { ids: customerIds, types } : { ids: customerIds });
}

/** Which of these (type, value) pairs already belong to someone, with the owner. */
export async function findIdentities(ex: Executor, keys: { type: string; value: string }[]): Promise<IdentityRow[]> {
  if (keys.length === 0) return [];
  return ex
    .select()
    .from(customerIdentities)
    .where(
      sql`(${customerIdentities.type}, ${customerIdentities.value}) in (select * from unnest(${sql.param(keys.map((k) => k.type))}::text[], ${sql.param(keys.map((k) => k.value))}::text[]))`,
    );
}

export async function findIdentity(ex: Executor, customerId: string, identityId: string): Promise<IdentityRow | undefined> {
  const [row] = await ex
    .select()
    .from(customerIdentities)
    .where(and(eq(customerIdentities.id, identityId), eq(customerIdentities.customerId, customerId)));
  return row;
}

export async function insertIdentities(ex: Executor, rows: NewIdentityRow[]): Promise<IdentityRow[]> {
  if (rows.length === 0) return [];
  return ex.insert(customerIdentities).values(rows).returning();
}

export async function deleteIdentity(ex: Executor, identityId: string): Promise<void> {
  await ex.delete(customerIdentities).where(eq(customerIdentities.id, identityId));
}

/** Makes `keepId` the only primary identity of its type for the customer. */
export async function setPrimaryIdentity(ex: Executor, customerId: string, type: string, keepId: string): Promise<void> {
  await ex
    .update(customerIdentities)
    .set({ isPrimary: sql`${customerIdentities.id} = ${keepId}` })
    .where(and(eq(customerIdentities.customerId, customerId), eq(customerIdentities.type, type)));
}

/** The oldest remaining identity of a type becomes primary when the primary one is removed. */
export async function promoteOldestIdentity(ex: Executor, customerId: string, type: string, removedId: string): Promise<void> {
  const [next] = await ex
    .select({ id: customerIdentities.id })
    .from(customerIdentities)
    .where(and(eq(customerIdentities.customerId, customerId), eq(customerIdentities.type, type), ne(customerIdentities.id, removedId)))
    .orderBy(asc(customerIdentities.createdAt), asc(customerIdentities.id))
    .limit(1);
  if (next) await ex.update(customerIdentities).set({ isPrimary: true }).where(eq(customerIdentities.id, next.id));
}

export async function insertHistory(ex: Executor, row: typeof customerHistory.$inferInsert): Promise<void> {
  await ex.insert(customerHistory).values(row);
}

/** All of a customer's history, oldest first (data-subject export). */
export async function historyOf(ex: Executor, customerId: string): Promise<HistoryRow[]> {
  return ex.select().from(customerHistory).where(eq(customerHistory.customerId, customerId)).orderBy(asc(customerHistory.at), asc(customerHistory.id));
}
