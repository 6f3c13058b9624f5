import type { Bus, Outbox } from '../../platform/bus/bus';
import type { Clock } from '../../platform/clock';
import type { Database, Tx } from '../../platform/db/database';
import { inTransaction } from '../../platform/db/unit-of-work';
import { AppError } from '../../platform/http/app-error';
import type { IdGenerator } from '../../platform/ids';
import { resolveCustomers, type ResolveFailure } from '../customers/customer-resolver';
import { idSequence } from './rules/id-sequence';
import * as repo from './events.repository';
import { aggregateDeltas, type AggregateEvent } from './rules/aggregate-deltas';
import type { EventRejectCode } from './rules/rejection';
import { validateEvent, type NormalisedEvent } from './rules/validate-event';

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

interface Candidate {
  index: number;
  eventId: string;
  event: NormalisedEvent;
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

type StoredBatch = Awaited<ReturnType<typeof storeBatch>>;

function finish(batch: ReturnType<typeof prepareBatch>, stored: StoredBatch | null): IngestResult {
  const errors = stored ? [...batch.errors, ...stored.errors] : batch.errors;
  errors.sort((a, b) => a.index - b.index);
  return { accepted: stored?.accepted ?? 0, duplicate: batch.duplicate + (stored?.duplicate ?? 0), rejected: errors.length, errors };
}

/** One entry per distinct customer reference: a batch names the same customer many times. */
function customerKey(customer: NormalisedEvent['customer']): string {
  const ids = customer.identities.map((i) => `${i.type}\u0000${i.value}\u0000${i.attrs ? JSON.stringify(i.attrs) : ''}`).sort();
  return `${customer.customerId ?? ''}\u0001${ids.join('\u0001')}`;
}

type BatchContext = { now: Date; newId: () => string };

/** The customer of each candidate (one resolver call for the distinct references), or why there is none. */
async function resolveBatch(tx: Tx, candidates: Candidate[], options: IngestOptions, ctx: BatchContext) {
  const entryOf = new Map<string, number>();
  const entries: NormalisedEvent['customer'][] = [];
  const entryIndex = candidates.map((c) => {
    const key = customerKey(c.event.customer);
    let at = entryOf.get(key);
    if (at === undefined) {
      at = entries.push(c.event.customer) - 1;
      entryOf.set(key, at);
    }
    return at;
  });
  const resolved = await resolveCustomers(tx, entries, {
    createUnknown: options.createUnknownCustomers,
    source: options.customerSource ?? (options.source.startsWith('import:') ? 'import' : 'api'),
    now: ctx.now,
    newId: ctx.newId,
  });
  return entryIndex.map((at) => resolved[at]!);
}

function toRow(c: Candidate, customerId: string): repo.NewEventRow {
  const e = c.event;
  return { id: c.eventId, occurredAt: e.occurredAt, externalId: e.externalId, customerId, type: e.type, storeId: e.storeId, amountCents: e.amountCents, currency: e.currency, properties: e.properties };
}

/** The transaction of one batch; candidates are valid and distinct by id. */
async function storeBatch(tx: Tx, outbox: Outbox, candidates: Candidate[], options: IngestOptions, ctx: BatchContext) {
  const errors: IngestError[] = [];
  const reject = (c: Candidate, code: IngestRejectCode, reason: string) => errors.push({ index: c.index, id: c.event.externalId, code, reason });

  const storeIds = [...new Set(candidates.flatMap((c) => (c.event.storeId ? [c.event.storeId] : [])))];
  const stores = await repo.existingStoreIds(tx, storeIds);
  const known = candidates.filter((c) => {
    if (!c.event.storeId || stores.has(c.event.storeId)) return true;
    reject(c, 'unknown_store', `store ${c.event.storeId} does not exist`);
    return false;
  });

  // Claiming the ids first means customers are resolved (and created) only for new events.
  const claimed = await repo.claimEventKeys(tx, known.map((c) => ({ externalId: c.event.externalId, eventId: c.eventId, occurredAt: c.event.occurredAt })));
  const fresh = known.filter((c) => claimed.has(c.event.externalId));
  const customers = await resolveBatch(tx, fresh, options, ctx);

  const rows: repo.NewEventRow[] = [];
  const facts: AggregateEvent[] = [];
  const released: string[] = [];
  fresh.forEach((c, i) => {
    const r = customers[i]!;
    if (!r.ok) {
      reject(c, r.code, r.reason);
      released.push(c.event.externalId);
      return;
    }
    rows.push(toRow(c, r.customerId));
    const { type, occurredAt, amountCents, status, durationSeconds } = c.event;
    facts.push({ customerId: r.customerId, type, occurredAt, amountCents, status, durationSeconds });
  });
  await repo.releaseEventKeys(tx, released);
  const deltas = aggregateDeltas(facts);
  await repo.insertEventsWithAggregates(tx, rows, deltas, { receivedAt: ctx.now, source: options.source });
  if (rows.length > 0) {
    const types = [...new Set(rows.map((r) => r.type))];
    outbox.add('event.ingested', { count: rows.length, customerIds: deltas.customers.map((d) => d.customerId), types });
  }
  return { accepted: rows.length, duplicate: known.length - fresh.length, errors };
}
