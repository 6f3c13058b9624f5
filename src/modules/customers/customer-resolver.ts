import type { Db, Tx } from '../../platform/db/database';
import * as repo from './identities.repository';
import { maskEmail, maskPhone } from './rules/mask';
import { normaliseIdentity, type IdentityType, type NormalisedIdentity } from './rules/normalise-identity';

export type { IdentityType };
export interface IdentityRef {
  type: IdentityType;
  value: string;
  attrs?: Record<string, unknown>;
}
export interface ResolveEntry {
  customerId?: string;
  identities: IdentityRef[];
}
export interface ResolveOptions {
  /** Create a customer for entries none of whose identities is known. */
  createUnknown: boolean;
  /** `customers.source` of created customers (`api`, `import`…); also the history actor. */
  source: string;
  now: Date;
  newId: () => string;
  /** Display name of a created customer, from the first entry naming it. */
  displayName?: (entry: ResolveEntry) => string;
}
export type ResolveFailure = 'invalid_identity' | 'unknown_customer' | 'conflicting_identities' | 'no_identity';
export type ResolveResult = { ok: true; customerId: string; created: boolean } | { ok: false; code: ResolveFailure; reason: string };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const MAX_MERGE_HOPS = 5;
const keyOf = (i: { type: string; value: string }) => `${i.type}\u0000${i.value}`;

/** An entry that can be looked up: its distinct normalised identities and their keys. */
export type Pending = { index: number; customerId?: string; identities: NormalisedIdentity[]; keys: string[] };

/** Entries with their identities normalised and de-duplicated, or the reason they cannot be. */
function normaliseEntries(entries: ResolveEntry[], results: ResolveResult[]): Pending[] {
  const pending: Pending[] = [];
  entries.forEach((entry, index) => {
    const e: Pending = { index, customerId: entry.customerId, identities: [], keys: [] };
    for (const ref of entry.identities ?? []) {
      const n = normaliseIdentity(ref);
      if (!n.ok) return void (results[index] = { ok: false, code: 'invalid_identity', reason: n.reason });
      const key = keyOf(n.identity);
      if (e.keys.includes(key)) continue;
      e.keys.push(key);
      e.identities.push(n.identity);
    }
    if (entry.customerId !== undefined && !UUID.test(entry.customerId)) {
      results[index] = { ok: false, code: 'unknown_customer', reason: `'${entry.customerId}' is not a customer id` };
    } else if (e.keys.length === 0 && entry.customerId === undefined) {
      results[index] = { ok: false, code: 'no_identity', reason: 'names no customer id and no identity' };
    } else pending.push(e);
  });
  return pending;
}

/**
 * Where each customer id leads: itself when active, its merge target when merged, null when
 * missing or erased. Loads the states it lacks; merge chains (rare) cost one query per hop.
 */
async function activeTargets(ex: Db | Tx, known: Map<string, repo.CustomerState>, wanted: Set<string>): Promise<Map<string, string | null>> {
  const load = async (ids: string[]) => {
    for (const row of await repo.findCustomerStates(ex, ids)) known.set(row.id, row);
  };
  await load([...wanted].filter((id) => !known.has(id)));
  for (let hop = 0; hop < MAX_MERGE_HOPS; hop++) {
    const targets = [...known.values()].filter((s) => s.status === 'merged' && s.merged_into && !known.has(s.merged_into)).map((s) => s.merged_into!);
    if (targets.length === 0) break;
    await load(targets);
    for (const id of targets) if (!known.has(id)) known.set(id, { id, status: 'missing', merged_into: null });
  }
  const target = new Map<string, string | null>();
  for (const id of wanted) {
    let state = known.get(id);
    for (let hop = 0; state?.status === 'merged' && state.merged_into && hop < MAX_MERGE_HOPS; hop++) state = known.get(state.merged_into);
    target.set(id, state?.status === 'active' ? state.id : null);
  }
  return target;
}

/** The display name of a created customer when the caller gives none; contacts appear masked. */
function defaultDisplayName(identities: NormalisedIdentity[]): string {
  const account = identities.find((i) => i.type === 'game_account');
  const roleName = account?.attrs.roleName;
  if (typeof roleName === 'string' && roleName.trim()) return roleName.trim();
  const plain = account ?? identities.find((i) => i.type !== 'phone' && i.type !== 'email');
  if (plain) return plain.value;
  const first = identities[0]!;
  return first.type === 'phone' ? maskPhone(first.value) : maskEmail(first.value);
}

