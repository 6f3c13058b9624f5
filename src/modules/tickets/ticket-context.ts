import type { FastifyRequest } from 'fastify';
import type { ServiceDeps } from '../../app';
import { auditContext, recordAudit, type AuditContext } from '../../platform/audit/audit.service';
import { isAllowed } from '../../platform/auth/auth.plugin';
import type { Tx } from '../../platform/db/database';
import { viewerOf, type Viewer } from '../customers/customer-view';
import { teamDepartment } from './ticket-refs';
import { userScope, type TicketScope } from './rules/ticket-scope';

/** What the ticket services need from the app. */
export type TicketDeps = ServiceDeps;

/** Who is asking: for the change trail and audit, for masking the requester, and which tickets it may see. */
export interface TicketContext extends AuditContext {
  scope: TicketScope;
  viewer: Viewer;
  /** The staff user acting, when it is one (API keys are not). */
  userId: string | null;
}

/**
 * The context of a request: a staff user's scope is its department and its team's department
 * (one lookup of the team), everything with `tickets:read_all`.
 */
export async function ticketContext(deps: Pick<TicketDeps, 'database'>, request: FastifyRequest): Promise<TicketContext> {
  const p = request.principal;
  const readAll = p !== null && isAllowed(p, 'tickets:read_all');
  const user = p?.kind === 'user' ? p.user : null;
  const teamDepartmentId = user?.teamId && !readAll ? await teamDepartment(deps.database.db, user.teamId) : null;
  return {
    ...auditContext(request),
    viewer: viewerOf(p),
    userId: user?.id ?? null,
    scope: userScope({ readAll, userId: user?.id ?? null, departmentId: user?.departmentId ?? null, teamDepartmentId: teamDepartmentId ?? null }),
  };
}

/** The trail's `actor` text: `user:<id>`, `api_key:<id>` or `system`. */
export function actorRef(ctx: AuditContext): string {
  return ctx.actor.id ? `${ctx.actor.type}:${ctx.actor.id}` : ctx.actor.type;
}

/** One audit entry for a ticket or category change, in the change's transaction. */
export async function auditTickets(tx: Tx, at: Date, ctx: AuditContext, action: string, target: { type: string; id: string }, details: Record<string, unknown>): Promise<void> {
  await recordAudit(tx, { at, actor: ctx.actor, ip: ctx.ip, requestId: ctx.requestId, action, targetType: target.type, targetId: target.id, details });
}
