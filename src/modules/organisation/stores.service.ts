import { AppError } from '../../platform/http/app-error';
import { decodeCursor, toPage } from '../../platform/http/pagination';
import { inTransaction } from '../../platform/db/unit-of-work';
import type { CreateStoreBody, PatchStoreBody, Store, StoreListQuery } from './organisation.contracts';
import type { OpeningHours } from './organisation.schema';
import { validateOpeningHours } from './rules/opening-hours';
import { isTimeZone } from './rules/timezone';
import { auditChange, changedFields, type ChangeContext, type OrgDeps } from './service-context';
import { isUniqueViolation } from '../../platform/db/db-errors';
import * as repo from './stores.repository';

function toStore(row: repo.StoreRow): Store {
  return { ...row, createdAt: row.createdAt.toISOString(), updatedAt: row.updatedAt.toISOString() };
}

const hoursProblem = {
  invalid_day: 'days are 0 (Sunday) to 6 (Saturday)',
  duplicate_day: 'the day is listed more than once',
  invalid_time: 'times are HH:MM between 00:00 and 23:59',
  empty_interval: 'opening and closing at the same time is only allowed as 00:00–00:00 (24 hours)',
} as const;

/** Checks time zone and opening hours; answers the hours in a stable shape, sorted by day. */
function checkStoreFields(body: { timezone?: string | null; openingHours?: OpeningHours }): OpeningHours | undefined {
  if (body.timezone != null && !isTimeZone(body.timezone)) {
    throw new AppError('invalid_timezone', `'${body.timezone}' is not an IANA time zone`);
  }
  if (!body.openingHours) return undefined;
  const check = validateOpeningHours(body.openingHours);
  if (!check.ok) {
    throw new AppError('invalid_opening_hours', `Day ${check.day}: ${hoursProblem[check.reason]}`, { day: check.day, reason: check.reason });
  }
  return body.openingHours.map(({ day, open, close }) => ({ day, open, close })).sort((a, b) => a.day - b.day);
}

/** Runs a store write, answering `store_code_taken` if a concurrent insert won the code. */
async function guardCode<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (err) {
    if (isUniqueViolation(err)) throw new AppError('store_code_taken');
    throw err;
  }
}

/** One page of stores ordered by code; `q` matches code, name or city. */
export async function listStores(deps: Pick<OrgDeps, 'database'>, query: StoreListQuery) {
  const limit = query.limit ?? 50;
  const pos = decodeCursor(query.cursor);
  const after = pos ? { code: String(pos.k), id: pos.id } : undefined;
  const rows = await repo.listStores(deps.database.db, { q: query.q, active: query.active, after, limit });
  const page = toPage(rows, limit, (r) => ({ k: r.code, id: r.id }));
  return { items: page.items.map(toStore), nextCursor: page.nextCursor };
}

/** One store, or 404 `store_not_found`. */
export async function getStore(deps: Pick<OrgDeps, 'database'>, id: string): Promise<Store> {
  const row = await repo.findStoreById(deps.database.db, id);
  if (!row) throw new AppError('store_not_found');
  return toStore(row);
}

/** Creates a store with a unique code; audited as `store.created`. */
export async function createStore(deps: OrgDeps, ctx: ChangeContext, body: CreateStoreBody): Promise<Store> {
  const openingHours = checkStoreFields(body) ?? [];
  return guardCode(() =>
    inTransaction(deps, async (tx, outbox) => {
      if (await repo.findStoreByCode(tx, body.code)) throw new AppError('store_code_taken');
      const now = deps.clock.now();
      const row = await repo.insertStore(tx, {
        id: deps.ids.uuid(),
        code: body.code,
        name: body.name,
        address: body.address ?? '',
        city: body.city ?? '',
        phone: body.phone ?? '',
        timezone: body.timezone ?? null,
        openingHours,
        active: true,
        createdAt: now,
        updatedAt: now,
      });
      await auditChange(tx, now, ctx, 'store.created', { type: 'store', id: row.id }, { code: row.code, name: row.name });
      outbox.add('store.created', { storeId: row.id, code: row.code });
      return toStore(row);
    }),
  );
}

/** Changes any store field including `active`; audited as `store.updated` with the changed fields. */
export async function updateStore(deps: OrgDeps, ctx: ChangeContext, id: string, body: PatchStoreBody): Promise<Store> {
  const openingHours = checkStoreFields(body);
  const patch: repo.StoreChanges = { ...body, ...(openingHours ? { openingHours } : {}) };
  return guardCode(() =>
    inTransaction(deps, async (tx, outbox) => {
      const before = await repo.findStoreById(tx, id);
      if (!before) throw new AppError('store_not_found');
      const changes = changedFields(before, patch);
      if (Object.keys(changes).length === 0) return toStore(before);
      if (changes.code && (await repo.findStoreByCode(tx, patch.code!))) throw new AppError('store_code_taken');
      const now = deps.clock.now();
      const row = await repo.updateStore(tx, id, { ...patch, updatedAt: now });
      await auditChange(tx, now, ctx, 'store.updated', { type: 'store', id }, { changes });
      outbox.add('store.updated', { storeId: id });
      return toStore(row);
    }),
  );
}
