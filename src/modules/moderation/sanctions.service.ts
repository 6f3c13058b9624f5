import type { ServiceDeps } from '../../app';
import { recordAudit, type AuditContext } from '../../platform/audit/audit.service';
import type { Principal } from '../../platform/auth/principal';
import { principalStoreId } from '../../platform/auth/principal';
import { inTransaction } from '../../platform/db/unit-of-work';
import { AppError } from '../../platform/http/app-error';
import { toPage } from '../../platform/http/pagination';
import { isoOrNull } from '../../platform/iso-time';
import { queueWebhook } from '../../platform/webhooks/webhooks.service';
import { findCustomerById } from '../customers/customers.repository';
import { timeCursor } from '../tickets/ticket-cursors';
import type { CreateSanctionBody, Sanction, SanctionCounts, SanctionListQuery } from './moderation.contracts';
import * as repo from './moderation.repository';
import { inForce, sanctionEnd } from './rules/sanction-terms';
const actorOf = (ctx: AuditContext) => (ctx.actor.id ? `${ctx.actor.type}:${ctx.actor.id}` : ctx.actor.type);

export function presentSanction(row: repo.SanctionRow, now: Date): Sanction {
  return {
    id: row.id,
    customerId: row.customerId,
    gameAccount: row.gameAccount,
    kind: row.kind as Sanction['kind'],
    storeId: row.storeId,
    reason: row.reason,
    reportId: row.reportId,
    startsAt: row.startsAt.toISOString(),
    endsAt: isoOrNull(row.endsAt),
    inForce: inForce(row, now),
    createdBy: row.createdBy,
    createdAt: row.createdAt.toISOString(),
    revokedAt: isoOrNull(row.revokedAt),
    revokeReason: row.revokeReason,
  };
}

async function assertCustomer(deps: Pick<ServiceDeps, 'database'>, id: string): Promise<void> {
  const row = await findCustomerById(deps.database.db, id);
  if (!row || row.status === 'erased') throw new AppError('customer_not_found');
}

/** A customer's sanctions, newest first, with counts by kind and those in force now. */
export async function customerSanctions(deps: Pick<ServiceDeps, 'database' | 'clock'>, customerId: string) {
  await assertCustomer(deps, customerId);
  const now = deps.clock.now();
  const items = (await repo.sanctionsOf(deps.database.db, { customerId })).map((s) => presentSanction(s, now));
  const live = items.filter((s) => s.revokedAt === null);
  return {
    items,
    summary: {
      warnings: live.filter((s) => s.kind === 'warning').length,
      mutes: live.filter((s) => s.kind === 'mute').length,
      bans: live.filter((s) => s.kind === 'ban').length,
      offences: live.length,
      inForce: items.filter((s) => s.inForce),
    },
  };
}

/**
 * Sanctions by game account, profile and/or store, in force or not, newest first, with counts over
 * all that match: the sanctions of a reported account on no profile, a cafe's house-rule sanctions.
 */
export async function listSanctions(deps: Pick<ServiceDeps, 'database' | 'clock'>, query: SanctionListQuery): Promise<{ items: Sanction[]; nextCursor: string | null; counts: SanctionCounts }> {
  const limit = query.limit ?? 50;
  const now = deps.clock.now();
  const after = timeCursor(query.cursor);
  const filter = { customerId: query.customerId, gameAccount: query.gameAccount, storeId: query.storeId, active: query.active };
  const db = deps.database.db;
  const [rows, counts] = await Promise.all([repo.listSanctionRows(db, filter, now, { limit, after }), repo.countSanctions(db, filter, now)]);
  const page = toPage(rows, limit, (r) => ({ k: r.createdAt.toISOString(), id: r.id }));
  return { items: page.items.map((r) => presentSanction(r, now)), nextCursor: page.nextCursor, counts };
}

/**
 * Staff sanction a customer directly, e.g. a cafe's warning or ban for breaking house rules (001
 * FAQ 3). Store-bound staff act at their own store only. Sent to subscribers as `sanction.applied`.
 */
export async function sanctionCustomer(deps: ServiceDeps, ctx: AuditContext & { principal: Principal | null }, customerId: string, body: CreateSanctionBody): Promise<Sanction> {
  const bound = principalStoreId(ctx.principal);
  if (bound && body.storeId && body.storeId !== bound) throw new AppError('store_scope');
  const storeId = body.storeId ?? bound ?? null;
  const now = deps.clock.now();
  const end = sanctionEnd(body, now);
  if (!end.ok) throw new AppError('invalid_sanction_terms', end.reason);
  await assertCustomer(deps, customerId);
  return inTransaction(deps, async (tx, outbox) => {
    const row = await repo.insertSanction(tx, { id: deps.ids.uuid(), customerId, gameAccount: body.gameAccount ?? null, kind: body.kind, storeId, reason: body.reason.trim(), startsAt: now, endsAt: end.endsAt, createdBy: actorOf(ctx), createdAt: now });
    const offences = await repo.offences(tx, { customerId, gameAccount: body.gameAccount ?? '' });
    await queueWebhook(tx, outbox, deps, 'sanction.applied', { sanctionId: row.id, customerId, gameAccount: row.gameAccount, storeId, kind: row.kind, startsAt: now.toISOString(), endsAt: isoOrNull(row.endsAt), reason: row.reason, reportId: null, offences });
    await recordAudit(tx, { at: now, actor: ctx.actor, ip: ctx.ip, requestId: ctx.requestId, action: 'sanction.applied', targetType: 'customer', targetId: customerId, details: { sanctionId: row.id, kind: row.kind, storeId } });
    return presentSanction(row, now);
  });
}

/** Lifts a sanction (kept, marked revoked, audited); the game hears `sanction.revoked`. */
export async function revokeSanction(deps: ServiceDeps, ctx: AuditContext & { principal: Principal | null }, id: string, reason: string): Promise<Sanction> {
  const now = deps.clock.now();
  return inTransaction(deps, async (tx, outbox) => {
    const row = await repo.lockSanction(tx, id);
    if (!row) throw new AppError('sanction_not_found');
    const bound = principalStoreId(ctx.principal);
    if (bound && row.storeId !== bound) throw new AppError('store_scope');
    if (row.revokedAt) throw new AppError('sanction_revoked');
    const revoked = await repo.revokeSanction(tx, id, { revokedAt: now, revokedBy: actorOf(ctx), revokeReason: reason.trim() });
    await queueWebhook(tx, outbox, deps, 'sanction.revoked', { sanctionId: id, customerId: row.customerId, gameAccount: row.gameAccount, kind: row.kind, reason: reason.trim() });
    await recordAudit(tx, { at: now, actor: ctx.actor, ip: ctx.ip, requestId: ctx.requestId, action: 'sanction.revoked', targetType: 'sanction', targetId: id, details: { reason: reason.trim() } });
    return presentSanction(revoked, now);
  });
}