/** Groups unknown entries that share an identity: they become one new customer. */
function groupByIdentity(entries: Pending[]): Pending[][] {
  const parent = entries.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const firstWith = new Map<string, number>();
  entries.forEach((e, i) => {
    for (const k of e.keys) {
      const j = firstWith.get(k);
      if (j === undefined) firstWith.set(k, i);
      else parent[find(i)] = find(j);
    }
  });
  const groups = new Map<number, Pending[]>();
  entries.forEach((e, i) => {
    const root = find(i);
    const group = groups.get(root);
    if (group) group.push(e);
    else groups.set(root, [e]);
  });
  return [...groups.values()];
}

/** Creates one customer per group with all the group's identities; answers who owns each identity (by key) afterwards. */
async function createCustomers(ex: Db | Tx, groups: Pending[][], entries: ResolveEntry[], options: Omit<ResolveOptions, 'createUnknown'>) {
  const customers: { id: string; displayName: string }[] = [];
  const identities: repo.NewIdentity[] = [];
  const keys: string[] = [];
  for (const group of groups) {
    const id = options.newId();
    let list = group[0]!.identities;
    let listKeys = group[0]!.keys;
    if (group.length > 1) {
      const all = new Map<string, NormalisedIdentity>();
      for (const e of group) for (let k = 0; k < e.keys.length; k++) if (!all.has(e.keys[k]!)) all.set(e.keys[k]!, e.identities[k]!);
      list = [...all.values()];
      listKeys = [...all.keys()];
    }
    customers.push({ id, displayName: (options.displayName?.(entries[group[0]!.index]!) ?? defaultDisplayName(list)).slice(0, 200) });
    const types: string[] = [];
    for (let k = 0; k < list.length; k++) {
      const i = list[k]!;
      identities.push({ id: options.newId(), customerId: id, type: i.type, value: i.value, attrs: i.attrs, isPrimary: !types.includes(i.type) });
      keys.push(listKeys[k]!);
      types.push(i.type);
    }
  }
  await repo.insertCustomersBulk(ex, customers, options.source, options.now);
  const taken = await repo.insertIdentitiesIgnoringTaken(ex, identities, options.now);
  const owner = new Map<string, string>();
  const owning = new Set<string>();
  identities.forEach((i, k) => {
    if (taken.has(i.id)) return;
    owner.set(keys[k]!, i.customerId);
    owning.add(i.customerId);
  });
  if (taken.size > 0) {
    // Identities a concurrent transaction took first: learn who won them.
    const lost = identities.filter((i) => taken.has(i.id));
    for (const row of await repo.findIdentityOwners(ex, lost)) owner.set(keyOf(row), row.status === 'active' ? row.customer_id : '');
    await repo.deleteBareCustomers(ex, customers.filter((c) => !owning.has(c.id)).map((c) => c.id));
  }
  const created = customers.filter((c) => owning.has(c.id));
  await repo.insertCreatedHistory(ex, created.map((c) => ({ id: options.newId(), customerId: c.id })), options.source, options.now);
  return { owner, createdIds: owning };
}

/** What `findCustomers` learned: a result per entry, and the entries no customer has yet. */
export interface CustomerLookup {
  /** Per entry; an entry in `unknown` reads `unknown_customer` until `createUnknownCustomers` creates it. */
  results: ResolveResult[];
  unknown: Pending[];
}

const NOT_FOUND: ResolveResult = { ok: false, code: 'unknown_customer', reason: 'no customer has these identities' };

/**
 * Finds the customer of each entry without creating any: 2-3 queries for any batch size.
 * Identities are looked up together; merged customers lead to the one they were merged into;
 * entries naming two different customers conflict.
 * @example const { results, unknown } = await findCustomers(tx, [{ identities: [{ type: 'qq', value: '10001' }] }])
 */
export async function findCustomers(tx: Db | Tx, entries: ResolveEntry[]): Promise<CustomerLookup> {
  const results: ResolveResult[] = new Array(entries.length);
  const unknown = await classify(tx, normaliseEntries(entries, results), results);
  return { results, unknown };
}

