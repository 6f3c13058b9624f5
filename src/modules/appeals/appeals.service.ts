import { and, count, eq, gte } from 'drizzle-orm';
import type { AppDeps } from '../../app';
import { recordAudit } from '../../platform/audit/audit.service';
import { inTransaction } from '../../platform/db/unit-of-work';
import { AppError } from '../../platform/http/app-error';
import { toPage } from '../../platform/http/pagination';
import { queueWebhook } from '../../platform/webhooks/webhooks.service';
import { normaliseEmail, normalisePhone } from '../customers/rules/normalise-identity';
import { accountOwner } from '../moderation/player-reports.service';
import { portalContext, statusLink } from '../portal/portal-context';
import { resolvePlayer } from '../portal/portal-player';
import { visibleTicket } from '../tickets/ticket-access';
import { timeCursor } from '../tickets/ticket-cursors';
import { actorRef, auditTickets, type TicketContext } from '../tickets/ticket-context';
import { createTicket } from '../tickets/ticket-create.service';
import { addMessage } from '../tickets/ticket-messages.service';
import type { Appeal, AppealBody, AppealDecisionBody, AppealListQuery, AppealSummary } from './appeals.contracts';
import { listAppealRows, type AppealListRow } from './appeals.repository';
import { appeals } from './appeals.schema';
import { accountFacts } from './appeals.facts';
import { scoreAppeal, type AppealClaims } from './rules/appeal-evidence';

type Deps = Pick<AppDeps, 'database' | 'bus' | 'clock' | 'ids' | 'config' | 'logger'>;
/** The default `account_security` category (migration 0008). */
const ACCOUNT_SECURITY = '01930000-0000-7000-8000-0000000000c1';
/** Appeals accepted per game account in a rolling day. */
export const APPEALS_PER_DAY = 3;

const messages = {
  approve: '您的申诉已通过审核，游戏方将重置该账号的绑定信息，并通过您的联系邮箱与您联系。\nYour appeal is approved: the game will reset the account bindings and contact you at your email.',
  reject: '很抱歉，根据您提供的信息，我们无法确认您是该账号的所有者，本次申诉未通过。\nWe are sorry: from what you gave us we cannot confirm you own the account, so the appeal is not approved.',
  more_info: '为了核实账号归属，请补充更多信息（例如常用登录地点和设备、最近的充值订单号或截图）。\nTo confirm the account is yours, please tell us more (usual login places and devices, a recent recharge order number or screenshot).',
};

function present(row: typeof appeals.$inferSelect): Appeal {
  return {
    id: row.id,
    ticketId: row.ticketId,
    gameAccount: row.gameAccount,
    accountCustomerId: row.accountCustomerId,
    requesterId: row.requesterId,
    claims: row.claims,
    checks: row.checks as Appeal['checks'],
    score: row.score,
    status: row.status as Appeal['status'],
    decisionReason: row.decisionReason,
    decidedBy: row.decidedBy,
    decidedAt: row.decidedAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
  };
}

function claimsOf(body: AppealBody): AppealClaims {
  return {
    phone: body.claimedPhone ? (normalisePhone(body.claimedPhone) ?? body.claimedPhone) : undefined,
    email: body.claimedEmail ? (normaliseEmail(body.claimedEmail) ?? body.claimedEmail) : undefined,
    logins: body.recentLogins?.map((l) => ({ at: new Date(l.at), device: l.device, region: l.region })),
    lastRecharge: body.lastRecharge && { orderId: body.lastRecharge.orderId, amountCents: body.lastRecharge.amount === undefined ? undefined : Math.round(body.lastRecharge.amount * 100) },
    creationRegion: body.creationRegion,
  };
}

/**
 * A public account appeal: rate-limited per game account, compared with what is on file (the
 * checklist and score are for agents), filed as a high-priority account-security ticket. The
 * appellant gets the ticket number and status link, whatever the account and the evidence.
 */
