import { sql } from 'drizzle-orm';
import type { Tx } from '../../platform/db/database';
import { counted } from './customer-merge.repository';
import { rowsOf } from './identities.repository';

const ids = (customerIds: string[]) => sql`${sql.param(customerIds)}::uuid[]`;

/** The profiles merged into this one, directly or through a chain: they still hold the personal data they had. */
export async function mergedInto(tx: Tx, customerId: string): Promise<string[]> {
  const rows = await rowsOf<{ id: string }>(
    tx,
    sql`with recursive merged as (
          select id from customers where merged_into = ${customerId}::uuid
          union select c.id from customers c join merged m on c.merged_into = m.id)
        select id from merged`,
  );
  return rows.map((r) => r.id);
}

/** Clears every personal profile field of these customers and gives each a neutral name. */
export async function anonymiseProfiles(tx: Tx, customerIds: string[], now: Date): Promise<void> {
  await tx.execute(sql`
    update customers set display_name = '已删除客户 / Erased customer ' || left(id::text, 8),
      real_name = null, gender = null, birthday = null, region = '', city = '', preferred_locale = null,
      interests = '{}'::jsonb, custom = '{}'::jsonb, consent = '{}'::jsonb, tags = '{}'::text[], updated_at = ${now.toISOString()}::timestamptz
    where id = any(${ids(customerIds)})`);
}

/** Deletes the identities (so the same phone, email or account can be registered again). */
export function deleteIdentities(tx: Tx, customerIds: string[]): Promise<number> {
  return counted(tx, sql`delete from customer_identities where customer_id = any(${ids(customerIds)})`);
}

export function deleteNotes(tx: Tx, customerIds: string[]): Promise<number> {
  return counted(tx, sql`delete from customer_notes where customer_id = any(${ids(customerIds)})`);
}

/** Keeps the history entries (what happened, when, by whom) without the values. */
export function clearHistoryValues(tx: Tx, customerIds: string[]): Promise<number> {
  return counted(tx, sql`update customer_history set changes = '{}'::jsonb where customer_id = any(${ids(customerIds)})`);
}
