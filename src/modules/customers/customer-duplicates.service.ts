import type { DuplicateReason, DuplicatesAnswer } from './customer-privacy.contracts';
import { findCustomerById, identitiesOf } from './customers.repository';
import { findDuplicateCandidates, SIMILAR_NAME, type DuplicateCandidate } from './customer-duplicates.repository';
import { summaryRows } from './customer-search.repository';
import { presentSummary, type Viewer } from './customer-view';
import { readable, type CustomerDeps } from './service-context';

const MAX_SUGGESTIONS = 10;

/** Why a candidate was suggested, strongest first. */
function reasonsOf(c: DuplicateCandidate): DuplicateReason[] {
  const reasons: DuplicateReason[] = [];
  if (c.sameRealName) reasons.push('sameRealName');
  else if (c.realSimilarity >= SIMILAR_NAME) reasons.push('similarRealName');
  if (c.displaySimilarity >= SIMILAR_NAME) reasons.push('similarDisplayName');
  if (c.sameBirthday) reasons.push('sameBirthday');
  if (c.sameHomeStore) reasons.push('sameHomeStore');
  if (c.sameCity) reasons.push('sameCity');
  return reasons;
}

/** Up to 10 active customers that may be the same person as `customerId`, with the reasons; masked like any answer. */
export async function suggestDuplicates(deps: Pick<CustomerDeps, 'database'>, viewer: Viewer, customerId: string): Promise<DuplicatesAnswer> {
  const db = deps.database.db;
  const customer = readable(await findCustomerById(db, customerId));
  // The raised similarity threshold is set for this transaction only.
  const candidates = await db.transaction((tx) => findDuplicateCandidates(tx, customer, MAX_SUGGESTIONS));
  const rows = new Map((await summaryRows(db, candidates.map((c) => c.id))).map((r) => [r.customer.id, r]));
  const contacts = await identitiesOf(db, [...rows.keys()], ['phone', 'email']);
  return {
    items: candidates
      .filter((c) => rows.has(c.id))
      .map((c) => {
        const row = rows.get(c.id)!;
        const customerContacts = contacts.filter((i) => i.customerId === c.id);
        return {
          customer: presentSummary(row.customer, customerContacts, row, viewer),
          reasons: reasonsOf(c),
          score: Math.round(Math.max(c.displaySimilarity, c.realSimilarity) * 1000) / 1000,
        };
      }),
  };
}
