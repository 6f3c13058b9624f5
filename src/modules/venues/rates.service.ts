import type { ServiceDeps } from '../../app';
import { inTransaction } from '../../platform/db/unit-of-work';
import { AppError } from '../../platform/http/app-error';
import { zoneInScope } from './setup.service';
import { auditVenue, type VenueContext } from './venue-context';
import type { CreateRateBody, PatchVenueSettingsBody, VenueSettings, ZoneRate } from './venues.contracts';
import * as setup from './setup.repository';

const toRate = (r: setup.RateRow): ZoneRate => ({ id: r.id, zoneId: r.zoneId, days: r.days, startTime: r.startTime, endTime: r.endTime, centsPerHour: r.centsPerHour });

/** The rate windows of a zone. */
export async function listRates(deps: Pick<ServiceDeps, 'database'>, ctx: VenueContext, zoneId: string): Promise<ZoneRate[]> {
  await zoneInScope(deps, ctx, zoneId);
  return (await setup.ratesOfZones(deps.database.db, [zoneId])).map(toRate);
}

/** Adds a rate window (days, local HH:MM start/end; end ≤ start crosses midnight); audited. */
export async function createRate(deps: ServiceDeps, ctx: VenueContext, zoneId: string, body: CreateRateBody): Promise<ZoneRate> {
  await zoneInScope(deps, ctx, zoneId);
  const days = [...new Set(body.days)].sort();
  if (days.length !== body.days.length) throw new AppError('invalid_rate_window', 'A day is listed twice');
  return inTransaction(deps, async (tx) => {
    const now = deps.clock.now();
    const row = await setup.insertRate(tx, { id: deps.ids.uuid(), zoneId, days, startTime: body.startTime, endTime: body.endTime, centsPerHour: body.centsPerHour, createdAt: now });
    await auditVenue(tx, now, ctx, 'zone_rate.created', { type: 'zone', id: zoneId }, { ...body, days });
    return toRate(row);
  });
}

/** Removes a rate window; audited. */
export async function deleteRate(deps: ServiceDeps, ctx: VenueContext, zoneId: string, rateId: string): Promise<void> {
  await zoneInScope(deps, ctx, zoneId);
  await inTransaction(deps, async (tx) => {
    if (!(await setup.deleteRate(tx, zoneId, rateId))) throw new AppError('rate_not_found');
    await auditVenue(tx, deps.clock.now(), ctx, 'zone_rate.deleted', { type: 'zone', id: zoneId }, { rateId });
  });
}

const toSettings = (r: setup.SettingsRow): VenueSettings => ({
  fundingOrder: r.fundingOrder as VenueSettings['fundingOrder'],
  reminderMinutes: r.reminderMinutes,
  graceMinutes: r.graceMinutes,
  noShowMinutes: r.noShowMinutes,
});

/** The venue rules (funding order, reminders, grace, no-show). */
export async function getVenueSettings(deps: Pick<ServiceDeps, 'database'>): Promise<VenueSettings> {
  return toSettings(await setup.readSettings(deps.database.db));
}

/** Changes the venue rules; a source may appear once in the funding order; audited. */
export async function updateVenueSettings(deps: ServiceDeps, ctx: VenueContext, body: PatchVenueSettingsBody): Promise<VenueSettings> {
  if (body.fundingOrder && new Set(body.fundingOrder).size !== body.fundingOrder.length) {
    throw new AppError('invalid_venue_settings', 'A funding source is listed twice');
  }
  const reminderMinutes = body.reminderMinutes && [...new Set(body.reminderMinutes)].sort((a, b) => b - a);
  return inTransaction(deps, async (tx) => {
    const now = deps.clock.now();
    const row = await setup.updateSettings(tx, { ...body, ...(reminderMinutes ? { reminderMinutes } : {}), updatedAt: now });
    await auditVenue(tx, now, ctx, 'venue_settings.updated', { type: 'venue_settings', id: '1' }, { ...body });
    return toSettings(row);
  });
}
