import { count, desc, eq } from 'drizzle-orm';
import type { AppDeps } from '../../app';
import { inTransaction } from '../../platform/db/unit-of-work';
import { AppError } from '../../platform/http/app-error';
import { isoOrNull } from '../../platform/iso-time';
import { portalContext, statusLink } from '../portal/portal-context';
import { resolvePlayer } from '../portal/portal-player';
import { visibleTicket } from '../tickets/ticket-access';
import { actorRef, auditTickets, type TicketContext } from '../tickets/ticket-context';
import { createTicket } from '../tickets/ticket-create.service';
import { addMessage } from '../tickets/ticket-messages.service';
import type { BugReport, BugReportBody, KnownIssue, PublicBugBody } from './bugs.contracts';
import { bugReports, knownIssues } from './bugs.schema';
import { keyWords, similarIssues, similarTickets } from './bugs.similar';

type Deps = Pick<AppDeps, 'database' | 'bus' | 'clock' | 'ids' | 'config' | 'logger'>;
/** The default `technical` ticket category (migration 0008). */
export const BUG_CATEGORY = '01930000-0000-7000-8000-0000000000c3';

type Fields = Omit<BugReportBody, 'requesterId' | 'channel'>;

function description(b: Fields): string {
  const lines = [`设备 Device: ${b.device}`, `系统 OS: ${b.os}`, `版本 Version: ${b.gameVersion}`, `服务器 Server: ${b.server ?? ''}`, '', '复现步骤 Steps:', b.steps];
  return [...lines, ...(b.media ?? []).map((m, i) => `[${i + 1}] ${m}`)].join('\n');
}

async function file(deps: Deps, ctx: TicketContext, requesterId: string, channel: BugReportBody['channel'] & string, b: Fields) {
  const ticket = await createTicket(deps, ctx, { subject: b.subject, description: description(b), channel, requesterId, categoryId: BUG_CATEGORY, tags: ['bug', `v${b.gameVersion}`.slice(0, 50)] });
  const [row] = await deps.database.db
    .insert(bugReports)
    .values({ ticketId: ticket.id, device: b.device, os: b.os, gameVersion: b.gameVersion, server: b.server ?? '', steps: b.steps, media: b.media ?? [], createdAt: deps.clock.now() })
    .returning();
  return { ticket, row: row! };
}

function present(row: typeof bugReports.$inferSelect, number: number): BugReport {
  return { ticketId: row.ticketId, ticketNumber: number, device: row.device, os: row.os, gameVersion: row.gameVersion, server: row.server, steps: row.steps, media: row.media, knownIssueId: row.knownIssueId, createdAt: row.createdAt.toISOString() };
}

/** A bug report filed by staff or the game (API key): a ticket in the technical category with the details. */
export async function reportBug(deps: Deps, ctx: TicketContext, body: BugReportBody): Promise<BugReport> {
  const { ticket, row } = await file(deps, ctx, body.requesterId, body.channel ?? 'in_game', body);
  return present(row, ticket.number);
}

/** The public bug form: the player by email (and game account), answered with the status link. */
export async function reportBugPublic(deps: Deps, body: PublicBugBody) {
  const requesterId = await resolvePlayer(deps, { email: body.email, gameAccount: body.gameAccount });
  const { ticket } = await file(deps, portalContext, requesterId, 'web', body);
  return { number: ticket.number, ...(await statusLink(deps, ticket.id)) };
}

async function reportOf(deps: Deps, ctx: TicketContext, ticketId: string) {
  const ticket = await visibleTicket(deps.database.db, ctx, ticketId);
  const [row] = await deps.database.db.select().from(bugReports).where(eq(bugReports.ticketId, ticketId));
  if (!row) throw new AppError('bug_report_not_found');
  return { ticket, row };
}

/** The bug details of a visible ticket. */
export async function getBugReport(deps: Deps, ctx: TicketContext, ticketId: string): Promise<BugReport> {
  const { ticket, row } = await reportOf(deps, ctx, ticketId);
  return present(row, ticket.number);
}

