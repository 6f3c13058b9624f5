import type { Outbox } from '../../platform/bus/bus';
import type { Tx } from '../../platform/db/database';
import { createUnknownCustomers, discardCreatedCustomers, findCustomers, type CustomerLookup, type ResolveResult } from '../customers/customer-resolver';
import * as repo from './events.repository';
import type { IngestError, IngestOptions } from './ingest.service';
import type { NormalisedEvent } from './rules/validate-event';

/** A valid event of the batch with the id it will be stored under. */
export interface Candidate {
  index: number;
  eventId: string;
  event: NormalisedEvent;
}

export type BatchContext = { now: Date; newId: () => string };
export type StoredBatch = { accepted: number; duplicate: number; errors: IngestError[] };

/** The distinct customer references of a batch (it names the same customer many times) and each candidate's one. */
function customerRefs(candidates: Candidate[]) {
  const entryOf = new Map<string, number>();
  const entries: NormalisedEvent['customer'][] = [];
  const entryIndex = new Array<number>(candidates.length);
  for (let k = 0; k < candidates.length; k++) {
    const customer = candidates[k]!.event.customer;
    const key = customerKey(customer);
    let at = entryOf.get(key);
    if (at === undefined) {
      at = entries.push(customer) - 1;
      entryOf.set(key, at);
    }
    entryIndex[k] = at;
  }
  return { entries, entryIndex };
}

const identityKey = (i: NormalisedEvent['customer']['identities'][number]) => `${i.type}\u0000${i.value}\u0000${i.attrs ? JSON.stringify(i.attrs) : ''}`;

function customerKey(customer: NormalisedEvent['customer']): string {
  const ids = customer.identities.length === 1 ? identityKey(customer.identities[0]!) : customer.identities.map(identityKey).sort().join('\u0001');
  return `${customer.customerId ?? ''}\u0001${ids}`;
}

/** The columns of the events to store, with their customers. */
function columnsOf(candidates: Candidate[], customerIds: string[]): repo.EventColumns {
  const n = candidates.length;
  const cols: repo.EventColumns = {
    ids: new Array(n), occurredAt: new Array(n), externalIds: new Array(n), customerIds, types: new Array(n),
    storeIds: new Array(n), amountCents: new Array(n), currencies: new Array(n), properties: new Array(n),
  };
  for (let k = 0; k < n; k++) {
    const c = candidates[k]!;
    const e = c.event;
    cols.ids[k] = c.eventId;
    cols.occurredAt[k] = e.occurredAt;
    cols.externalIds[k] = e.externalId;
    cols.types[k] = e.type;
    cols.storeIds[k] = e.storeId;
    cols.amountCents[k] = e.amountCents;
    cols.currencies[k] = e.currency;
    cols.properties[k] = e.properties;
  }
  return cols;
}

/**
 * The transaction of one batch; candidates are valid and distinct by id. Finds the customers
 * (one query), creates the unknown ones, then one statement claims the ids, inserts the new
 * events and adds them to the aggregates: 2 statements for a batch of known players. Locks
 * come in one order in every batch, each kind taken in sorted order by one statement
 * (identity-creation locks, identities, event ids, stats rows), so overlapping batches wait for
 * each other instead of deadlocking. Customers created for events that turn out to be stored
 * already are taken back; an event whose customer cannot be resolved is rejected, or counted
 * duplicate when it was stored before.
 */
export async function storeBatch(tx: Tx, outbox: Outbox, candidates: Candidate[], options: IngestOptions, ctx: BatchContext): Promise<StoredBatch> {
  const errors: IngestError[] = [];
  const storeIds = [...new Set(candidates.flatMap((c) => (c.event.storeId ? [c.event.storeId] : [])))];
  const stores = await repo.existingStoreIds(tx, storeIds);
  const known = candidates.filter((c) => {
    if (!c.event.storeId || stores.has(c.event.storeId)) return true;
    errors.push({ index: c.index, id: c.event.externalId, code: 'unknown_store', reason: `store ${c.event.storeId} does not exist` });
    return false;
  });

  const refs = customerRefs(known);
  const lookup = await findCustomers(tx, refs.entries);
  if (options.createUnknownCustomers) await createUnknownCustomers(tx, refs.entries, lookup, customerOptions(options, ctx));

  const ok: Candidate[] = [];
  const customerIds: string[] = [];
  const failed: { c: Candidate; why: Extract<ResolveResult, { ok: false }> }[] = [];
  for (let k = 0; k < known.length; k++) {
    const r = lookup.results[refs.entryIndex[k]!]!;
    if (r.ok) {
      ok.push(known[k]!);
      customerIds.push(r.customerId);
    } else failed.push({ c: known[k]!, why: r });
  }
  const duplicates = await repo.storeEvents(tx, columnsOf(ok, customerIds), { receivedAt: ctx.now, source: options.source });
  const stored = summary(ok, customerIds, duplicates);
  await discardUnused(tx, lookup, stored.customerIds);

  // An event whose customer could not be resolved is still a duplicate when it was stored before
  // (committed: one a concurrent batch is storing right now reads as rejected, and is stored once).
  const storedBefore = await repo.storedExternalIds(tx, failed.map((f) => f.c.event.externalId));
  for (const { c, why } of failed) {
    if (!storedBefore.has(c.event.externalId)) errors.push({ index: c.index, id: c.event.externalId, code: why.code, reason: why.reason });
  }
  if (stored.accepted > 0) outbox.add('event.ingested', { count: stored.accepted, customerIds: [...stored.customerIds], types: [...stored.types] });
  return { accepted: stored.accepted, duplicate: duplicates.size + storedBefore.size, errors };
}

/** What was stored: the candidates but the duplicates, their customers and types. */
function summary(candidates: Candidate[], customerIds: string[], duplicates: Set<string>) {
  const ids = new Set<string>();
  const types = new Set<string>();
  let accepted = 0;
  for (let k = 0; k < candidates.length; k++) {
    if (duplicates.size > 0 && duplicates.has(candidates[k]!.event.externalId)) continue;
    accepted++;
    ids.add(customerIds[k]!);
    types.add(candidates[k]!.event.type);
  }
  return { accepted, customerIds: ids, types };
}

/** Takes back the customers this batch created whose events all turned out to be duplicates. */
async function discardUnused(tx: Tx, lookup: CustomerLookup, used: Set<string>): Promise<void> {
  const unused = new Set<string>();
  for (const e of lookup.unknown) {
    const r = lookup.results[e.index]!;
    if (r.ok && r.created && !used.has(r.customerId)) unused.add(r.customerId);
  }
  await discardCreatedCustomers(tx, [...unused]);
}

function customerOptions(options: IngestOptions, ctx: BatchContext) {
  return { source: options.customerSource ?? (options.source.startsWith('import:') ? 'import' : 'api'), now: ctx.now, newId: ctx.newId };
}
