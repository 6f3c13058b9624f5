import { and, desc, eq, gte, lt, or, sql, type SQL } from 'drizzle-orm';
import type { Db, Tx } from '../../platform/db/database';
import { events } from './events.schema';

export interface TimelineFilter {
  types?: string[];
  from?: Date;
  to?: Date;
  before?: { at: Date; id: string };
  limit: number;
}

export interface TimelineRow {
  id: string;
  externalId: string;
  occurredAt: Date;
  type: string;
  storeId: string | null;
  amount: string | null;
  currency: string | null;
  properties: Record<string, unknown>;
}

/** A customer's events newest first, walking events_customer_time_idx (customer_id, occurred_at desc, id desc). */
export async function selectCustomerEvents(ex: Db | Tx, customerId: string, filter: TimelineFilter): Promise<TimelineRow[]> {
  const where: (SQL | undefined)[] = [eq(events.customerId, customerId)];
  if (filter.types) where.push(sql`${events.type} = any(${sql.param(filter.types)}::text[])`);
  if (filter.from) where.push(gte(events.occurredAt, filter.from));
  if (filter.to) where.push(lt(events.occurredAt, filter.to));
  if (filter.before) {
    const { at, id } = filter.before;
    where.push(or(lt(events.occurredAt, at), and(eq(events.occurredAt, at), lt(events.id, id))));
  }
  return ex
    .select({
      id: events.id,
      externalId: events.externalId,
      occurredAt: events.occurredAt,
      type: events.type,
      storeId: events.storeId,
      amount: sql<string | null>`${events.amount}::text`,
      currency: events.currency,
      properties: events.properties,
    })
    .from(events)
    .where(and(...where))
    .orderBy(desc(events.occurredAt), desc(events.id))
    .limit(filter.limit);
}
