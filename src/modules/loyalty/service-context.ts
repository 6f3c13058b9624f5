import type { ServiceDeps } from '../../app';
import { recordAudit, type AuditContext } from '../../platform/audit/audit.service';
import type { Tx } from '../../platform/db/database';
import { isForeignKeyViolation, isRetryableConflict } from '../../platform/db/db-errors';
import { AppError } from '../../platform/http/app-error';
import { getStore } from '../organisation/stores.service';

/** What the loyalty services need from the app. */
export type LoyaltyDeps = ServiceDeps;

/** The ledger's `actor` text for an audit context: `user:<id>`, `api_key:<id>` or `system`. */
export function actorOf(ctx: AuditContext): string {
  return ctx.actor.id ? `${ctx.actor.type}:${ctx.actor.id}` : ctx.actor.type;
}

/** One audit entry for a loyalty change, in the change's transaction. */
export async function auditLoyalty(tx: Tx, at: Date, ctx: AuditContext, action: string, target: { type: string; id: string }, details: Record<string, unknown>): Promise<void> {
  await recordAudit(tx, { at, actor: ctx.actor, ip: ctx.ip, requestId: ctx.requestId, action, targetType: target.type, targetId: target.id, details });
}

/** 404 `store_not_found` unless the store exists (read through the organisation service). */
export async function assertStore(deps: Pick<LoyaltyDeps, 'database'>, storeId: string): Promise<void> {
  await getStore(deps, storeId);
}

/**
 * Runs a member change, answering 404 `customer_not_found` when the member does not exist (the
 * points tables reference customers, so an unknown id fails their foreign key).
 */
export async function forMember<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (err) {
    if (isForeignKeyViolation(err)) throw new AppError('customer_not_found');
    throw err;
  }
}

/**
 * Runs a transaction again (up to 3 times) after a deadlock or serialization failure, e.g. a
 * redemption meeting the earning run on the same member and coupon template.
 */
export async function retryOnConflict<T>(work: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (err) {
      if (attempt >= 3 || !isRetryableConflict(err)) throw err;
    }
  }
}
