import { inTransaction } from '../../platform/db/unit-of-work';
import { AppError } from '../../platform/http/app-error';
import { lockChangeable, readTicket, recordChanges, visibleTicket } from './ticket-access';
import { actorRef, auditTickets, type TicketContext, type TicketDeps } from './ticket-context';
import * as messages from './ticket-messages.repository';
import type { LinkBody } from './ticket-messages.contracts';
import { presentLink } from './ticket-view';
import type { Ticket, TicketLink } from './tickets.contracts';
import * as repo from './tickets.repository';
import { searchDocument } from './search-tokens';
import { fieldChanges } from './rules/field-changes';
import { isSearchable, type MessageKind } from './rules/message-effects';

/** Links two tickets the caller may see as related or duplicate (again: changes the kind). Answers the ticket's links. */
export async function linkTickets(deps: TicketDeps, ctx: TicketContext, id: string, body: LinkBody): Promise<{ items: TicketLink[] }> {
  if (id === body.ticketId) throw new AppError('ticket_link_self');
  return inTransaction(deps, async (tx) => {
    await visibleTicket(tx, ctx, id);
    await visibleTicket(tx, ctx, body.ticketId);
    await messages.upsertLink(tx, id, body.ticketId, body.kind ?? 'related', actorRef(ctx), deps.clock.now());
    return { items: (await messages.linksOf(tx, id)).map(presentLink) };
  });
}

/** Removes the link between two tickets (404 `ticket_link_not_found` when there is none). */
export async function unlinkTickets(deps: TicketDeps, ctx: TicketContext, id: string, linkedId: string): Promise<void> {
  await inTransaction(deps, async (tx) => {
    await visibleTicket(tx, ctx, id);
    await visibleTicket(tx, ctx, linkedId);
    if (!(await messages.deleteLink(tx, id, linkedId))) throw new AppError('ticket_link_not_found');
  });
}

/**
 * Merges ticket `id` into `intoId` (Zendesk's merge): the conversation moves to the surviving
 * ticket, which gets a system note quoting the merged ticket's subject and description (and
 * its words in the search); the merged ticket is closed pointing to it, with a note saying so;
 * both are linked as duplicates. Both must be visible and not closed (409 `ticket_merge_invalid`).
 * Audited as `ticket.merged`.
 */
export async function mergeTicket(deps: TicketDeps, ctx: TicketContext, id: string, intoId: string): Promise<Ticket> {
  if (id === intoId) throw new AppError('ticket_merge_invalid', 'A ticket cannot be merged into itself', { reason: 'same_ticket' });
  const winner = await inTransaction(deps, async (tx, outbox) => {
    // Both rows locked in id order, so two merges of the same pair cannot deadlock.
    const [first, second] = [id, intoId].sort();
    const locked = new Map<string, repo.TicketRow>();
    for (const key of [first!, second!]) {
      try {
        locked.set(key, await lockChangeable(tx, ctx, key));
      } catch (err) {
        if (err instanceof AppError && (err.code === 'ticket_closed' || err.code === 'ticket_archived')) {
          throw new AppError('ticket_merge_invalid', 'Closed tickets cannot be merged', { reason: key === id ? 'source_closed' : 'target_closed' });
        }
        throw err;
      }
    }
    const loser = locked.get(id)!;
    const target = locked.get(intoId)!;
    const now = deps.clock.now();
    const moved = await messages.moveMessages(tx, id, intoId);
    const system = { authorType: 'system', authorLabel: ctx.actor.label, channel: 'system', kind: 'system', createdAt: now } as const;
    await messages.insertMessages(tx, [
      { ...system, id: deps.ids.uuid(), ticketId: intoId, body: `#${loser.number} merged into this ticket: ${loser.subject}\n\n${loser.description}`.trim() },
      { ...system, id: deps.ids.uuid(), ticketId: id, body: `Merged into #${target.number}` },
    ]);
    const publicText = moved.filter((m) => isSearchable(m.kind as MessageKind)).map((m) => m.body);
    const words = searchDocument([loser.subject, loser.description, ...publicText].join('\n'));
    const survivor = await repo.appendSearchWords(tx, intoId, words, { updatedAt: now });
    const closing = { status: 'closed', closedAt: now, mergedIntoId: intoId };
    const changes = fieldChanges(loser, closing);
    const closed = await repo.updateTicket(tx, id, { ...closing, updatedAt: now });
    await recordChanges(tx, deps.ids, ctx, id, changes, now);
    await messages.upsertLink(tx, id, intoId, 'duplicate', actorRef(ctx), now);
    await auditTickets(tx, now, ctx, 'ticket.merged', { type: 'ticket', id }, { intoId, number: loser.number, intoNumber: target.number, messagesMoved: moved.length });
    outbox.add('ticket.merged', { ticketId: intoId, loserId: id });
    outbox.add('ticket.updated', { ticketId: id, changes: changes.map((c) => c.field), status: closed.status, departmentId: closed.departmentId, teamId: closed.teamId, assigneeId: closed.assigneeId });
    return survivor;
  });
  return readTicket(deps.database.db, ctx, winner);
}
