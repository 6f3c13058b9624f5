import type { AppDeps } from '../../app';
import { AppError } from '../../platform/http/app-error';
import type { Db, Tx } from '../../platform/db/database';
import { inTransaction } from '../../platform/db/unit-of-work';
import { decodeCursor, toPage } from '../../platform/http/pagination';
import { isoOrNull } from '../../platform/iso-time';
import { queueWebhook } from '../../platform/webhooks/webhooks.service';
import { findIdentityOwners } from '../customers/identities.repository';
import { findDepartmentByCode } from '../organisation/departments.repository';
import { requesterFor } from '../tickets/ticket-refs';
import { actorRef, auditTickets, type TicketContext, type TicketDeps } from '../tickets/ticket-context';
import { createTicket } from '../tickets/ticket-create.service';
import { addMessage } from '../tickets/ticket-messages.service';
import { canSee } from '../tickets/rules/ticket-scope';
import type { CreateReportBody, DecisionBody, PlayerReport, ReportQueueQuery } from './moderation.contracts';
import * as repo from './moderation.repository';
import { reporterMessage, sanctionEnd, type SanctionKind } from './rules/sanction-terms';
import { presentSanction } from './sanctions.service';

/** The default `player_report` ticket category (seeded by migration 0008). */
export const PLAYER_REPORT_CATEGORY = '01930000-0000-7000-8000-0000000000c5';
const typeNames: Record<string, string> = { harassment: '骚扰 harassment', abusive_chat: '辱骂 abusive chat', cheating: '外挂 cheating', other: '其他 other' };

/** The profile holding a game account (following merges), if any. */
export async function accountOwner(ex: Db | Tx, account: string): Promise<string | null> {
  const [owner] = await findIdentityOwners(ex, [{ type: 'game_account', value: account }]);
  if (!owner) return null;
  return owner.merged_into ?? owner.customer_id;
}

async function violationsDepartment(ex: Db | Tx): Promise<string | null> {
  return (await findDepartmentByCode(ex, 'violations'))?.id ?? null;
}

function present(row: repo.ReportRow, ticketNumber: number, reportedOffences: number): PlayerReport {
  return {
    id: row.id,
    ticketId: row.ticketId,
    ticketNumber,
    reporterId: row.reporterId,
    reportedAccount: row.reportedAccount,
    reportedCustomerId: row.reportedCustomerId,
    reportedOffences,
    type: row.type as PlayerReport['type'],
    description: row.description,
    evidence: row.evidence,
    status: row.status as PlayerReport['status'],
    decision: row.decision ?? null,
    sanctionId: row.sanctionId,
    decidedBy: row.decidedBy,
    decidedAt: isoOrNull(row.decidedAt),
    createdAt: row.createdAt.toISOString(),
  };
}

/**
 * Files a player report: a ticket for the reporter in the `player_report` category, handed to
 * the violations department, and the report on the moderation queue.
 */
export async function fileReport(deps: TicketDeps, ctx: TicketContext, body: CreateReportBody): Promise<PlayerReport> {
  const db = deps.database.db;
  const reporter = body.reporterId ? await requesterFor(db, body.reporterId).catch(() => null) : body.reporterAccount ? await accountOwner(db, body.reporterAccount) : null;
  if (!reporter) throw new AppError('invalid_reporter', 'Name the reporter by customer id or by a game account on file');
  const reported = await accountOwner(db, body.reportedAccount);
  const evidence = body.evidence ?? [];
  const description = [body.description, ...evidence.map((e, i) => `[${i + 1}] ${e}`)].join('\n');
  const ticket = await createTicket(deps, ctx, {
    subject: `举报 ${typeNames[body.type]}: ${body.reportedAccount}`.slice(0, 200),
    description,
    channel: body.channel ?? 'in_game',
    requesterId: reporter,
    categoryId: PLAYER_REPORT_CATEGORY,
    departmentId: await violationsDepartment(db),
    tags: ['player_report', body.type],
  });
  const row = await repo.insertReport(db, {
    id: deps.ids.uuid(),
    ticketId: ticket.id,
    reporterId: reporter,
    reportedAccount: body.reportedAccount,
    reportedCustomerId: reported,
    type: body.type,
    description: body.description,
    evidence,
    status: 'open',
    createdAt: deps.clock.now(),
  });
  return present(row, ticket.number, await repo.offences(db, { customerId: reported, gameAccount: body.reportedAccount }));
}

