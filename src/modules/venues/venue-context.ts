import type { FastifyRequest } from 'fastify';
import { auditContext, recordAudit, type AuditContext } from '../../platform/audit/audit.service';
import type { Principal } from '../../platform/auth/principal';
import type { Db, Tx } from '../../platform/db/database';

/** Who acts (for the audit log and the ledger) and with which store scope. */
export interface VenueContext extends AuditContext {
  principal: Principal | null;
}

/** The venue context of a request. */
export function venueContext(request: FastifyRequest): VenueContext {
  return { ...auditContext(request), principal: request.principal };
}

/** The acting staff user's id (for started_by / ended_by), null for API keys and the system. */
export function actingUserId(ctx: AuditContext): string | null {
  return ctx.actor.type === 'user' ? ctx.actor.id : null;
}

/** The actor as the wallet ledger records it: `user:<id>`, `api_key:<id>` or `system`. */
export function ledgerActor(ctx: AuditContext): string {
  return ctx.actor.id ? `${ctx.actor.type}:${ctx.actor.id}` : ctx.actor.type;
}

/** Appends an audit entry for a venue change in the caller's transaction. */
export async function auditVenue(ex: Db | Tx, at: Date, ctx: AuditContext, action: string, target: { type: string; id: string }, details: Record<string, unknown>): Promise<void> {
  await recordAudit(ex, { at, actor: ctx.actor, action, targetType: target.type, targetId: target.id, ip: ctx.ip, requestId: ctx.requestId, details });
}
