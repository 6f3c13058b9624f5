import { and, desc, eq, gt, lte, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../platform/db/database';
import { seatReservations, seatSessions, seats } from './venues.schema';

type Executor = Db | Tx;
export type SessionRow = typeof seatSessions.$inferSelect;
export type ReservationRow = typeof seatReservations.$inferSelect;

export async function insertSession(ex: Executor, row: typeof seatSessions.$inferInsert): Promise<SessionRow> {
  const [inserted] = await ex.insert(seatSessions).values(row).returning();
  return inserted!;
}

export async function findSession(ex: Executor, id: string): Promise<SessionRow | undefined> {
  const [row] = await ex.select().from(seatSessions).where(eq(seatSessions.id, id));
  return row;
}

/** The session, row-locked: every change to a session (charge, end, move) takes this lock first. */
export async function lockSession(ex: Tx, id: string): Promise<SessionRow | undefined> {
  const [row] = await ex.select().from(seatSessions).where(eq(seatSessions.id, id)).for('update');
  return row;
}

export async function updateSession(ex: Executor, id: string, changes: Partial<typeof seatSessions.$inferInsert>): Promise<SessionRow> {
  const [row] = await ex.update(seatSessions).set(changes).where(eq(seatSessions.id, id)).returning();
  return row!;
}

export async function activeSessionOfSeat(ex: Executor, seatId: string): Promise<SessionRow | undefined> {
  const [row] = await ex.select().from(seatSessions).where(and(eq(seatSessions.seatId, seatId), eq(seatSessions.status, 'active')));
  return row;
}

export async function activeSessionOfCustomer(ex: Executor, customerId: string): Promise<SessionRow | undefined> {
  const [row] = await ex.select().from(seatSessions).where(and(eq(seatSessions.customerId, customerId), eq(seatSessions.status, 'active')));
  return row;
}

/** Ids of every active session (the charging cycle's work list). */
export async function activeSessionIds(ex: Executor): Promise<{ id: string; storeId: string; zoneId: string }[]> {
  return ex.select({ id: seatSessions.id, storeId: seatSessions.storeId, zoneId: seatSessions.zoneId }).from(seatSessions).where(eq(seatSessions.status, 'active'));
}

/** Sessions of a store (or all stores), newest first, with their seat labels. */
export async function listSessions(
  ex: Executor,
  filter: { storeId?: string | null; customerId?: string; status?: string; limit: number },
): Promise<(SessionRow & { seatLabel: string })[]> {
  const where = [
    filter.storeId ? eq(seatSessions.storeId, filter.storeId) : undefined,
    filter.customerId ? eq(seatSessions.customerId, filter.customerId) : undefined,
    filter.status ? eq(seatSessions.status, filter.status) : undefined,
  ];
  const rows = await ex
    .select({ s: seatSessions, seatLabel: seats.label })
    .from(seatSessions)
    .innerJoin(seats, eq(seats.id, seatSessions.seatId))
    .where(and(...where))
    .orderBy(desc(seatSessions.startedAt))
    .limit(filter.limit);
  return rows.map((r) => ({ ...r.s, seatLabel: r.seatLabel }));
}

/** Active sessions of a store. */
export async function activeSessionsOfStore(ex: Executor, storeId: string): Promise<SessionRow[]> {
  return ex.select().from(seatSessions).where(and(eq(seatSessions.storeId, storeId), eq(seatSessions.status, 'active')));
}

export async function insertReservation(ex: Executor, row: typeof seatReservations.$inferInsert): Promise<ReservationRow> {
  const [inserted] = await ex.insert(seatReservations).values(row).returning();
  return inserted!;
}

export async function lockReservation(ex: Tx, id: string): Promise<ReservationRow | undefined> {
  const [row] = await ex.select().from(seatReservations).where(eq(seatReservations.id, id)).for('update');
  return row;
}

export async function updateReservation(ex: Executor, id: string, changes: Partial<typeof seatReservations.$inferInsert>): Promise<ReservationRow> {
  const [row] = await ex.update(seatReservations).set(changes).where(eq(seatReservations.id, id)).returning();
  return row!;
}

/** Booked reservations of a seat overlapping [from, to). */
export async function overlappingReservations(ex: Executor, seatId: string, from: Date, to: Date): Promise<ReservationRow[]> {
  return ex
    .select()
    .from(seatReservations)
    .where(and(eq(seatReservations.seatId, seatId), eq(seatReservations.status, 'booked'), sql`${seatReservations.startsAt} < ${to}`, gt(seatReservations.endsAt, from)));
}

/** Booked reservations of a store that have not ended, soonest first. */
export async function upcomingReservations(ex: Executor, storeId: string, now: Date): Promise<ReservationRow[]> {
  return ex
    .select()
    .from(seatReservations)
    .where(and(eq(seatReservations.storeId, storeId), eq(seatReservations.status, 'booked'), gt(seatReservations.endsAt, now)))
    .orderBy(seatReservations.startsAt);
}

export async function listReservations(
  ex: Executor,
  filter: { storeId: string | null; status?: string; from?: Date; to?: Date },
): Promise<(ReservationRow & { seatLabel: string })[]> {
  const rows = await ex
    .select({ r: seatReservations, seatLabel: seats.label })
    .from(seatReservations)
    .innerJoin(seats, eq(seats.id, seatReservations.seatId))
    .where(
      and(
        filter.storeId ? eq(seatReservations.storeId, filter.storeId) : undefined,
        filter.status ? eq(seatReservations.status, filter.status) : undefined,
        filter.from ? gt(seatReservations.endsAt, filter.from) : undefined,
        filter.to ? sql`${seatReservations.startsAt} < ${filter.to}` : undefined,
      ),
    )
    .orderBy(seatReservations.startsAt)
    .limit(500);
  return rows.map((x) => ({ ...x.r, seatLabel: x.seatLabel }));
}

/** Marks booked reservations whose start + `graceMs` has passed as no-shows; answers them. */
export async function markNoShows(ex: Executor, now: Date, graceMs: number): Promise<ReservationRow[]> {
  const cutoff = new Date(now.getTime() - graceMs);
  return ex
    .update(seatReservations)
    .set({ status: 'no_show', updatedAt: now })
    .where(and(eq(seatReservations.status, 'booked'), lte(seatReservations.startsAt, cutoff)))
    .returning();
}
