import type { ServiceDeps } from '../../app';
import { AppError } from '../../platform/http/app-error';
import { decodeTimeCursor } from '../../platform/auth/time-cursor';
import { toPage } from '../../platform/http/pagination';
import type { LedgerQuery } from './ledgers.contracts';
import { presentEntry } from './membership-view';
import * as ledger from './ledger.repository';

/** Ledger entries of one store (or all when `storeId` is null) in an optional [from, to) and kind, newest first. */
export async function listLedger(deps: Pick<ServiceDeps, 'database'>, storeId: string | null, q: LedgerQuery) {
  const from = q.from ? new Date(q.from) : undefined;
  const to = q.to ? new Date(q.to) : undefined;
  if (from && to && from >= to) throw new AppError('invalid_date_range', 'to must be after from');
  const limit = q.limit ?? 50;
  const rows = await ledger.listEntries(deps.database.db, { storeId, from, to, kind: q.kind, limit, before: decodeTimeCursor(q.cursor) });
  const page = toPage(rows, limit, (r) => ({ k: r.at.toISOString(), id: r.id }));
  return { items: page.items.map(presentEntry), nextCursor: page.nextCursor };
}
