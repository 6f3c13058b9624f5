import type { AppDeps } from '../../app';
import { systemContext } from '../../platform/audit/audit.service';
import { AppError } from '../../platform/http/app-error';
import type { TicketContext } from '../tickets/ticket-context';
import { openComplaint } from './complaints.service';

/** The complaint process acting on its own (on every ticket, with no person behind it). */
export const systemTicketContext: TicketContext = { ...systemContext, scope: { all: true }, viewer: { pii: false }, userId: null };

/** Is the ticket filed under the `complaint` category or one of its sub-categories? */
async function isComplaint(deps: AppDeps, ticketId: string): Promise<boolean> {
  const rows = await deps.database.query<{ yes: boolean }>(
    `select true as yes from tickets t join ticket_categories c on c.id = t.category_id
     left join ticket_categories p on p.id = c.parent_id
     where t.id = $1 and (c.code = 'complaint' or p.code = 'complaint')`,
    [ticketId],
  );
  return rows.length > 0;
}

/**
 * A ticket created in the complaint category enters the complaint process at once (the
 * "receive" step, by the system); other tickets are received as complaints by an agent.
 */
export function startComplaintJobs(deps: AppDeps): void {
  deps.bus.subscribe('ticket.created', async (e) => {
    try {
      if (await isComplaint(deps, e.payload.ticketId)) await openComplaint(deps, systemTicketContext, e.payload.ticketId);
    } catch (err) {
      if (err instanceof AppError && err.code === 'complaint_exists') return;
      deps.logger.error({ err, ticketId: e.payload.ticketId }, 'could not open the complaint process');
    }
  });
}
