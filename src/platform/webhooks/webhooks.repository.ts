import { and, arrayContains, desc, eq, inArray, isNull, lte, or, sql } from 'drizzle-orm';
import type { Db, Tx } from '../db/database';
import { webhookDeliveries as d, webhookEndpoints as e } from './webhooks.schema';

export type EndpointRow = typeof e.$inferSelect;
export type DeliveryRow = typeof d.$inferSelect;
type Executor = Db | Tx;

export async function insertEndpoint(ex: Executor, row: typeof e.$inferInsert): Promise<EndpointRow> {
  const [created] = await ex.insert(e).values(row).returning();
  return created!;
}

export async function findEndpoint(ex: Executor, id: string): Promise<EndpointRow | undefined> {
  const [row] = await ex.select().from(e).where(eq(e.id, id));
  return row;
}

export function listEndpoints(ex: Executor): Promise<EndpointRow[]> {
  return ex.select().from(e).orderBy(e.createdAt);
}

export async function updateEndpoint(ex: Executor, id: string, changes: Partial<typeof e.$inferInsert>): Promise<EndpointRow | undefined> {
  const [row] = await ex.update(e).set(changes).where(eq(e.id, id)).returning();
  return row;
}

/** Active endpoints subscribed to `event` (or to every event, `*`). */
export function subscribers(ex: Executor, event: string): Promise<EndpointRow[]> {
  return ex.select().from(e).where(and(eq(e.active, true), or(arrayContains(e.events, [event]), arrayContains(e.events, ['*']))));
}

export async function insertDeliveries(ex: Executor, rows: (typeof d.$inferInsert)[]): Promise<void> {
  if (rows.length > 0) await ex.insert(d).values(rows);
}

/**
 * Claims up to `limit` due deliveries: each gets its attempt counted and a lease (its next
 * attempt pushed to `leaseUntil`), so a second runner skips it and a crash retries it later.
 */
export async function claimDue(ex: Executor, now: Date, leaseUntil: Date, limit: number): Promise<(DeliveryRow & { url: string; secret: string })[]> {
  const due = ex
    .select({ id: d.id })
    .from(d)
    .where(and(isNull(d.deliveredAt), isNull(d.failedAt), lte(d.nextAttemptAt, now)))
    .orderBy(d.nextAttemptAt)
    .limit(limit)
    .for('update', { skipLocked: true });
  const claimed = await ex
    .update(d)
    .set({ attempts: sql`${d.attempts} + 1`, nextAttemptAt: leaseUntil })
    .where(inArray(d.id, due))
    .returning();
  if (claimed.length === 0) return [];
  const endpoints = await ex.select({ id: e.id, url: e.url, secret: e.secret }).from(e).where(inArray(e.id, [...new Set(claimed.map((c) => c.endpointId))]));
  const byId = new Map(endpoints.map((x) => [x.id, x]));
  return claimed.map((c) => ({ ...c, url: byId.get(c.endpointId)!.url, secret: byId.get(c.endpointId)!.secret }));
}

export async function markDelivery(ex: Executor, id: string, changes: Partial<typeof d.$inferInsert>): Promise<void> {
  await ex.update(d).set(changes).where(eq(d.id, id));
}

export function recentDeliveries(ex: Executor, endpointId: string, limit: number): Promise<DeliveryRow[]> {
  return ex.select().from(d).where(eq(d.endpointId, endpointId)).orderBy(desc(d.createdAt)).limit(limit);
}
