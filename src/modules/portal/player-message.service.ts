import { inTransaction } from '../../platform/db/unit-of-work';
import { AppError } from '../../platform/http/app-error';
import { addCustomerMessage } from '../tickets/customer-message';
import { lockTicket } from '../tickets/tickets.repository';
import { requesterContext, type PortalDeps } from './portal-context';
import { ticketByToken } from './public-ticket.service';

/**
 * The requester writes back from the status page: a `customer_message` by the requester on
 * the ticket's channel, through the tickets module's customer-message writer (so writing to a
 * ticket that waited on them, was on hold or resolved opens it again, and the words join the
 * search). A closed ticket takes nothing (409 `ticket_closed`).
 */
export async function addPlayerMessage(deps: PortalDeps, ticketId: string, text: string): Promise<{ id: string; createdAt: string }> {
  return inTransaction(deps, async (tx, outbox) => {
    const before = await lockTicket(tx, ticketId);
    if (!before) throw new AppError('portal_ticket_not_found');
    if (before.status === 'closed') throw new AppError('ticket_closed');
    const now = deps.clock.now();
    const input = { customerId: before.requesterId, authorLabel: 'requester', body: text, channel: before.channel };
    const id = await addCustomerMessage(tx, { ids: deps.ids, now }, requesterContext, outbox, before, input);
    return { id, createdAt: now.toISOString() };
  });
}

/** The same, for the ticket a status token names (404 `portal_ticket_not_found` for a bad token). */
export async function writeBack(deps: PortalDeps, token: string, text: string) {
  const ticket = await ticketByToken(deps, token);
  return addPlayerMessage(deps, ticket.id, text);
}