/** The moderation queue (open reports by default), oldest first, of tickets the caller sees. */
export async function reportQueue(deps: TicketDeps, ctx: TicketContext, query: ReportQueueQuery) {
  const limit = query.limit ?? 50;
  const rows = await repo.reportQueue(deps.database.db, ctx.scope, query.status ?? 'open', decodeCursor(query.cursor), limit);
  const page = toPage(rows, limit, (x) => ({ k: x.report.createdAt.toISOString(), id: x.report.id }));
  const items = await Promise.all(page.items.map(async (x) => present(x.report, x.ticketNumber, await repo.offences(deps.database.db, { customerId: x.report.reportedCustomerId, gameAccount: x.report.reportedAccount }))));
  return { items, nextCursor: page.nextCursor };
}

/** One report of a ticket the caller sees (another department's answers 404 like a missing one). */
export async function getReport(deps: TicketDeps, ctx: TicketContext, id: string): Promise<PlayerReport> {
  const db = deps.database.db;
  const found = await repo.findReportWithTicket(db, id);
  if (!found || !canSee(ctx.scope, found)) throw new AppError('player_report_not_found');
  return present(found.report, found.ticketNumber, await repo.offences(db, { customerId: found.report.reportedCustomerId, gameAccount: found.report.reportedAccount }));
}

const kindOf: Record<Exclude<DecisionBody['action'], 'dismiss'>, SanctionKind> = { warn: 'warning', mute: 'mute', ban: 'ban' };

/**
 * Decides an open report: dismissed, or a warning, mute or ban on the reported account (stored on
 * its profile, sent to the game as the signed webhook `sanction.applied`). The reporter's ticket
 * gets the outcome without details and is resolved. A decided report answers 409.
 */
export async function decideReport(deps: TicketDeps & Pick<AppDeps, 'logger'>, ctx: TicketContext, id: string, body: DecisionBody) {
  const now = deps.clock.now();
  const end = body.action === 'dismiss' ? null : sanctionEnd({ kind: kindOf[body.action], hours: body.hours, days: body.days, permanent: body.permanent }, now);
  if (end && !end.ok) throw new AppError('invalid_sanction_terms', end.reason);
  const found = await repo.findReportWithTicket(deps.database.db, id);
  if (!found || !canSee(ctx.scope, found)) throw new AppError('player_report_not_found');
  const decided = await inTransaction(deps, async (tx, outbox) => {
    const report = await repo.lockReport(tx, id);
    if (!report || report.status !== 'open') throw new AppError('player_report_decided');
    let sanction: repo.SanctionRow | null = null;
    if (body.action !== 'dismiss' && end?.ok) {
      sanction = await repo.insertSanction(tx, {
        id: deps.ids.uuid(),
        customerId: report.reportedCustomerId,
        gameAccount: report.reportedAccount,
        kind: kindOf[body.action],
        reason: body.reason.trim(),
        reportId: report.id,
        startsAt: now,
        endsAt: end.endsAt,
        createdBy: actorRef(ctx),
        createdAt: now,
      });
      const count = await repo.offences(tx, { customerId: report.reportedCustomerId, gameAccount: report.reportedAccount });
      await queueWebhook(tx, outbox, deps, 'sanction.applied', { sanctionId: sanction.id, gameAccount: sanction.gameAccount, customerId: sanction.customerId, kind: sanction.kind, startsAt: now.toISOString(), endsAt: isoOrNull(sanction.endsAt), reason: sanction.reason, reportId: report.id, offences: count });
    }
    const row = await repo.updateReport(tx, id, { status: sanction ? 'actioned' : 'dismissed', decision: { ...body }, sanctionId: sanction?.id ?? null, decidedBy: actorRef(ctx), decidedAt: now });
    await auditTickets(tx, now, ctx, 'player_report.decided', { type: 'player_report', id }, { action: body.action, sanctionId: sanction?.id ?? null });
    return { row, sanction };
  });
  await addMessage(deps, ctx, decided.row.ticketId, { kind: 'public_reply', body: reporterMessage(decided.sanction !== null), status: 'resolved' }).catch((err: unknown) =>
    deps.logger.warn({ err, reportId: id }, 'could not tell the reporter the outcome'),
  );
  const offences = await repo.offences(deps.database.db, { customerId: decided.row.reportedCustomerId, gameAccount: decided.row.reportedAccount });
  return { report: present(decided.row, found.ticketNumber, offences), sanction: decided.sanction ? presentSanction(decided.sanction, now) : null };
}
