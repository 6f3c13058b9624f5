import type { Bus } from '../../platform/bus/bus';
import type { Clock } from '../../platform/clock';
import type { Database } from '../../platform/db/database';
import type { IdGenerator } from '../../platform/ids';
import { ingestEvents, type IngestRejectCode } from '../events/ingest.service';
import { validateEvent } from '../events/rules/validate-event';
import type { ChunkOutcome, CommitChunk, ImportRunContext, LinedRow } from './chunk';
import type { ReportedError } from './error-report';
import type { ImportEventInput } from './rules/map-row';
import { isRetryableConflict } from '../../platform/db/db-errors';

export interface EventChunkDeps {
  database: Database;
  bus: Bus;
  clock: Clock;
  ids: IdGenerator;
}

/** The mapping target an ingest rejection is about, for the error report. */
const fieldOf: Record<IngestRejectCode, string> = {
  invalid_event: '',
  invalid_id: 'id',
  invalid_type: 'type',
  invalid_time: 'occurredAt',
  invalid_customer: 'customer',
  no_identity: 'customer',
  invalid_identity: 'customer',
  unknown_customer: 'customer',
  conflicting_identities: 'customer',
  invalid_store: 'storeId',
  store_scope: 'storeId',
  unknown_store: 'storeId',
  invalid_data: 'data',
  invalid_amount: 'amount',
  invalid_currency: 'currency',
};

/**
 * Sends a chunk of mapped events through the events module's batch ingest (its own
 * transaction), then commits the checkpoint. Event ids are deterministic, so a chunk
 * re-sent after a crash stores nothing twice: its events come back as duplicates, counted ok.
 * A dry run only validates, exactly as ingest would.
 */
export async function writeEventChunk(deps: EventChunkDeps, rows: LinedRow<ImportEventInput>[], ctx: ImportRunContext, commit: CommitChunk): Promise<boolean> {
  if (ctx.dryRun) {
    const now = deps.clock.now().getTime();
    const errors: ReportedError[] = [];
    for (const row of rows) {
      const result = validateEvent(row.value, { now });
      if (!result.ok) errors.push({ line: row.line, field: fieldOf[result.code], reason: result.reason });
    }
    return commit(deps.database.db, { ok: rows.length - errors.length, errors, counters: {} });
  }
  const items = rows.map((r) => r.value);
  const options = { source: `import:${ctx.importId}`, createUnknownCustomers: ctx.createUnknownCustomers, customerSource: 'import' };
  const result = rows.length === 0 ? { accepted: 0, duplicate: 0, errors: [] } : await withRetry(() => ingestEvents(deps, items, options));
  const outcome: ChunkOutcome = {
    ok: result.accepted + result.duplicate,
    errors: result.errors.map((e) => ({ line: rows[e.index]!.line, field: fieldOf[e.code], reason: e.reason })),
    counters: { accepted: result.accepted, duplicate: result.duplicate },
  };
  return commit(deps.database.db, outcome);
}

/** Runs an idempotent batch again (up to 3 tries) when PostgreSQL rolled it back over a lock conflict. */
async function withRetry<T>(fn: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn();
    } catch (err) {
      if (attempt >= 3 || !isRetryableConflict(err)) throw err;
    }
  }
}
