import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Db, Tx } from '../../platform/db/database';
import { seats, venueSettings, zoneRates, zones } from './venues.schema';

type Executor = Db | Tx;
export type ZoneRow = typeof zones.$inferSelect;
export type SeatRow = typeof seats.$inferSelect;
export type RateRow = typeof zoneRates.$inferSelect;
export type SettingsRow = typeof venueSettings.$inferSelect;

/** Zones of a store in floor order. */
export async function zonesOfStore(ex: Executor, storeId: string): Promise<ZoneRow[]> {
  return ex.select().from(zones).where(eq(zones.storeId, storeId)).orderBy(asc(zones.sort), asc(zones.code));
}

export async function findZone(ex: Executor, id: string): Promise<ZoneRow | undefined> {
  const [row] = await ex.select().from(zones).where(eq(zones.id, id));
  return row;
}

export async function zonesByIds(ex: Executor, ids: string[]): Promise<ZoneRow[]> {
  if (ids.length === 0) return [];
  return ex.select().from(zones).where(inArray(zones.id, ids));
}

export async function insertZone(ex: Executor, row: typeof zones.$inferInsert): Promise<ZoneRow> {
  const [inserted] = await ex.insert(zones).values(row).returning();
  return inserted!;
}

export async function updateZone(ex: Executor, id: string, changes: Partial<typeof zones.$inferInsert>): Promise<ZoneRow | undefined> {
  const [row] = await ex.update(zones).set(changes).where(eq(zones.id, id)).returning();
  return row;
}

export async function deleteZone(ex: Executor, id: string): Promise<void> {
  await ex.delete(zones).where(eq(zones.id, id));
}

/** Seats of a store ordered by label. */
export async function seatsOfStore(ex: Executor, storeId: string): Promise<SeatRow[]> {
  return ex.select().from(seats).where(eq(seats.storeId, storeId)).orderBy(asc(seats.label));
}

export async function countSeatsInZone(ex: Executor, zoneId: string): Promise<number> {
  return (await ex.select({ id: seats.id }).from(seats).where(eq(seats.zoneId, zoneId)).limit(1)).length;
}

export async function findSeat(ex: Executor, id: string): Promise<SeatRow | undefined> {
  const [row] = await ex.select().from(seats).where(eq(seats.id, id));
  return row;
}

/** The seat, row-locked until the transaction ends (serialises check-ins on one seat). */
export async function lockSeat(ex: Tx, id: string): Promise<SeatRow | undefined> {
  const [row] = await ex.select().from(seats).where(eq(seats.id, id)).for('update');
  return row;
}

export async function findSeatByTokenHash(ex: Executor, hash: string): Promise<SeatRow | undefined> {
  const [row] = await ex.select().from(seats).where(eq(seats.clientTokenHash, hash));
  return row;
}

export async function insertSeats(ex: Executor, rows: (typeof seats.$inferInsert)[]): Promise<SeatRow[]> {
  return ex.insert(seats).values(rows).returning();
}

export async function updateSeat(ex: Executor, id: string, changes: Partial<typeof seats.$inferInsert>): Promise<SeatRow | undefined> {
  const [row] = await ex.update(seats).set(changes).where(eq(seats.id, id)).returning();
  return row;
}

/** Rate windows of the given zones. */
export async function ratesOfZones(ex: Executor, zoneIds: string[]): Promise<RateRow[]> {
  if (zoneIds.length === 0) return [];
  return ex.select().from(zoneRates).where(inArray(zoneRates.zoneId, zoneIds)).orderBy(asc(zoneRates.createdAt));
}

export async function insertRate(ex: Executor, row: typeof zoneRates.$inferInsert): Promise<RateRow> {
  const [inserted] = await ex.insert(zoneRates).values(row).returning();
  return inserted!;
}

export async function deleteRate(ex: Executor, zoneId: string, id: string): Promise<boolean> {
  const rows = await ex.delete(zoneRates).where(and(eq(zoneRates.id, id), eq(zoneRates.zoneId, zoneId))).returning({ id: zoneRates.id });
  return rows.length > 0;
}

/** The settings row, created with defaults on first use. */
export async function readSettings(ex: Executor): Promise<SettingsRow> {
  const [row] = await ex.select().from(venueSettings).where(eq(venueSettings.id, 1));
  if (row) return row;
  const [created] = await ex.insert(venueSettings).values({ id: 1 }).onConflictDoNothing().returning();
  return created ?? (await ex.select().from(venueSettings).where(eq(venueSettings.id, 1)))[0]!;
}

export async function updateSettings(ex: Executor, changes: Partial<typeof venueSettings.$inferInsert>): Promise<SettingsRow> {
  await readSettings(ex);
  const [row] = await ex.update(venueSettings).set(changes).where(eq(venueSettings.id, 1)).returning();
  return row!;
}