/** Looks the entries up and writes their results; answers those no customer has. */
async function classify(tx: Db | Tx, pending: Pending[], results: ResolveResult[]): Promise<Pending[]> {
  const owners = await repo.findOwnersOfEntries(tx, pending);
  const states = new Map<string, repo.CustomerState>();
  const wanted = new Set<string>();
  for (const entryOwners of owners) {
    for (const o of entryOwners) {
      if (!o) continue;
      states.set(o.id, o);
      wanted.add(o.id);
    }
  }
  for (const e of pending) if (e.customerId) wanted.add(e.customerId.toLowerCase());
  const target = await activeTargets(tx, states, wanted);

  const unknown: Pending[] = [];
  pending.forEach((e, p) => {
    // The one customer the entry names so far; an erased owner or a second customer fails it.
    let found = e.customerId ? (target.get(e.customerId.toLowerCase()) ?? undefined) : undefined;
    if (e.customerId && !found) {
      results[e.index] = { ok: false, code: 'unknown_customer', reason: `customer ${e.customerId} does not exist or was erased` };
      return;
    }
    let erased = false;
    let conflict = false;
    for (const owner of owners[p]!) {
      if (owner === undefined) continue;
      const to = target.get(owner.id);
      if (!to) erased = true;
      else if (found === undefined) found = to;
      else if (found !== to) conflict = true;
    }
    if (erased) results[e.index] = { ok: false, code: 'unknown_customer', reason: 'an identity belongs to an erased customer' };
    else if (conflict) results[e.index] = { ok: false, code: 'conflicting_identities', reason: 'the identities belong to different customers' };
    else if (found !== undefined) results[e.index] = { ok: true, customerId: found, created: false };
    else {
      results[e.index] = NOT_FOUND;
      unknown.push(e);
    }
  });
  return unknown;
}

/**
 * Creates customers for the unknown entries of a lookup, one per set of entries sharing an
 * identity; updates their results. Creators of the same identities take turns (locks held to
 * commit), and look again once it is theirs: a transaction that waited finds the customers
 * the other one created, instead of creating them too and deleting its copies.
 */
export async function createUnknownCustomers(tx: Db | Tx, entries: ResolveEntry[], lookup: CustomerLookup, options: Omit<ResolveOptions, 'createUnknown'>): Promise<void> {
  if (lookup.unknown.length === 0) return;
  await repo.lockIdentityCreation(tx, lookup.unknown.flatMap((e) => e.keys));
  const unknown = await classify(tx, lookup.unknown, lookup.results);
  lookup.unknown = unknown;
  if (unknown.length === 0) return;
  const { owner, createdIds } = await createCustomers(tx, groupByIdentity(unknown), entries, options);
  for (const e of unknown) {
    // Every identity of the entry should now belong to one customer ('' = nobody active).
    let only: string | undefined;
    let erased = false;
    let mixed = false;
    for (const key of e.keys) {
      const o = owner.get(key) ?? '';
      if (o === '') erased = true;
      else if (only === undefined) only = o;
      else if (only !== o) mixed = true;
    }
    if (only && !erased && !mixed) lookup.results[e.index] = { ok: true, customerId: only, created: createdIds.has(only) };
    else if (erased) lookup.results[e.index] = { ok: false, code: 'unknown_customer', reason: 'an identity belongs to an erased customer' };
    else lookup.results[e.index] = { ok: false, code: 'conflicting_identities', reason: 'another request took some of these identities at the same time' };
  }
}

/**
 * Takes back customers `createUnknownCustomers` made in this transaction that the caller did
 * not use after all (the events naming them were all stored before): as if never created.
 */
export async function discardCreatedCustomers(tx: Db | Tx, customerIds: string[]): Promise<void> {
  await repo.deleteNewCustomers(tx, customerIds);
}

/**
 * Resolves each entry (the identities one event or CSV row names) to a customer id, in one
 * batch inside the caller's transaction: `findCustomers`, then with `createUnknown` the
 * unknown entries become new customers. Unknown identities of an entry that resolves to an
 * existing customer are not attached.
 * @example await resolveCustomers(tx, [{ identities: [{ type: 'phone', value: '138 1234 1234' }] }], { createUnknown: true, source: 'api', now, newId })
 */
export async function resolveCustomers(tx: Db | Tx, entries: ResolveEntry[], options: ResolveOptions): Promise<ResolveResult[]> {
  const lookup = await findCustomers(tx, entries);
  if (options.createUnknown) await createUnknownCustomers(tx, entries, lookup, options);
  return lookup.results;
}
