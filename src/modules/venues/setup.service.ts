import type { ServiceDeps } from '../../app';
import { actingStoreId } from '../../platform/auth/store-scope';
import { isUniqueViolation } from '../../platform/db/db-errors';
import { inTransaction } from '../../platform/db/unit-of-work';
import { AppError } from '../../platform/http/app-error';
import { sha256 } from '../../platform/ids';
import { getStore } from '../organisation/stores.service';
import { seatLabels } from './rules/seat-labels';
import { auditVenue, type VenueContext } from './venue-context';
import type { CreateSeatsBody, CreateZoneBody, PatchSeatBody, PatchZoneBody, Seat, Zone } from './venues.contracts';
import * as repo from './sessions.repository';
import * as setup from './setup.repository';

export const toZone = (z: setup.ZoneRow): Zone => ({ id: z.id, storeId: z.storeId, code: z.code, name: z.name, sort: z.sort, baseCentsPerHour: z.baseCentsPerHour });
export const toSeat = (s: setup.SeatRow): Seat => ({
  id: s.id,
  storeId: s.storeId,
  zoneId: s.zoneId,
  label: s.label,
  x: s.x,
  y: s.y,
  maintenance: s.maintenance,
  hasClientToken: s.clientTokenHash !== null,
});

async function unique<T>(code: 'zone_code_taken' | 'seat_label_taken', write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (err) {
    if (isUniqueViolation(err)) throw new AppError(code);
    throw err;
  }
}

/** A zone the caller may change (its store's, for store-bound callers). */
export async function zoneInScope(deps: Pick<ServiceDeps, 'database'>, ctx: VenueContext, id: string): Promise<setup.ZoneRow> {
  const zone = await setup.findZone(deps.database.db, id);
  if (!zone) throw new AppError('zone_not_found');
  actingStoreId(ctx.principal, zone.storeId);
  return zone;
}

/** Zones and seats of a store. */
export async function storeLayout(deps: Pick<ServiceDeps, 'database' | 'clock'>, ctx: VenueContext, storeId: string | undefined) {
  const id = actingStoreId(ctx.principal, storeId);
  await getStore(deps, id);
  const [zones, seats] = await Promise.all([setup.zonesOfStore(deps.database.db, id), setup.seatsOfStore(deps.database.db, id)]);
  return { zones: zones.map(toZone), seats: seats.map(toSeat) };
}

/** Creates a zone with a code unique in its store; audited. */
export async function createZone(deps: ServiceDeps, ctx: VenueContext, body: CreateZoneBody): Promise<Zone> {
  const storeId = actingStoreId(ctx.principal, body.storeId);
  await getStore(deps, storeId);
  return unique('zone_code_taken', () =>
    inTransaction(deps, async (tx) => {
      const now = deps.clock.now();
      const row = await setup.insertZone(tx, { id: deps.ids.uuid(), storeId, code: body.code, name: body.name, sort: body.sort ?? 0, baseCentsPerHour: body.baseCentsPerHour, createdAt: now, updatedAt: now });
      await auditVenue(tx, now, ctx, 'zone.created', { type: 'zone', id: row.id }, { storeId, code: row.code, baseCentsPerHour: row.baseCentsPerHour });
      return toZone(row);
    }),
  );
}

/** Changes a zone's name, order or base rate; audited. */
export async function updateZone(deps: ServiceDeps, ctx: VenueContext, id: string, body: PatchZoneBody): Promise<Zone> {
  await zoneInScope(deps, ctx, id);
  return inTransaction(deps, async (tx) => {
    const now = deps.clock.now();
    const row = await setup.updateZone(tx, id, { ...body, updatedAt: now });
    if (!row) throw new AppError('zone_not_found');
    await auditVenue(tx, now, ctx, 'zone.updated', { type: 'zone', id }, { ...body });
    return toZone(row);
  });
}

