import { and, asc, count, desc, eq, gt, isNull, ne, not, or, sql, type SQL } from 'drizzle-orm';
import type { Db, Tx } from '../../platform/db/database';
import type { CursorPosition } from '../../platform/http/pagination';
import { tickets } from '../tickets/tickets.schema';
import type { TicketScope } from '../tickets/rules/ticket-scope';
import { playerReports as r, sanctions as s } from './moderation.schema';

export type ReportRow = typeof r.$inferSelect;
export type SanctionRow = typeof s.$inferSelect;
type Executor = Db | Tx;

export async function insertReport(ex: Executor, row: typeof r.$inferInsert): Promise<ReportRow> {
  const [created] = await ex.insert(r).values(row).returning();
  return created!;
}

export async function lockReport(tx: Tx, id: string): Promise<ReportRow | undefined> {
  const [row] = await tx.select().from(r).where(eq(r.id, id)).for('update');
  return row;
}

export async function updateReport(tx: Tx, id: string, changes: Partial<typeof r.$inferInsert>): Promise<ReportRow> {
  const [row] = await tx.update(r).set(changes).where(eq(r.id, id)).returning();
  return row!;
}

/** Tickets the scope may see, as SQL on the joined tickets row. */
function visible(scope: TicketScope): SQL {
  if (scope.all) return sql`true`;
  const departments = scope.departmentIds.length ? sql`${tickets.departmentId} in (${sql.join(scope.departmentIds.map((d) => sql`${d}`), sql`, `)})` : sql`false`;
  return scope.userId ? or(departments, eq(tickets.assigneeId, scope.userId))! : departments;
}

/** The moderation queue: reports in a status whose tickets the caller sees, oldest first. */
export function reportQueue(ex: Executor, scope: TicketScope, status: string, after: CursorPosition | undefined, limit: number) {
  const cursor = after ? or(gt(r.createdAt, new Date(after.k)), and(eq(r.createdAt, new Date(after.k)), gt(r.id, after.id))) : undefined;
  return ex
    .select({ report: r, ticketNumber: tickets.number })
    .from(r)
    .innerJoin(tickets, eq(tickets.id, r.ticketId))
    .where(and(eq(r.status, status), visible(scope), cursor))
    .orderBy(asc(r.createdAt), asc(r.id))
    .limit(limit + 1);
}

export async function findReportWithTicket(ex: Executor, id: string) {
  const [row] = await ex.select({ report: r, ticketNumber: tickets.number, departmentId: tickets.departmentId, assigneeId: tickets.assigneeId }).from(r).innerJoin(tickets, eq(tickets.id, r.ticketId)).where(eq(r.id, id));
  return row;
}

export async function insertSanction(tx: Tx, row: typeof s.$inferInsert): Promise<SanctionRow> {
  const [created] = await tx.insert(s).values(row).returning();
  return created!;
}

export async function lockSanction(tx: Tx, id: string): Promise<SanctionRow | undefined> {
  const [row] = await tx.select().from(s).where(eq(s.id, id)).for('update');
  return row;
}

export async function revokeSanction(tx: Tx, id: string, changes: { revokedAt: Date; revokedBy: string; revokeReason: string }): Promise<SanctionRow> {
  const [row] = await tx.update(s).set(changes).where(eq(s.id, id)).returning();
  return row!;
}

/** The sanctions of a customer, or of a game account, newest first. */
export function sanctionsOf(ex: Executor, who: { customerId?: string; gameAccount?: string }, limit = 200): Promise<SanctionRow[]> {
  const match = who.customerId ? eq(s.customerId, who.customerId) : eq(s.gameAccount, who.gameAccount ?? '');
  return ex.select().from(s).where(match).orderBy(desc(s.createdAt), desc(s.id)).limit(limit);
}

/** Sanctions not revoked against the account or its profile: the repeat-offender count. */
export async function offences(ex: Executor, who: { customerId: string | null; gameAccount: string }): Promise<number> {
  const match = who.customerId ? or(eq(s.customerId, who.customerId), eq(s.gameAccount, who.gameAccount)) : eq(s.gameAccount, who.gameAccount);
  const [row] = await ex.select({ n: count() }).from(s).where(and(match, isNull(s.revokedAt)));
  return row!.n;
}

/** Filters of the sanctions list; `customerId` with `gameAccount` matches either (the player under both names). */
export interface SanctionFilter {
  customerId?: string;
  gameAccount?: string;
  storeId?: string;
  active?: boolean;
}

/** In force at `now`, as SQL: the `inForce` rule of rules/sanction-terms.ts. */
const inForceAt = (now: Date) => and(isNull(s.revokedAt), ne(s.kind, 'warning'), or(isNull(s.endsAt), gt(s.endsAt, now)))!;

function sanctionConditions(f: SanctionFilter, now: Date): (SQL | undefined)[] {
  const byCustomer = f.customerId ? eq(s.customerId, f.customerId) : undefined;
  const byAccount = f.gameAccount ? eq(s.gameAccount, f.gameAccount) : undefined;
  return [
    byCustomer && byAccount ? or(byCustomer, byAccount) : (byCustomer ?? byAccount),
    f.storeId ? eq(s.storeId, f.storeId) : undefined,
    f.active === undefined ? undefined : f.active ? inForceAt(now) : not(inForceAt(now)),
  ];
}

/** A page of sanctions matching the filters, newest first, keyset on (created_at, id): `limit + 1` rows. */
export function listSanctionRows(ex: Executor, f: SanctionFilter, now: Date, page: { limit: number; after?: { at: Date; id: string } }): Promise<SanctionRow[]> {
  const after = page.after ? sql`(${s.createdAt}, ${s.id}) < (${page.after.at.toISOString()}::timestamptz, ${page.after.id}::uuid)` : undefined;
  return ex
    .select()
    .from(s)
    .where(and(...sanctionConditions(f, now), after))
    .orderBy(desc(s.createdAt), desc(s.id))
    .limit(page.limit + 1);
}

/** Every sanction matching the filters, counted: kinds not revoked, and those in force at `now`. */
export async function countSanctions(ex: Executor, f: SanctionFilter, now: Date) {
  const kind = (k: string) => sql<number>`(count(*) filter (where ${s.kind} = ${k} and ${s.revokedAt} is null))::int`;
  const [row] = await ex
    .select({ warnings: kind('warning'), mutes: kind('mute'), bans: kind('ban'), inForce: sql<number>`(count(*) filter (where ${inForceAt(now)}))::int` })
    .from(s)
    .where(and(...sanctionConditions(f, now)));
  return { warnings: Number(row!.warnings), mutes: Number(row!.mutes), bans: Number(row!.bans), inForce: Number(row!.inForce) };
}
