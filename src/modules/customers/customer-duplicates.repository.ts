import { sql } from 'drizzle-orm';
import type { Tx } from '../../platform/db/database';
import type { CustomerRow } from './customers.repository';
import { rowsOf } from './identities.repository';

/** The similarity (pg_trgm) from which two names count as similar. */
export const SIMILAR_NAME = 0.5;

export interface DuplicateCandidate {
  id: string;
  displaySimilarity: number;
  realSimilarity: number;
  sameRealName: boolean;
  sameBirthday: boolean;
  sameHomeStore: boolean;
  sameCity: boolean;
}

/**
 * Other active customers whose display or real name is similar to the customer's (`%` on the
 * trigram GIN indexes, threshold raised to SIMILAR_NAME for this transaction, so a shared
 * surname alone does not make a candidate) and who share a signal: similar display name with
 * the same birthday, home store, city or real name; similar real name with the same birthday,
 * home store or city. (A same real name alone is not enough: 张伟 is shared by many people.)
 */
export async function findDuplicateCandidates(tx: Tx, c: CustomerRow, limit: number): Promise<DuplicateCandidate[]> {
  await tx.execute(sql`select set_config('pg_trgm.similarity_threshold', ${String(SIMILAR_NAME)}, true)`);
  const rows = await rowsOf<Record<string, unknown>>(
    tx,
    sql`with k as (
          select id, similarity(display_name, ${c.displayName})::float8 as dn,
            coalesce(similarity(real_name, ${c.realName}), 0)::float8 as rn,
            coalesce(real_name = ${c.realName}, false) as same_real,
            coalesce(birthday = ${c.birthday}::date, false) as same_birthday,
            coalesce(home_store_id = ${c.homeStoreId}::uuid, false) as same_store,
            (city <> '' and city = ${c.city}) as same_city
          from customers
          where (display_name % ${c.displayName} or real_name % ${c.realName}) and status = 'active' and id <> ${c.id}::uuid)
        select * from k
        where (dn >= ${SIMILAR_NAME} and (same_real or same_birthday or same_store or same_city))
           or (rn >= ${SIMILAR_NAME} and (same_birthday or same_store or same_city))
        order by greatest(dn, rn) desc, id
        limit ${limit}`,
  );
  return rows.map((r) => ({
    id: String(r.id),
    displaySimilarity: Number(r.dn),
    realSimilarity: Number(r.rn),
    sameRealName: r.same_real === true,
    sameBirthday: r.same_birthday === true,
    sameHomeStore: r.same_store === true,
    sameCity: r.same_city === true,
  }));
}
