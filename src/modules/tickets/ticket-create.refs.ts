import type { Tx } from '../../platform/db/database';
import { AppError } from '../../platform/http/app-error';
import { findCustomersByIds, type CustomerRow } from '../customers/customers.repository';
import { memberTiers } from '../loyalty/member-tier';
import type { CreateFacts } from './routing/route-on-create';
import { factsOf, pathIn } from './routing/routing-refs';
import { listRules } from './routing/routing.repository';
import type { RoutingRule } from './routing/rules/routing-rules';
import { listCategories, type CategoryRow } from './ticket-categories.repository';
import { requesterFor } from './ticket-refs';
import type { CreateTicketBody } from './tickets.contracts';

/** What a batch of new tickets reads once, whatever its size: requesters and their tiers, categories, rules. */
export interface CreateRefs {
  /** The customer the ticket is for (a merged one's survivor); throws the 400/409 of `requesterFor`. */
  requesterOf(body: CreateTicketBody): string;
  /** Routing's facts for the ticket; throws 400 `invalid_ticket_category` for an unknown or inactive category. */
  factsOf(body: CreateTicketBody, requesterId: string): CreateFacts;
}

/** The requester each given id leads to: the row itself, or a merged profile's survivor (its chain followed). */
async function resolveRequesters(tx: Tx, ids: string[]): Promise<{ byInput: Map<string, string | AppError>; rows: Map<string, CustomerRow> }> {
  const rows = new Map((await findCustomersByIds(tx, ids)).map((c) => [c.id, c]));
  const byInput = new Map<string, string | AppError>();
  for (const id of ids) {
    const row = rows.get(id);
    if (!row) byInput.set(id, new AppError('invalid_ticket_requester'));
    else if (row.status === 'erased') byInput.set(id, new AppError('customer_erased'));
    else if (row.status !== 'merged') byInput.set(id, id);
    else byInput.set(id, await requesterFor(tx, id).catch((err: unknown) => (err instanceof AppError ? err : Promise.reject(err))));
  }
  const survivors = [...byInput.values()].filter((v): v is string => typeof v === 'string' && !rows.has(v));
  for (const row of await findCustomersByIds(tx, [...new Set(survivors)])) rows.set(row.id, row);
  return { byInput, rows };
}

/** Loads in `tx` what creating these tickets reads: four queries for any number of them. */
export async function loadCreateRefs(tx: Tx, bodies: CreateTicketBody[]): Promise<CreateRefs> {
  const { byInput, rows } = await resolveRequesters(tx, [...new Set(bodies.map((b) => b.requesterId))]);
  const tiers = await memberTiers(tx, [...rows.keys()]);
  const categories: CategoryRow[] = bodies.some((b) => b.categoryId) ? await listCategories(tx) : [];
  const rules = (await listRules(tx)).filter((r) => r.active) as RoutingRule[];
  return {
    requesterOf(body) {
      const id = byInput.get(body.requesterId);
      if (id instanceof AppError) throw id;
      return id!;
    },
    factsOf(body, requesterId) {
      if (body.categoryId && !categories.find((c) => c.id === body.categoryId)?.active) throw new AppError('invalid_ticket_category');
      return { requester: factsOf(rows.get(requesterId), tiers.get(requesterId)), categoryPath: pathIn(categories, body.categoryId), rules };
    },
  };
}
