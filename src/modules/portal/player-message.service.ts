import { inTransaction } from '../../platform/db/unit-of-work';
import { AppError } from '../../platform/http/app-error';
import { recordChanges } from '../tickets/ticket-access';
import { insertMessages } from '../tickets/ticket-messages.repository';
import { statusColumns } from '../tickets/ticket-update.service';
import { appendSearchWords, lockTicket } from '../tickets/tickets.repository';
import { searchDocument } from '../tickets/search-tokens';
import { fieldChanges } from '../tickets/rules/field-changes';
import { statusAfterMessage } from '../tickets/rules/message-effects';
import type { TicketStatus } from '../tickets/rules/ticket-status';
import { requesterContext, type PortalDeps } from './portal-context';
import { ticketByToken } from './public-ticket.service';

/**
 * The requester writes back from the status page: a `customer_message` by the requester on
 * the ticket's channel. Writing to a ticket that waited on them, was on hold or resolved opens
 * it again (the tickets module's rule); a closed ticket takes nothing (409 `ticket_closed`).
 * The words join the ticket's search like any customer message.
 */
export async function addPlayerMessage(deps: PortalDeps, ticketId: string, text: string): Promise<{ id: string; createdAt: string }> {
  const words = searchDocument(text);
  return inTransaction(deps, async (tx, outbox) => {
    const before = await lockTicket(tx, ticketId);
    if (!before) throw new AppError('portal_ticket_not_found');
    if (before.status === 'closed') throw new AppError('ticket_closed');
    const now = deps.clock.now();
    const [message] = await insertMessages(tx, [
      {
        id: deps.ids.uuid(),
        ticketId,
        kind: 'customer_message',
        authorType: 'customer',
        authorCustomerId: before.requesterId,
        authorLabel: 'requester',
        body: text,
        channel: before.channel,
        createdAt: now,
      },
    ]);
    const target = statusAfterMessage(before.status as TicketStatus, 'customer_message');
    const status = target ? statusColumns(before, target, now) : {};
    const changes = fieldChanges(before, status);
    const row = await appendSearchWords(tx, ticketId, words, { ...status, updatedAt: now });
    await recordChanges(tx, deps.ids, requesterContext, ticketId, changes, now);
    outbox.add('ticket.message_added', { ticketId, messageId: message!.id, kind: 'customer_message', authorType: 'customer', mentions: [] });
    if (changes.length > 0) {
      outbox.add('ticket.updated', { ticketId, changes: changes.map((c) => c.field), status: row.status, departmentId: row.departmentId, teamId: row.teamId, assigneeId: row.assigneeId });
    }
    return { id: message!.id, createdAt: message!.createdAt.toISOString() };
  });
}

/** The same, for the ticket a status token names (404 `portal_ticket_not_found` for a bad token). */
export async function writeBack(deps: PortalDeps, token: string, text: string) {
  const ticket = await ticketByToken(deps, token);
  return addPlayerMessage(deps, ticket.id, text);
}
