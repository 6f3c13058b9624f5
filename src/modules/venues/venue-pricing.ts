import type { Db, Tx } from '../../platform/db/database';
import { getOrganisationSettings } from '../organisation/organisation.service';
import { getStore } from '../organisation/stores.service';
import type { ServiceDeps } from '../../app';
import { localClock, type LocalMinute } from './rules/local-time';
import type { RateWindow, ZoneRates } from './rules/minute-rate';
import { parseHhmm } from './rules/time-window';
import type { FundingSource } from './rules/session-draw';
import * as setup from './setup.repository';

/** What charging needs to price minutes at one store: its local clock, zone rates and the venue rules. */
export interface Pricing {
  toLocal: (ms: number) => LocalMinute;
  zoneRates: Map<string, ZoneRates>;
  order: FundingSource[];
  reminderMinutes: number[];
  graceMinutes: number;
}

/** The time zone a store keeps: its own, else the organisation's default. */
export async function storeTimeZone(deps: Pick<ServiceDeps, 'database' | 'clock'>, storeId: string): Promise<string> {
  const store = await getStore(deps, storeId);
  return store.timezone ?? (await getOrganisationSettings(deps)).timezone;
}

/** The rates of the given zones, windows converted to minutes of the day. */
export async function loadZoneRates(ex: Db | Tx, zoneIds: string[]): Promise<Map<string, ZoneRates>> {
  const windows = new Map<string, RateWindow[]>();
  for (const r of await setup.ratesOfZones(ex, zoneIds)) {
    const start = parseHhmm(r.startTime);
    const end = parseHhmm(r.endTime);
    if (start === null || end === null) continue;
    windows.set(r.zoneId, [...(windows.get(r.zoneId) ?? []), { days: r.days, start, end, centsPerHour: r.centsPerHour }]);
  }
  const out = new Map<string, ZoneRates>();
  for (const zone of await setup.zonesByIds(ex, zoneIds)) {
    out.set(zone.id, { baseCentsPerHour: zone.baseCentsPerHour, windows: windows.get(zone.id) ?? [] });
  }
  return out;
}

/**
 * Loads the pricing of one store's zones. Read outside the charging transaction: on PGlite
 * one connection serves everything, so a read through `deps.database` inside a transaction
 * would wait for that transaction to end.
 */
export async function loadPricing(deps: Pick<ServiceDeps, 'database' | 'clock'>, storeId: string, zoneIds: string[]): Promise<Pricing> {
  const [timeZone, zoneRates, settings] = await Promise.all([
    storeTimeZone(deps, storeId),
    loadZoneRates(deps.database.db, zoneIds),
    setup.readSettings(deps.database.db),
  ]);
  return {
    toLocal: localClock(timeZone),
    zoneRates,
    order: settings.fundingOrder as FundingSource[],
    reminderMinutes: settings.reminderMinutes,
    graceMinutes: settings.graceMinutes,
  };
}