/** Likely duplicates: bug tickets and open known issues sharing the report's words. */
export async function duplicates(deps: Deps, ctx: TicketContext, ticketId: string) {
  const { ticket, row } = await reportOf(deps, ctx, ticketId);
  const words = keyWords(`${ticket.subject} ${row.steps}`);
  const open = await deps.database.db.select({ id: knownIssues.id, title: knownIssues.title, status: knownIssues.status }).from(knownIssues).where(eq(knownIssues.status, 'open')).limit(500);
  return { tickets: await similarTickets(deps.database.db, ctx.scope, ticketId, BUG_CATEGORY, words), knownIssues: similarIssues(open, words) };
}

async function presentIssue(deps: Deps, row: typeof knownIssues.$inferSelect): Promise<KnownIssue> {
  const [linked] = await deps.database.db.select({ n: count() }).from(bugReports).where(eq(bugReports.knownIssueId, row.id));
  return { id: row.id, title: row.title, description: row.description, status: row.status as KnownIssue['status'], fixedInVersion: row.fixedInVersion, fixedAt: isoOrNull(row.fixedAt), linkedReports: linked!.n, createdAt: row.createdAt.toISOString() };
}

export async function listKnownIssues(deps: Deps): Promise<KnownIssue[]> {
  const rows = await deps.database.db.select().from(knownIssues).orderBy(desc(knownIssues.createdAt)).limit(200);
  return Promise.all(rows.map((r) => presentIssue(deps, r)));
}

export async function createKnownIssue(deps: Deps, ctx: TicketContext, body: { title: string; description?: string }): Promise<KnownIssue> {
  const [row] = await deps.database.db
    .insert(knownIssues)
    .values({ id: deps.ids.uuid(), title: body.title.trim(), description: body.description ?? '', status: 'open', createdBy: actorRef(ctx), createdAt: deps.clock.now() })
    .returning();
  return presentIssue(deps, row!);
}

/** Links a bug ticket to a known issue (replacing an earlier link); its reporter will hear of the fix. */
export async function linkKnownIssue(deps: Deps, ctx: TicketContext, ticketId: string, knownIssueId: string): Promise<BugReport> {
  const { ticket } = await reportOf(deps, ctx, ticketId);
  const [issue] = await deps.database.db.select().from(knownIssues).where(eq(knownIssues.id, knownIssueId));
  if (!issue) throw new AppError('known_issue_not_found');
  const [row] = await deps.database.db.update(bugReports).set({ knownIssueId }).where(eq(bugReports.ticketId, ticketId)).returning();
  return present(row!, ticket.number);
}

/**
 * Marks a known issue fixed in a version and tells every linked reporter: a public reply on each
 * ticket (on its channel), which is resolved. Tickets already closed are left as they are.
 */
export async function fixKnownIssue(deps: Deps, ctx: TicketContext, id: string, body: { version: string; message?: string }) {
  const now = deps.clock.now();
  const issue = await inTransaction(deps, async (tx) => {
    const [row] = await tx.select().from(knownIssues).where(eq(knownIssues.id, id)).for('update');
    if (!row) throw new AppError('known_issue_not_found');
    if (row.status === 'fixed') throw new AppError('known_issue_fixed');
    const [fixed] = await tx.update(knownIssues).set({ status: 'fixed', fixedInVersion: body.version.trim(), fixedAt: now }).where(eq(knownIssues.id, id)).returning();
    await auditTickets(tx, now, ctx, 'known_issue.fixed', { type: 'known_issue', id }, { version: body.version.trim() });
    return fixed!;
  });
  const linked = await deps.database.db.select({ ticketId: bugReports.ticketId }).from(bugReports).where(eq(bugReports.knownIssueId, id));
  const text = body.message?.trim() || `您反馈的问题「${issue.title}」已在 ${issue.fixedInVersion} 版本中修复，感谢您的反馈！\nThe problem you reported ("${issue.title}") is fixed in version ${issue.fixedInVersion}. Thank you for telling us!`;
  let notified = 0;
  for (const { ticketId } of linked) {
    // The system writes: the agent fixing the issue need not see every reporter's department.
    const done = await addMessage(deps, { ...ctx, scope: { all: true } }, ticketId, { kind: 'public_reply', body: text, status: 'resolved' }).then(
      () => true,
      (err: unknown) => (deps.logger.info({ err, ticketId }, 'reporter not notified of the fix'), false),
    );
    if (done) notified++;
  }
  return { knownIssue: await presentIssue(deps, issue), notified };
}
