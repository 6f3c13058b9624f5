import type { AppDeps } from '../../app';
import { inviteRating } from './csat.service';

/**
 * The satisfaction survey goes out when a ticket is resolved: on `ticket.updated` naming a
 * status change to `resolved`, the portal posts the invitation on the ticket's channel.
 * Events the portal causes itself never resolve a ticket, so this cannot loop.
 */
export function startPortalJobs(deps: AppDeps): void {
  deps.bus.subscribe('ticket.updated', async (e) => {
    if (e.payload.status !== 'resolved' || !e.payload.changes.includes('status')) return;
    try {
      await inviteRating(deps, e.payload.ticketId);
    } catch (err) {
      deps.logger.error({ err, ticketId: e.payload.ticketId }, 'could not send the satisfaction survey');
    }
  });
}
