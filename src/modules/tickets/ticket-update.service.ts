import type { Outbox } from '../../platform/bus/bus';
import type { Tx } from '../../platform/db/database';
import { inTransaction } from '../../platform/db/unit-of-work';
import { AppError } from '../../platform/http/app-error';
import { assertActiveCategory, lockChangeable, readTicket, recordChanges } from './ticket-access';
import type { TicketContext, TicketDeps } from './ticket-context';
import { assertAssignee, requesterFor, resolvePlacement } from './ticket-refs';
import type { PatchTicketBody, Ticket } from './tickets.contracts';
import * as repo from './tickets.repository';
import { searchDocument } from './search-tokens';
import { fieldChanges, normaliseTags } from './rules/field-changes';
import { statusAfterAssignment } from './rules/message-effects';
import { allowedStatuses, moveStatus, type TicketStatus } from './rules/ticket-status';

/** A change to one ticket; bulk updates derive it from the ticket as it is (e.g. tags added). */
export type TicketPatch = PatchTicketBody | ((before: repo.TicketRow) => PatchTicketBody);

/**
 * Moves the ticket's status to `to` (no-op when equal), or throws 409 `ticket_invalid_transition`
 * naming the allowed moves. Answers the columns to write.
 */
export function statusColumns(before: repo.TicketRow, to: TicketStatus, at: Date): repo.TicketChanges {
  const from = before.status as TicketStatus;
  const move = moveStatus({ status: from, resolvedAt: before.resolvedAt, closedAt: before.closedAt, reopenCount: before.reopenCount }, to, at);
  if (!move.ok) throw new AppError(move.reason, `A ${from} ticket cannot move to ${to}`, { from, to, allowed: allowedStatuses(from) });
  return move.changed ? move.facts : {};
}

/** The columns a patch writes, each reference checked (400 naming the bad one). */
async function columnsOf(tx: Tx, before: repo.TicketRow, patch: PatchTicketBody, now: Date): Promise<repo.TicketChanges> {
  const next: repo.TicketChanges = {};
  if (patch.subject !== undefined) next.subject = patch.subject.trim();
  if (patch.description !== undefined) next.description = patch.description;
  if (patch.requesterId !== undefined && patch.requesterId !== before.requesterId) next.requesterId = await requesterFor(tx, patch.requesterId);
  if (patch.categoryId !== undefined && patch.categoryId !== before.categoryId) {
    if (patch.categoryId) await assertActiveCategory(tx, patch.categoryId);
    next.categoryId = patch.categoryId;
  }
  if (patch.priority !== undefined) next.priority = patch.priority;
  if (patch.departmentId !== undefined || patch.teamId !== undefined) {
    Object.assign(next, await resolvePlacement(tx, before, { departmentId: patch.departmentId, teamId: patch.teamId }));
  }
  if (patch.assigneeId !== undefined && patch.assigneeId !== before.assigneeId) {
    await assertAssignee(tx, patch.assigneeId);
    next.assigneeId = patch.assigneeId;
  }
  if (patch.tags !== undefined) next.tags = normaliseTags(patch.tags);
  if (patch.custom !== undefined) next.custom = patch.custom;
  const target = patch.status ?? (next.assigneeId !== undefined ? statusAfterAssignment(before.status as TicketStatus, next.assigneeId) : null);
  if (target) Object.assign(next, statusColumns(before, target, now));
  return next;
}

/**
 * Applies a patch to a visible, open ticket in `tx`: every changed field goes to the trail and
 * `ticket.updated` names them. Nothing changed, nothing written. Shared by PATCH and bulk.
 */
export async function applyPatch(deps: TicketDeps, ctx: TicketContext, tx: Tx, outbox: Outbox, id: string, patch: TicketPatch) {
  const before = await lockChangeable(tx, ctx, id);
  const now = deps.clock.now();
  const next = await columnsOf(tx, before, typeof patch === 'function' ? patch(before) : patch, now);
  const changes = fieldChanges(before, next);
  if (changes.length === 0) return { row: before, changed: [] as string[] };
  const textChanged = changes.some((c) => c.field === 'subject' || c.field === 'description');
  const words = textChanged ? { subject: searchDocument(next.subject ?? before.subject), description: searchDocument(next.description ?? before.description) } : undefined;
  const row = await repo.updateTicket(tx, id, { ...next, updatedAt: now }, words);
  await recordChanges(tx, deps.ids, ctx, id, changes, now);
  const changed = changes.map((c) => c.field);
  outbox.add('ticket.updated', { ticketId: id, changes: changed, status: row.status, departmentId: row.departmentId, teamId: row.teamId, assigneeId: row.assigneeId });
  return { row, changed };
}

/** Changes a ticket's fields (see applyPatch); answers the ticket as it is now. */
export async function updateTicket(deps: TicketDeps, ctx: TicketContext, id: string, body: PatchTicketBody): Promise<Ticket> {
  const { row } = await inTransaction(deps, (tx, outbox) => applyPatch(deps, ctx, tx, outbox, id, body));
  return readTicket(deps.database.db, ctx, row);
}
