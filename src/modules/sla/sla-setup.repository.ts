import { asc, eq, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../platform/db/database';
import type { BusinessCalendar } from './rules/business-calendar';
import type { PolicyRule } from './rules/sla-policy';
import { businessCalendars, slaPolicies } from './sla.schema';

type Executor = Db | Tx;
export type CalendarRow = typeof businessCalendars.$inferSelect;
export type NewCalendarRow = typeof businessCalendars.$inferInsert;
export type PolicyRow = typeof slaPolicies.$inferSelect;
export type NewPolicyRow = typeof slaPolicies.$inferInsert;

/** The calendar as the business-time rules use it. */
export const calendarOf = (row: CalendarRow): BusinessCalendar => ({ timeZone: row.timeZone, weeklyHours: row.weeklyHours, holidays: row.holidays, is24x7: row.is24x7 });

/** The policy as the selection rule uses it. */
export const ruleOf = (row: PolicyRow): PolicyRule => ({
  id: row.id,
  channel: row.channel,
  priority: row.priority,
  tierCode: row.tierCode,
  calendarId: row.calendarId,
  warnAtPct: row.warnAtPct,
  targets: { firstResponse: row.firstResponseS, nextResponse: row.nextResponseS, resolution: row.resolutionS },
});

export const listCalendars = (ex: Executor) => ex.select().from(businessCalendars).orderBy(asc(businessCalendars.createdAt), asc(businessCalendars.id));

export async function findCalendar(ex: Executor, id: string): Promise<CalendarRow | undefined> {
  const [row] = await ex.select().from(businessCalendars).where(eq(businessCalendars.id, id));
  return row;
}

export async function defaultCalendar(ex: Executor): Promise<CalendarRow | undefined> {
  const [row] = await ex.select().from(businessCalendars).where(eq(businessCalendars.isDefault, true));
  return row;
}

export async function insertCalendar(tx: Tx, row: NewCalendarRow): Promise<CalendarRow> {
  const [created] = await tx.insert(businessCalendars).values(row).returning();
  return created!;
}

export async function updateCalendar(tx: Tx, id: string, changes: Partial<NewCalendarRow>): Promise<CalendarRow | undefined> {
  const [row] = await tx.update(businessCalendars).set(changes).where(eq(businessCalendars.id, id)).returning();
  return row;
}

/** Makes `id` the only default calendar. */
export async function clearDefaultExcept(tx: Tx, id: string): Promise<void> {
  await tx.update(businessCalendars).set({ isDefault: false }).where(sql`${businessCalendars.isDefault} and ${businessCalendars.id} <> ${id}`);
}

export async function deleteCalendar(tx: Tx, id: string): Promise<void> {
  await tx.delete(businessCalendars).where(eq(businessCalendars.id, id));
}

export async function policiesUsingCalendar(ex: Executor, id: string): Promise<number> {
  const [row] = await ex.select({ n: sql<number>`count(*)::int` }).from(slaPolicies).where(eq(slaPolicies.calendarId, id));
  return Number(row?.n ?? 0);
}

export const listPolicies = (ex: Executor) =>
  ex.select().from(slaPolicies).orderBy(sql`${slaPolicies.tierCode} nulls first`, asc(slaPolicies.channel), asc(slaPolicies.priority), asc(slaPolicies.id));

export async function findPolicy(ex: Executor, id: string): Promise<PolicyRow | undefined> {
  const [row] = await ex.select().from(slaPolicies).where(eq(slaPolicies.id, id));
  return row;
}

export async function insertPolicy(tx: Tx, row: NewPolicyRow): Promise<PolicyRow> {
  const [created] = await tx.insert(slaPolicies).values(row).returning();
  return created!;
}

export async function updatePolicy(tx: Tx, id: string, changes: Partial<NewPolicyRow>): Promise<PolicyRow | undefined> {
  const [row] = await tx.update(slaPolicies).set(changes).where(eq(slaPolicies.id, id)).returning();
  return row;
}

export async function deletePolicy(tx: Tx, id: string): Promise<boolean> {
  const rows = await tx.delete(slaPolicies).where(eq(slaPolicies.id, id)).returning({ id: slaPolicies.id });
  return rows.length > 0;
}