/** Deletes a zone without seats (its rate windows go with it); audited. */
export async function deleteZone(deps: ServiceDeps, ctx: VenueContext, id: string): Promise<void> {
  await zoneInScope(deps, ctx, id);
  await inTransaction(deps, async (tx) => {
    if ((await setup.countSeatsInZone(tx, id)) > 0) throw new AppError('zone_not_empty');
    await setup.deleteZone(tx, id);
    await auditVenue(tx, deps.clock.now(), ctx, 'zone.deleted', { type: 'zone', id }, {});
  });
}

/** Creates a run of seats (A01…A20) in a zone, laid out in rows on the floor map; audited. */
export async function createSeats(deps: ServiceDeps, ctx: VenueContext, body: CreateSeatsBody): Promise<Seat[]> {
  const zone = await zoneInScope(deps, ctx, body.zoneId);
  const labels = seatLabels(body);
  if (!labels.ok) throw new AppError('validation_failed', labels.reason);
  const perRow = body.perRow ?? 10;
  return unique('seat_label_taken', () =>
    inTransaction(deps, async (tx) => {
      const now = deps.clock.now();
      const rows = await setup.insertSeats(
        tx,
        labels.labels.map((label, i) => ({
          id: deps.ids.uuid(),
          storeId: zone.storeId,
          zoneId: zone.id,
          label,
          x: (body.originX ?? 0) + (i % perRow),
          y: (body.originY ?? 0) + Math.floor(i / perRow),
          createdAt: now,
          updatedAt: now,
        })),
      );
      await auditVenue(tx, now, ctx, 'seats.created', { type: 'zone', id: zone.id }, { labels: labels.labels });
      return rows.map(toSeat);
    }),
  );
}

/** Changes a seat (zone, label, position, maintenance); moving a seat in use to another zone is refused. */
export async function updateSeat(deps: ServiceDeps, ctx: VenueContext, id: string, body: PatchSeatBody): Promise<Seat> {
  const seat = await setup.findSeat(deps.database.db, id);
  if (!seat) throw new AppError('seat_not_found');
  actingStoreId(ctx.principal, seat.storeId);
  if (body.zoneId) {
    const zone = await setup.findZone(deps.database.db, body.zoneId);
    if (!zone || zone.storeId !== seat.storeId) throw new AppError('zone_not_found');
  }
  return unique('seat_label_taken', () =>
    inTransaction(deps, async (tx, outbox) => {
      const now = deps.clock.now();
      const locked = await setup.lockSeat(tx, id);
      const active = await repo.activeSessionOfSeat(tx, id);
      if (active && body.zoneId && body.zoneId !== locked?.zoneId) throw new AppError('seat_in_use');
      const row = (await setup.updateSeat(tx, id, { ...body, updatedAt: now }))!;
      await auditVenue(tx, now, ctx, 'seat.updated', { type: 'seat', id }, { ...body });
      outbox.add('seat.updated', { seatId: id, storeId: row.storeId, state: row.maintenance ? 'maintenance' : active ? 'in_use' : 'free' });
      return toSeat(row);
    }),
  );
}

/** Issues a new seat-client token (`seat_…`, shown once; only its hash is kept); the old one stops working. */
export async function issueSeatToken(deps: ServiceDeps, ctx: VenueContext, id: string): Promise<{ seatId: string; token: string }> {
  const seat = await setup.findSeat(deps.database.db, id);
  if (!seat) throw new AppError('seat_not_found');
  actingStoreId(ctx.principal, seat.storeId);
  const token = `seat_${deps.ids.secret(24)}`;
  await inTransaction(deps, async (tx) => {
    const now = deps.clock.now();
    await setup.updateSeat(tx, id, { clientTokenHash: sha256(token), updatedAt: now });
    await auditVenue(tx, now, ctx, 'seat.client_token_issued', { type: 'seat', id }, { label: seat.label });
  });
  return { seatId: id, token };
}
