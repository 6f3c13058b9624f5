import { AppError } from '../../platform/http/app-error';
import { decodeCursor, toPage } from '../../platform/http/pagination';
import type { Db } from '../../platform/db/database';
import type { CustomerExportQuery, CustomerListQuery, CustomerSearchAnswer, CustomerSearchQuery, CustomerSort, CustomerSummary } from './customers.contracts';
import { identitiesOf } from './customers.repository';
import { listFields } from './customer-fields.repository';
import { listCustomerRows, sortKey, type ListConditions, type ListFilter, type ListRow } from './customer-list.repository';
import { findByIdentities, findByName, findByNamePrefix, findBySimilarName, summaryRows } from './customer-search.repository';
import { presentSummary, type Viewer } from './customer-view';
import { parseCustomFilter } from './rules/custom-field-value';
import { identityCandidates, isContactQuery } from './rules/search-candidates';
import type { CustomerDeps } from './service-context';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const MONEY = /^-?\d+(\.\d+)?$/;

/** Summaries of rows, with each customer's primary phone and email: one more query for any page size. */
async function summaries(db: Db, rows: ListRow[], viewer: Viewer): Promise<CustomerSummary[]> {
  const contacts = await identitiesOf(db, rows.map((r) => r.customer.id), ['phone', 'email']);
  return rows.map((r) => presentSummary(r.customer, contacts.filter((i) => i.customerId === r.customer.id), r, viewer));
}

const isTime = (k: string) => !Number.isNaN(Date.parse(k));

function validKey(sort: CustomerSort, k: string | null): boolean {
  switch (sort) {
    case 'displayName':
      return k !== null;
    case '-totalSpend':
      return k !== null && MONEY.test(k);
    case '-lastSeenAt':
      return k === null || isTime(k);
    default:
      return k !== null && isTime(k);
  }
}

/** The position a cursor carries for this sort; `invalid_cursor` for one that cannot be (nothing reaches SQL unchecked). */
function cursorFor(sort: CustomerSort, cursor: string | undefined): ListFilter['after'] {
  const pos = decodeCursor(cursor);
  if (!pos) return undefined;
  const k = pos.k === '' ? null : String(pos.k);
  if (!UUID.test(pos.id) || !validKey(sort, k)) throw new AppError('invalid_cursor');
  return { k, id: pos.id };
}

/** `custom.<key>=<text>` filters typed by their field definitions; 400 `invalid_custom_field` otherwise. */
async function customFilter(db: Db, query: Record<string, unknown>): Promise<Record<string, unknown> | undefined> {
  const given = Object.entries(query).filter(([k]) => k.startsWith('custom.'));
  if (given.length === 0) return undefined;
  const fields = new Map((await listFields(db)).map((f) => [f.key, f]));
  const custom: Record<string, unknown> = {};
  for (const [name, text] of given) {
    const key = name.slice('custom.'.length);
    const field = fields.get(key);
    if (!field) throw new AppError('invalid_custom_field', `${name} is not a custom field`, { key, reason: 'is not a custom field' });
    const parsed = parseCustomFilter(field, String(text));
    if (!parsed.ok) throw new AppError('invalid_custom_field', `${name} ${parsed.reason}`, { key, reason: parsed.reason });
    custom[key] = parsed.value;
  }
  return custom;
}

/** The filters of a list query, checked and typed (no sort or paging). */
export async function listConditions(db: Db, query: CustomerExportQuery): Promise<ListConditions> {
  const text = query.q?.trim();
  return {
    q: text ? { text, identities: identityCandidates(text) } : undefined,
    tag: query.tag,
    storeId: query.storeId,
    source: query.source,
    minSpend: query.minSpend,
    maxSpend: query.maxSpend,
    lastSeenFrom: query.lastSeenFrom ? new Date(query.lastSeenFrom) : undefined,
    lastSeenTo: query.lastSeenTo ? new Date(query.lastSeenTo) : undefined,
    consent: query.consent,
    custom: await customFilter(db, query),
  };
}

/** One page of active customers, filtered and sorted (keyset on the sort key and id), masked for the viewer. */
export async function listCustomers(deps: Pick<CustomerDeps, 'database'>, viewer: Viewer, query: CustomerListQuery) {
  const db = deps.database.db;
  const limit = query.limit ?? 50;
  const sort = query.sort ?? '-createdAt';
  const rows = await listCustomerRows(db, { ...(await listConditions(db, query)), sort, after: cursorFor(sort, query.cursor), limit });
  const page = toPage(rows, limit, (r) => ({ k: sortKey(sort, r) ?? '', id: r.customer.id }));
  return { items: await summaries(db, page.items, viewer), nextCursor: page.nextCursor };
}

const matchOrder = { phone: 0, email: 1, identity: 2 } as const;
const matchOf = (type: string): keyof typeof matchOrder => (type === 'phone' || type === 'email' ? type : 'identity');
type Hit = { id: string; matchedBy: CustomerSearchAnswer['items'][number]['matchedBy']; score: number };

/**
 * Exact matches by phone, email or any identity value first (score 1), then customers whose
 * name starts with `q`, then ones whose name is similar (pg_trgm), ranked by similarity.
 * A phone number or an email is never searched by name.
 */
export async function searchCustomers(deps: Pick<CustomerDeps, 'database'>, viewer: Viewer, query: CustomerSearchQuery): Promise<CustomerSearchAnswer> {
  const db = deps.database.db;
  const limit = query.limit ?? 20;
  const q = query.q.trim();
  const candidates = identityCandidates(q);
  const hits = new Map<string, Hit>();
  const add = (hit: Hit) => {
    if (!hits.has(hit.id) && hits.size < limit) hits.set(hit.id, hit);
  };
  const exact = (await findByIdentities(db, candidates)).map((r) => ({ id: r.id, matchedBy: matchOf(r.type) }));
  exact.sort((a, b) => matchOrder[a.matchedBy] - matchOrder[b.matchedBy]).forEach((m) => add({ ...m, score: 1 }));
  if (q !== '' && !isContactQuery(candidates)) {
    // One round trip for a one-word name (prefix and similar candidates together); otherwise
    // prefix first, and similarity (a costlier GIN scan) only when too few start like q.
    const oneQuery = hits.size < limit ? await findByName(db, q, limit) : null;
    const byName = oneQuery ?? (hits.size < limit ? await findByNamePrefix(db, q, limit) : []);
    if (!oneQuery && hits.size + byName.length < limit) byName.push(...(await findBySimilarName(db, q, limit)));
    byName.sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1));
    for (const r of byName) add({ id: r.id, matchedBy: 'name', score: Math.round(r.score * 1000) / 1000 });
  }
  const ranked = [...hits.values()];
  const rows = new Map((await summaryRows(db, ranked.map((h) => h.id))).map((r) => [r.customer.id, r]));
  const found = ranked.filter((h) => rows.has(h.id));
  const items = await summaries(db, found.map((h) => rows.get(h.id)!), viewer);
  return { items: found.map((h, i) => ({ customer: items[i]!, matchedBy: h.matchedBy, score: h.score })) };
}
