import type { Db, Tx } from '../../platform/db/database';
import type { IdGenerator } from '../../platform/ids';
import { AppError } from '../../platform/http/app-error';
import { findCategory } from './ticket-categories.repository';
import { actorRef, type TicketContext } from './ticket-context';
import { linksOf } from './ticket-messages.repository';
import { requesterSummaries } from './ticket-refs';
import { presentTicket } from './ticket-view';
import type { Ticket } from './tickets.contracts';
import * as repo from './tickets.repository';
import type { FieldChange } from './rules/field-changes';
import { canSee } from './rules/ticket-scope';

// Reading and locking a ticket the caller may see. A ticket outside the caller's scope is
// answered exactly like a missing one (404 `ticket_not_found`), so ids of other departments'
// tickets reveal nothing.

/** The ticket, if the caller may see it; 404 `ticket_not_found` otherwise. */
export async function visibleTicket(ex: Db | Tx, ctx: TicketContext, id: string): Promise<repo.TicketRow> {
  const row = await repo.findTicket(ex, id);
  if (!row || !canSee(ctx.scope, row)) throw new AppError('ticket_not_found');
  return row;
}

/** The ticket locked for a change in `tx`: visible (else 404), not archived (else 409 `ticket_archived`) and not closed (else 409 `ticket_closed`). */
export async function lockChangeable(tx: Tx, ctx: TicketContext, id: string): Promise<repo.TicketRow> {
  const row = await repo.lockTicket(tx, id);
  if (!row || !canSee(ctx.scope, row)) throw new AppError('ticket_not_found');
  if (row.archivedAt) throw new AppError('ticket_archived');
  if (row.status === 'closed') throw new AppError('ticket_closed');
  return row;
}

/** 400 `invalid_ticket_category` unless the category exists and is active. */
export async function assertActiveCategory(ex: Db | Tx, id: string): Promise<void> {
  const category = await findCategory(ex, id);
  if (!category?.active) throw new AppError('invalid_ticket_category');
}

/** Writes field changes to the ticket's trail. */
export async function recordChanges(tx: Tx, ids: IdGenerator, ctx: TicketContext, ticketId: string, changes: FieldChange[], at: Date): Promise<void> {
  // Ids sorted: one change's fields list in trail order, though they share a timestamp.
  const rowIds = changes.map(() => ids.uuid()).sort();
  await repo.insertChanges(
    tx,
    changes.map((c, i) => ({ id: rowIds[i]!, ticketId, field: c.field, fromValue: c.from, toValue: c.to, actor: actorRef(ctx), actorLabel: ctx.actor.label, at })),
  );
}

/** The whole ticket for a response: requester summary (masked) and links. */
export async function readTicket(ex: Db | Tx, ctx: TicketContext, row: repo.TicketRow): Promise<Ticket> {
  const requesters = await requesterSummaries(ex, [row.requesterId], ctx.viewer);
  return presentTicket(row, requesters.get(row.requesterId), await linksOf(ex, row.id));
}
