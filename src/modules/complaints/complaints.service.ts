import { AppError } from '../../platform/http/app-error';
import type { Tx } from '../../platform/db/database';
import { inTransaction } from '../../platform/db/unit-of-work';
import { isoOrNull } from '../../platform/iso-time';
import { lockChangeable, visibleTicket } from '../tickets/ticket-access';
import { actorRef, auditTickets, type TicketContext, type TicketDeps } from '../tickets/ticket-context';
import { addMessage } from '../tickets/ticket-messages.service';
import { applyPatch } from '../tickets/ticket-update.service';
import type { Complaint, ComplaintStepBody } from './complaints.contracts';
import * as repo from './complaints.repository';
import { allowedActions, applyStep, type ComplaintState, type Severity, type Stage } from './rules/complaint-workflow';

function stateOf(row: repo.ComplaintRow): ComplaintState {
  return { stage: row.stage as Stage, severity: row.severity as Severity | null, planRejected: row.planRejected };
}

function present(row: repo.ComplaintRow, steps: repo.StepRow[]): Complaint {
  return {
    ticketId: row.ticketId,
    stage: row.stage as Stage,
    severity: row.severity as Severity | null,
    cause: row.cause,
    party: row.party as Complaint['party'],
    partyReason: row.partyReason,
    plan: row.plan,
    planRejected: row.planRejected,
    planApprovedBy: row.planApprovedBy,
    planApprovedAt: isoOrNull(row.planApprovedAt),
    receivedBy: row.receivedBy,
    receivedAt: row.receivedAt.toISOString(),
    resultSentAt: isoOrNull(row.resultSentAt),
    next: allowedActions(stateOf(row)),
    steps: steps.map((s) => ({ id: s.id, action: s.action as Complaint['steps'][number]['action'], stageAfter: s.stageAfter as Stage, details: s.details, actor: s.actor, actorLabel: s.actorLabel, at: s.at.toISOString() })),
  };
}

async function read(tx: Tx | TicketDeps['database']['db'], ticketId: string): Promise<Complaint> {
  const row = await repo.findComplaint(tx, ticketId);
  if (!row) throw new AppError('complaint_not_found');
  return present(row, await repo.listSteps(tx, ticketId));
}

/** The complaint process of a visible ticket (404 when the ticket is not visible or has none). */
export async function getComplaint(deps: TicketDeps, ctx: TicketContext, ticketId: string): Promise<Complaint> {
  await visibleTicket(deps.database.db, ctx, ticketId);
  return read(deps.database.db, ticketId);
}

/** Starts the complaint process on a visible, open ticket: the "receive" step (409 if it has one). */
export async function openComplaint(deps: TicketDeps, ctx: TicketContext, ticketId: string): Promise<Complaint> {
  return inTransaction(deps, async (tx, outbox) => {
    await lockChangeable(tx, ctx, ticketId);
    const now = deps.clock.now();
    const created = await repo.insertComplaint(tx, { ticketId, stage: 'received', receivedBy: actorRef(ctx), receivedAt: now, updatedAt: now });
    if (!created) throw new AppError('complaint_exists');
    await repo.insertStep(tx, { id: deps.ids.uuid(), ticketId, action: 'receive', stageAfter: 'received', details: {}, actor: actorRef(ctx), actorLabel: ctx.actor.label, at: now });
    outbox.add('complaint.step', { ticketId, action: 'receive', stage: 'received', severity: null });
    return read(tx, ticketId);
  });
}

/** What a step writes on the complaint row besides the stage. */
function columnsFor(step: ComplaintStepBody, ctx: TicketContext, now: Date): Partial<repo.ComplaintRow> {
  switch (step.action) {
    case 'classify':
      return { severity: step.severity, cause: step.cause.trim() };
    case 'responsibility':
      return { party: step.party, partyReason: step.reason.trim() };
    case 'propose_plan':
      return { plan: step.plan.trim(), planApprovedBy: null, planApprovedAt: null };
    case 'decide_plan':
      return step.approved ? { planApprovedBy: actorRef(ctx), planApprovedAt: now } : {};
    case 'send_result':
      return { resultSentAt: now };
    default:
      return {};
  }
}

/** The reply that tells the customer the outcome (seed 003 7.3: process, result, improvement). */
export function resultMessage(step: { process: string; result: string; improvement: string }): string {
  return [`处理过程 / How we handled it:\n${step.process.trim()}`, `处理结果 / Result:\n${step.result.trim()}`, `改进措施 / What we improve:\n${step.improvement.trim()}`].join('\n\n');
}

/**
 * Takes the next step of a ticket's complaint process. A skipped or repeated step answers 409
 * `complaint_step_out_of_order` naming the steps allowed; a major complaint's plan is decided
 * only with `complaints:approve`. Classifying a complaint as major makes the ticket urgent.
 * Sending the result posts it to the customer as a public reply on the ticket's channel.
 */
export async function takeStep(deps: TicketDeps, ctx: TicketContext, ticketId: string, step: ComplaintStepBody, canApprove: boolean): Promise<Complaint> {
  const check = (state: ComplaintState) => {
    const out = applyStep(state, step, canApprove);
    if (!out.ok) throw new AppError(out.code, undefined, out.code === 'complaint_step_out_of_order' ? { allowed: out.allowed } : {});
    return out.state;
  };
  if (step.action === 'send_result') {
    // Checked before the reply goes out, and again under the lock below.
    await visibleTicket(deps.database.db, ctx, ticketId);
    const row = await repo.findComplaint(deps.database.db, ticketId);
    if (!row) throw new AppError('complaint_not_found');
    check(stateOf(row));
    await addMessage(deps, ctx, ticketId, { kind: 'public_reply', body: resultMessage(step) });
  }
  return inTransaction(deps, async (tx, outbox) => {
    await visibleTicket(tx, ctx, ticketId);
    const row = await repo.lockComplaint(tx, ticketId);
    if (!row) throw new AppError('complaint_not_found');
    const next = check(stateOf(row));
    const now = deps.clock.now();
    const { action, ...details } = step;
    await repo.updateComplaint(tx, ticketId, { ...columnsFor(step, ctx, now), stage: next.stage, planRejected: next.planRejected, updatedAt: now });
    await repo.insertStep(tx, { id: deps.ids.uuid(), ticketId, action, stageAfter: next.stage, details, actor: actorRef(ctx), actorLabel: ctx.actor.label, at: now });
    if (action === 'decide_plan') await auditTickets(tx, now, ctx, 'complaint.plan_decided', { type: 'ticket', id: ticketId }, { approved: step.approved });
    if (step.action === 'classify' && step.severity === 'major') {
      await applyPatch(deps, ctx, tx, outbox, ticketId, { priority: 'urgent' });
    }
    outbox.add('complaint.step', { ticketId, action, stage: next.stage, severity: next.severity });
    return read(tx, ticketId);
  });
}
