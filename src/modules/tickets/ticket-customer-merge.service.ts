import { inTransaction } from '../../platform/db/unit-of-work';
import type { TicketContext, TicketDeps } from './ticket-context';
import { actorRef } from './ticket-context';
import { moveRequesterBatch } from './ticket-customer.repository';
import { insertChanges } from './tickets.repository';

/** Tickets moved per transaction. */
const MOVE_BATCH = 500;

/** The trail's actor for moves caused by a customer merge. */
export const customerMergeContext: TicketContext = {
  actor: { type: 'system', id: null, label: 'customer merge' },
  scope: { all: true },
  viewer: { pii: false },
  userId: null,
};

/**
 * After customers merged, the loser's tickets follow the winner: each gets `requester_id` =
 * winner, one `requesterId` trail row and `ticket.updated`. Closed and archived tickets move
 * too: it corrects who the ticket is about, not what it says. Idempotent: a second delivery
 * finds no ticket left on the loser and writes nothing. Answers how many moved.
 */
export async function moveMergedCustomerTickets(deps: TicketDeps, winnerId: string, loserId: string, batch = MOVE_BATCH): Promise<number> {
  if (winnerId === loserId) return 0;
  let moved = 0;
  for (;;) {
    const n = await inTransaction(deps, async (tx, outbox) => {
      const now = deps.clock.now();
      const rows = await moveRequesterBatch(tx, loserId, winnerId, now, batch);
      const ids = rows.map(() => deps.ids.uuid()).sort();
      const ctx = customerMergeContext;
      await insertChanges(
        tx,
        rows.map((r, i) => ({ id: ids[i]!, ticketId: r.id, field: 'requesterId', fromValue: loserId, toValue: winnerId, actor: actorRef(ctx), actorLabel: ctx.actor.label, at: now })),
      );
      for (const r of rows) outbox.add('ticket.updated', { ticketId: r.id, changes: ['requesterId'], status: r.status, departmentId: r.departmentId, teamId: r.teamId, assigneeId: r.assigneeId });
      return rows.length;
    });
    moved += n;
    if (n < batch) return moved;
  }
}
