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

type Pending = { index: number; customerId?: string; identities: NormalisedIdentity[] };

/** Entries with their identities normalised and de-duplicated, or the reason they cannot be. */
function normaliseEntries(entries: ResolveEntry[], results: ResolveResult[]): Pending[] {
  const pending: Pending[] = [];
  entries.forEach((entry, index) => {
    const identities = new Map<string, NormalisedIdentity>();
    for (const ref of entry.identities ?? []) {
      const n = normaliseIdentity(ref);
      if (!n.ok) {
        results[index] = { ok: false, code: 'invalid_identity', reason: n.reason };
        return;
      }
      if (!identities.has(keyOf(n.identity))) identities.set(keyOf(n.identity), n.identity);
    }
    if (entry.customerId !== undefined && !UUID.test(entry.customerId)) {
      results[index] = { ok: false, code: 'unknown_customer', reason: `'${entry.customerId}' is not a customer id` };
      return;
    }
    if (identities.size === 0 && entry.customerId === undefined) {
      results[index] = { ok: false, code: 'no_identity', reason: 'names no customer id and no identity' };
      return;
    }
    pending.push({ index, customerId: entry.customerId, identities: [...identities.values()] });
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
    for (const identity of e.identities) {
      const k = keyOf(identity);
      const j = firstWith.get(k);
      if (j === undefined) firstWith.set(k, i);
      else parent[find(i)] = find(j);
    }
  });
  const groups = new Map<number, Pending[]>();
  entries.forEach((e, i) => {
    const root = find(i);
    groups.set(root, [...(groups.get(root) ?? []), e]);
  });
  return [...groups.values()];
}

/** Creates one customer per group with all the group's identities; answers who owns each identity afterwards. */
async function createCustomers(ex: Db | Tx, groups: Pending[][], entries: ResolveEntry[], options: ResolveOptions) {
  const customers: { id: string; displayName: string }[] = [];
  const identities: repo.NewIdentity[] = [];
  for (const group of groups) {
    const id = options.newId();
    const all = new Map<string, NormalisedIdentity>();
    for (const e of group) for (const i of e.identities) if (!all.has(keyOf(i))) all.set(keyOf(i), i);
    const list = [...all.values()];
    customers.push({ id, displayName: (options.displayName?.(entries[group[0]!.index]!) ?? defaultDisplayName(list)).slice(0, 200) });
    const seenType = new Set<string>();
    for (const i of list) {
      identities.push({ id: options.newId(), customerId: id, type: i.type, value: i.value, attrs: i.attrs, isPrimary: !seenType.has(i.type) });
      seenType.add(i.type);
    }
  }
  await repo.insertCustomersBulk(ex, customers, options.source, options.now);
  const inserted = await repo.insertIdentitiesIgnoringTaken(ex, identities, options.now);
  const owner = new Map(inserted.map((r) => [keyOf(r), r.customer_id]));
  // Identities a concurrent transaction took first: learn who won them.
  const lost = identities.filter((i) => !owner.has(keyOf(i)));
  for (const row of await repo.findIdentityOwners(ex, lost)) owner.set(keyOf(row), row.status === 'active' ? row.customer_id : '');
  const owning = new Set(inserted.map((r) => r.customer_id));
  const bare = customers.filter((c) => !owning.has(c.id)).map((c) => c.id);
  await repo.deleteBareCustomers(ex, bare);
  const created = customers.filter((c) => owning.has(c.id));
  await repo.insertCreatedHistory(ex, created.map((c) => ({ id: options.newId(), customerId: c.id })), options.source, options.now);
  return { owner, createdIds: new Set(created.map((c) => c.id)) };
}

/**
 * Resolves each entry (the identities one event or CSV row names) to a customer id, in one
 * batch: 2-3 queries for any batch size. Works inside the caller's transaction. Identities
 * are looked up together; merged customers lead to the one they were merged into; entries
 * naming two different customers conflict. With `createUnknown`, entries none of whose
 * identities is known become new customers (one per set of entries sharing an identity);
 * unknown identities of an entry that resolves to an existing customer are not attached.
 * @example await resolveCustomers(tx, [{ identities: [{ type: 'phone', value: '138 1234 1234' }] }], { createUnknown: true, source: 'api', now, newId })
 */
export async function resolveCustomers(tx: Db | Tx, entries: ResolveEntry[], options: ResolveOptions): Promise<ResolveResult[]> {
  const results: ResolveResult[] = new Array(entries.length);
  const pending = normaliseEntries(entries, results);

  const keys = new Map<string, NormalisedIdentity>();
  for (const e of pending) for (const i of e.identities) keys.set(keyOf(i), i);
  const owners = await repo.findIdentityOwners(tx, [...keys.values()]);

  const states = new Map<string, repo.CustomerState>();
  const wanted = new Set<string>();
  for (const o of owners) {
    states.set(o.customer_id, { id: o.customer_id, status: o.status, merged_into: o.merged_into });
    wanted.add(o.customer_id);
  }
  for (const e of pending) if (e.customerId) wanted.add(e.customerId.toLowerCase());
  const target = await activeTargets(tx, states, wanted);
  const ownerOf = new Map(owners.map((o) => [keyOf(o), o.customer_id]));

  const unknown: Pending[] = [];
  for (const e of pending) {
    const found = new Set<string | null>();
    if (e.customerId) {
      const to = target.get(e.customerId.toLowerCase());
      if (!to) {
        results[e.index] = { ok: false, code: 'unknown_customer', reason: `customer ${e.customerId} does not exist or was erased` };
        continue;
      }
      found.add(to);
    }
    for (const i of e.identities) {
      const owner = ownerOf.get(keyOf(i));
      if (owner) found.add(target.get(owner) ?? null);
    }
    if (found.has(null)) {
      results[e.index] = { ok: false, code: 'unknown_customer', reason: 'an identity belongs to an erased customer' };
    } else if (found.size > 1) {
      results[e.index] = { ok: false, code: 'conflicting_identities', reason: 'the identities belong to different customers' };
    } else if (found.size === 1) {
      results[e.index] = { ok: true, customerId: [...found][0]!, created: false };
    } else if (!options.createUnknown) {
      results[e.index] = { ok: false, code: 'unknown_customer', reason: 'no customer has these identities' };
    } else {
      unknown.push(e);
    }
  }
  if (unknown.length === 0) return results;

  const { owner, createdIds } = await createCustomers(tx, groupByIdentity(unknown), entries, options);
  for (const e of unknown) {
    const ids = new Set(e.identities.map((i) => owner.get(keyOf(i)) ?? ''));
    const [only] = ids;
    if (ids.size === 1 && only) results[e.index] = { ok: true, customerId: only, created: createdIds.has(only) };
    else if (ids.has('')) results[e.index] = { ok: false, code: 'unknown_customer', reason: 'an identity belongs to an erased customer' };
    else results[e.index] = { ok: false, code: 'conflicting_identities', reason: 'another request took some of these identities at the same time' };
  }
  return results;
}
