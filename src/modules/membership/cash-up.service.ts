import type { ServiceDeps } from '../../app';
import type { Db } from '../../platform/db/database';
import { AppError } from '../../platform/http/app-error';
import { getOrganisationSettings } from '../organisation/organisation.service';
import { getStore } from '../organisation/stores.service';
import type { CashUp } from './ledgers.contracts';
import * as ledger from './ledger.repository';
import { cashUpTotals } from './rules/cash-up-totals';
import { isCalendarDate, storeDay } from './rules/store-day';

/** The figures another module adds to the daily cash-up, for one store (or all: null) and [from, to). */
export type CashUpSection = (db: Db, range: { storeId: string | null; from: Date; to: Date }) => Promise<Record<string, number>>;

const sections = new Map<string, CashUpSection>();

/**
 * Adds a section to every cash-up report (e.g. venues: `sessions`, loyalty: `points`). Call it once
 * at module load; registering a name again replaces its section.
 * @example registerCashUpSection('points', async (db, { storeId, from, to }) => ({ issued: 1200, redeemed: 300 }))
 */
export function registerCashUpSection(name: string, section: CashUpSection): void {
  sections.set(name, section);
}

/**
 * The daily cash-up of one store (or of every store when `storeId` is null) for `date` in the
 * store's time zone (the organisation's for all stores or a store without one).
 */
export async function cashUp(deps: Pick<ServiceDeps, 'database' | 'clock'>, storeId: string | null, date: string): Promise<CashUp> {
  if (!isCalendarDate(date)) throw new AppError('invalid_date_range', 'date must be a calendar date YYYY-MM-DD');
  const store = storeId ? await getStore(deps, storeId) : null;
  const timezone = store?.timezone ?? (await getOrganisationSettings(deps)).timezone;
  const { from, to } = storeDay(date, timezone);
  const db = deps.database.db;
  const range = { storeId, from, to };
  const { byPaymentMethod, totals } = cashUpTotals(await ledger.entryTotals(db, range));
  const extra: CashUp['sections'] = {};
  for (const [name, section] of sections) extra[name] = await section(db, range);
  return { storeId, date, timezone, from: from.toISOString(), to: to.toISOString(), byPaymentMethod, totals, sections: extra };
}
