import type { ServiceDeps } from '../../app';
import type { FastifyRequest } from 'fastify';
import { auditContext, type AuditContext } from '../../platform/audit/audit.service';
import type { Db, Tx } from '../../platform/db/database';
import { AppError } from '../../platform/http/app-error';
import { viewerOf, type Viewer } from './customer-view';
import type { CustomerRow } from './customers.repository';
import * as repo from './customers.repository';

/** What the customer services need from the app. */
export type CustomerDeps = ServiceDeps;

/** Who is asking: for the audit log, for masking, and as the author of notes and history. */
export interface CustomerContext extends AuditContext {
  viewer: Viewer;
  author: { id: string | null; label: string };
}

export function customerContext(request: FastifyRequest): CustomerContext {
  const p = request.principal;
  const author =
    p?.kind === 'user' ? { id: p.user.id, label: p.user.name || p.user.email } : p?.kind === 'api_key' ? { id: null, label: p.apiKey.name } : { id: null, label: '' };
  return { ...auditContext(request), viewer: viewerOf(p), author };
}

/** A profile that can be read: 404 when missing, 409 `customer_merged` (with `mergedInto`) when merged away. */
export function readable(row: CustomerRow | undefined): CustomerRow {
  if (!row) throw new AppError('customer_not_found');
  if (row.status === 'merged') throw new AppError('customer_merged', `The customer was merged into ${row.mergedInto}`, { mergedInto: row.mergedInto });
  return row;
}

/** A profile that can be changed: readable and not erased. */
export function writable(row: CustomerRow | undefined): CustomerRow {
  const customer = readable(row);
  if (customer.status === 'erased') throw new AppError('customer_erased');
  return customer;
}

/** Locks the customer for a change in `tx`; answers it if it can be changed. */
export async function lockWritable(tx: Tx, id: string): Promise<CustomerRow> {
  return writable(await repo.lockCustomer(tx, id));
}

/** Appends a profile change to the customer's history (shown on the timeline). */
export async function recordHistory(
  ex: Db | Tx,
  deps: Pick<CustomerDeps, 'ids'>,
  ctx: CustomerContext,
  at: Date,
  customerId: string,
  action: string,
  changes: Record<string, unknown>,
): Promise<void> {
  await repo.insertHistory(ex, { id: deps.ids.uuid(), customerId, at, actorLabel: ctx.author.label, action, changes });
}
