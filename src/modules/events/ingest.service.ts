import type { Bus, Outbox } from '../../platform/bus/bus';
import type { Clock } from '../../platform/clock';
import type { Database, Tx } from '../../platform/db/database';
import { inTransaction } from '../../platform/db/unit-of-work';
import { AppError } from '../../platform/http/app-error';
import type { IdGenerator } from '../../platform/ids';
import type { ResolveFailure } from '../customers/customer-resolver';
import { storeBatch, type Candidate, type StoredBatch } from './ingest-store';
import { idSequence } from './rules/id-sequence';
import type { EventRejectCode } from './rules/rejection';
import { validateEvent } from './rules/validate-event';

/** The most events one call (and one API request) may carry. */
export const MAX_EVENTS_PER_BATCH = 10_000;

export interface IngestDeps {
  database: Database;
  bus: Bus;
  clock: Clock;
  ids: IdGenerator;
}

export interface IngestOptions {
  /** Who sent the batch, stored on each event: `apikey:<id>`, `import:<job>`, `user:<id>`. */
  source: string;
  /** Create customers for events whose identities nobody has; otherwise reject them `unknown_customer`. */
  createUnknownCustomers: boolean;
  /** The store an API key is bound to: events default to it and may name no other (`store_scope`). */
  storeScope?: string | null;
  /** `customers.source` of created customers; `import` when `source` is `import:…`, else `api`. */
  customerSource?: string;
}

export type IngestRejectCode = EventRejectCode | ResolveFailure | 'unknown_store';

export interface IngestError {
  /** Position of the item in the batch. */
  index: number;
  /** The item's `id` when it had a usable one. */
  id: string | null;
  code: IngestRejectCode;
  reason: string;
}

export interface IngestResult {
  /** Events stored now. */
  accepted: number;
  /** Events stored before (or twice in this batch): nothing new was stored for them. */
  duplicate: number;
  rejected: number;
  errors: IngestError[];
}

const idOf = (item: unknown): string | null => {
  const id = (item as { id?: unknown } | null)?.id;
  return typeof id === 'string' && id.length <= 128 ? id : null;
};

/**
 * Stores a batch of incoming events in one transaction: validates each item, skips ids seen
 * before (idempotent), resolves or creates customers, inserts the events and adds their
 * aggregates; then publishes `event.ingested`. Bad items are rejected one by one and never
 * block the good ones. Every step is one set-based statement for the whole batch.
 * @example await ingestEvents(deps, body.events, { source: `apikey:${key.id}`, createUnknownCustomers: true, storeScope: key.storeId })
 */
export async function ingestEvents(deps: IngestDeps, items: unknown[], options: IngestOptions): Promise<IngestResult> {
  const batch = prepareBatch(deps, items, options);
  if (batch.candidates.length === 0) return finish(batch, null);
  const stored = await inTransaction(deps, (tx, outbox) => storeBatch(tx, outbox, batch.candidates, options, batch.ctx));
  return finish(batch, stored);
}

/**
 * `ingestEvents` inside the caller's transaction, for a module whose own write must commit
 * together with its event (a wallet top-up and its `recharge` event). No network I/O happens
 * here, so it is safe on PGlite's single connection.
 * @example await ingestEventsInTransaction(tx, outbox, deps, [{ id: `topup:${id}`, type: 'recharge', … }], { source: `user:${userId}`, createUnknownCustomers: false })
 */
export async function ingestEventsInTransaction(
  tx: Tx,
  outbox: Outbox,
  deps: Pick<IngestDeps, 'clock' | 'ids'>,
  items: unknown[],
  options: IngestOptions,
): Promise<IngestResult> {
  const batch = prepareBatch(deps, items, options);
  if (batch.candidates.length === 0) return finish(batch, null);
  return finish(batch, await storeBatch(tx, outbox, batch.candidates, options, batch.ctx));
}

/** Validates each item and drops ids repeated within the batch; nothing touches the database. */
function prepareBatch(deps: Pick<IngestDeps, 'clock' | 'ids'>, items: unknown[], options: IngestOptions) {
  if (items.length > MAX_EVENTS_PER_BATCH) throw new AppError('too_many_events', `${items.length} events; send at most ${MAX_EVENTS_PER_BATCH} per batch`);
  const now = deps.clock.now();
  const newId = idSequence(() => deps.ids.uuid());
  const errors: IngestError[] = [];
  const candidates: Candidate[] = [];
  const seen = new Set<string>();
  let duplicate = 0;
  items.forEach((item, index) => {
    const result = validateEvent(item, { now: now.getTime(), storeScope: options.storeScope });
    if (!result.ok) errors.push({ index, id: idOf(item), code: result.code, reason: result.reason });
    else if (seen.has(result.event.externalId)) duplicate++;
    else {
      seen.add(result.event.externalId);
      candidates.push({ index, eventId: newId(), event: result.event });
    }
  });
  return { errors, candidates, duplicate, ctx: { now, newId } };
}

function finish(batch: ReturnType<typeof prepareBatch>, stored: StoredBatch | null): IngestResult {
  const errors = stored ? [...batch.errors, ...stored.errors] : batch.errors;
  errors.sort((a, b) => a.index - b.index);
  return { accepted: stored?.accepted ?? 0, duplicate: batch.duplicate + (stored?.duplicate ?? 0), rejected: errors.length, errors };
}