export async function submitAppeal(deps: Deps, body: AppealBody) {
  const db = deps.database.db;
  const account = body.gameAccount.trim();
  const now = deps.clock.now();
  const [recent] = await db.select({ n: count() }).from(appeals).where(and(eq(appeals.gameAccount, account), gte(appeals.createdAt, new Date(now.getTime() - 86_400_000))));
  if (recent!.n >= APPEALS_PER_DAY) throw new AppError('appeal_rate_limited');
  const owner = await accountOwner(db, account);
  const requesterId = await resolvePlayer(deps, { email: body.contactEmail });
  const claims = claimsOf(body);
  const { checks, score } = scoreAppeal(claims, await accountFacts(db, owner));
  const ticket = await createTicket(deps, portalContext, {
    subject: `账号申诉 Account appeal: ${account}`.slice(0, 200),
    description: body.description,
    channel: 'web',
    requesterId,
    categoryId: ACCOUNT_SECURITY,
    priority: 'high',
    tags: ['appeal'],
  });
  await inTransaction(deps, async (tx) => {
    const id = deps.ids.uuid();
    await tx.insert(appeals).values({ id, ticketId: ticket.id, gameAccount: account, accountCustomerId: owner, requesterId, contactEmail: body.contactEmail, claims: { ...body, contactEmail: undefined }, checks, score, status: 'open', createdAt: now });
    await recordAudit(tx, { at: now, actor: portalContext.actor, action: 'appeal.submitted', targetType: 'appeal', targetId: id, details: { ticketId: ticket.id, gameAccount: account, score } });
  });
  return { number: ticket.number, ...(await statusLink(deps, ticket.id)) };
}

/** The appeal on a visible ticket, with its checklist (404 when none). */
export async function ticketAppeal(deps: Deps, ctx: TicketContext, ticketId: string): Promise<Appeal> {
  await visibleTicket(deps.database.db, ctx, ticketId);
  const [row] = await deps.database.db.select().from(appeals).where(eq(appeals.ticketId, ticketId));
  if (!row) throw new AppError('appeal_not_found');
  return present(row);
}

const summary = (r: AppealListRow): AppealSummary => ({
  id: r.id,
  ticketId: r.ticketId,
  ticketNumber: r.ticketNumber,
  ticketStatus: r.ticketStatus as AppealSummary['ticketStatus'],
  ticketPriority: r.ticketPriority as AppealSummary['ticketPriority'],
  gameAccount: r.gameAccount,
  score: r.score,
  status: r.status as AppealSummary['status'],
  decidedAt: r.decidedAt?.toISOString() ?? null,
  createdAt: r.createdAt.toISOString(),
});

/** Appeals on tickets the caller sees, by status, oldest first (or newest), with their tickets' number and state. */
export async function listAppeals(deps: Pick<Deps, 'database'>, ctx: TicketContext, query: AppealListQuery): Promise<{ items: AppealSummary[]; nextCursor: string | null }> {
  const limit = query.limit ?? 50;
  const rows = await listAppealRows(deps.database.db, ctx.scope, query.status, { newestFirst: query.sort === '-createdAt', limit, after: timeCursor(query.cursor) });
  const page = toPage(rows, limit, (r) => ({ k: r.createdAt.toISOString(), id: r.id }));
  return { items: page.items.map(summary), nextCursor: page.nextCursor };
}

/**
 * Decides an appeal: approve (the game hears the signed webhook `appeal.approved` and resets the
 * bindings), reject, or ask for more (the ticket waits for the customer; decided again later).
 * The appellant gets a reply that reveals nothing on file. Audited.
 */
export async function decideAppeal(deps: Deps, ctx: TicketContext, ticketId: string, body: AppealDecisionBody): Promise<Appeal> {
  await visibleTicket(deps.database.db, ctx, ticketId);
  const now = deps.clock.now();
  const row = await inTransaction(deps, async (tx, outbox) => {
    const [appeal] = await tx.select().from(appeals).where(eq(appeals.ticketId, ticketId)).for('update');
    if (!appeal) throw new AppError('appeal_not_found');
    if (appeal.status === 'approved' || appeal.status === 'rejected') throw new AppError('appeal_decided');
    const status = body.decision === 'approve' ? 'approved' : body.decision === 'reject' ? 'rejected' : 'more_info';
    const [updated] = await tx.update(appeals).set({ status, decisionReason: body.reason.trim(), decidedBy: actorRef(ctx), decidedAt: now }).where(eq(appeals.id, appeal.id)).returning();
    if (status === 'approved') {
      await queueWebhook(tx, outbox, deps, 'appeal.approved', { appealId: appeal.id, gameAccount: appeal.gameAccount, customerId: appeal.accountCustomerId, contactEmail: appeal.contactEmail, action: 'reset_bindings' });
    }
    await auditTickets(tx, now, ctx, `appeal.${status}`, { type: 'appeal', id: appeal.id }, { reason: body.reason.trim(), score: appeal.score });
    return updated!;
  });
  const reply = body.message?.trim() || messages[body.decision];
  await addMessage(deps, ctx, ticketId, { kind: 'public_reply', body: reply, status: body.decision === 'more_info' ? 'pending_customer' : 'resolved' });
  return present(row);
}
