import { and, asc, desc, eq, ilike, or, sql, type SQL } from 'drizzle-orm';
import type { Db, Tx } from '../../platform/db/database';
import { customerStats } from '../events/events.schema';
import type { CustomerSort } from './customers.contracts';
import { customerIdentities, customers } from './customers.schema';
import type { CustomerRow } from './customers.repository';
import type { SummaryStatsRow } from './customer-view';

type Executor = Db | Tx;
const c = customers;
const s = customerStats;

/** A customer with the stats a summary shows (customer_stats belongs to the events module; read here, never written). */
export interface ListRow extends SummaryStatsRow {
  customer: CustomerRow;
}

export interface ListFilter {
  /** Part of a display or real name, or an exact identity. */
  q?: { text: string; identities: { type: string; value: string }[] };
  tag?: string;
  storeId?: string;
  source?: string;
  minSpend?: number;
  maxSpend?: number;
  lastSeenFrom?: Date;
  lastSeenTo?: Date;
  consent?: string;
  /** Custom values the profile must contain, already typed: `custom @> {...}` (GIN index). */
  custom?: Record<string, unknown>;
  sort: CustomerSort;
  /** Position after the previous page: its sort key (null for a missing lastSeenAt) and id. */
  after?: { k: string | null; id: string };
  limit: number;
}

/** The columns of a list row: the customer and the stats a summary shows. */
export const summaryColumns = {
  customer: c,
  totalSpend: sql<string | null>`${s.totalSpend}::text`,
  lastSeenAt: s.lastSeenAt,
  visitCount: s.visitCount,
};

/** `%`, `_` and `\` typed by a user are literal text, not LIKE wildcards. */
function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
}

const spend = sql`coalesce(${s.totalSpend}, 0)`;
// Stats times may carry microseconds; cursors carry milliseconds.
const lastSeen = sql`date_trunc('milliseconds', ${s.lastSeenAt})`;

function sortOrder(sort: CustomerSort): SQL[] {
  switch (sort) {
    case 'createdAt':
      return [asc(c.createdAt), asc(c.id)];
    case '-createdAt':
      return [desc(c.createdAt), desc(c.id)];
    case 'displayName':
      return [asc(c.displayName), asc(c.id)];
    case '-totalSpend':
      return [sql`${spend} desc`, desc(c.id)];
    case '-lastSeenAt':
      return [sql`${lastSeen} desc nulls last`, desc(c.id)];
  }
}

function afterCondition(sort: CustomerSort, after: { k: string | null; id: string }): SQL {
  const id = sql`${after.id}::uuid`;
  switch (sort) {
    case 'createdAt':
      return sql`(${c.createdAt}, ${c.id}) > (${after.k}::timestamptz, ${id})`;
    case '-createdAt':
      return sql`(${c.createdAt}, ${c.id}) < (${after.k}::timestamptz, ${id})`;
    case 'displayName':
      return sql`(${c.displayName}, ${c.id}) > (${after.k}, ${id})`;
    case '-totalSpend':
      return sql`(${spend}, ${c.id}) < (${after.k}::numeric, ${id})`;
    case '-lastSeenAt':
      return after.k === null
        ? sql`${s.lastSeenAt} is null and ${c.id} < ${id}`
        : sql`(${s.lastSeenAt} is null or (${lastSeen}, ${c.id}) < (${after.k}::timestamptz, ${id}))`;
  }
}

/** The sort key of a row, as its cursor carries it. */
export function sortKey(sort: CustomerSort, row: ListRow): string | null {
  switch (sort) {
    case 'createdAt':
    case '-createdAt':
      return row.customer.createdAt.toISOString();
    case 'displayName':
      return row.customer.displayName;
    case '-totalSpend':
      return row.totalSpend ?? '0.00';
    case '-lastSeenAt':
      return row.lastSeenAt ? row.lastSeenAt.toISOString() : null;
  }
}

export type ListConditions = Omit<ListFilter, 'sort' | 'after' | 'limit'>;

/** The where-conditions of a filter: active customers only. */
function filterConditions(filter: ListConditions): (SQL | undefined)[] {
  const where: (SQL | undefined)[] = [eq(c.status, 'active')];
  if (filter.q) {
    const p = containsPattern(filter.q.text);
    const ids = filter.q.identities;
    where.push(
      or(
        ilike(c.displayName, p),
        ilike(c.realName, p),
        ids.length === 0
          ? undefined
          : sql`${c.id} in (select ${customerIdentities.customerId} from ${customerIdentities} where (${customerIdentities.type}, ${customerIdentities.value})
              in (select * from unnest(${sql.param(ids.map((i) => i.type))}::text[], ${sql.param(ids.map((i) => i.value))}::text[])))`,
      ),
    );
  }
  if (filter.tag) where.push(sql`${c.tags} @> ${sql.param([filter.tag])}::text[]`);
  if (filter.storeId) where.push(eq(c.homeStoreId, filter.storeId));
  if (filter.source) where.push(eq(c.source, filter.source));
  if (filter.minSpend !== undefined) where.push(sql`${spend} >= ${String(filter.minSpend)}::numeric`);
  if (filter.maxSpend !== undefined) where.push(sql`${spend} <= ${String(filter.maxSpend)}::numeric`);
  if (filter.lastSeenFrom) where.push(sql`${s.lastSeenAt} >= ${filter.lastSeenFrom.toISOString()}::timestamptz`);
  if (filter.lastSeenTo) where.push(sql`${s.lastSeenAt} < ${filter.lastSeenTo.toISOString()}::timestamptz`);
  if (filter.consent) where.push(sql`${c.consent} -> ${filter.consent} ->> 'granted' = 'true'`);
  if (filter.custom && Object.keys(filter.custom).length > 0) where.push(sql`${c.custom} @> ${JSON.stringify(filter.custom)}::jsonb`);
  return where;
}

/** Active customers matching the filter in sort order, `limit + 1` rows so the caller can tell a next page exists. */
export async function listCustomerRows(ex: Executor, filter: ListFilter): Promise<ListRow[]> {
  const where = filterConditions(filter);
  if (filter.after) where.push(afterCondition(filter.sort, filter.after));
  return ex
    .select(summaryColumns)
    .from(c)
    .leftJoin(s, eq(s.customerId, c.id))
    .where(and(...where))
    .orderBy(...sortOrder(filter.sort))
    .limit(filter.limit + 1);
}

/** How many active customers match the filter. */
export async function countCustomerRows(ex: Executor, filter: ListConditions): Promise<number> {
  const [row] = await ex
    .select({ n: sql<number>`count(*)::int` })
    .from(c)
    .leftJoin(s, eq(s.customerId, c.id))
    .where(and(...filterConditions(filter)));
  return Number(row?.n ?? 0);
}
