import { inTransaction } from '../../platform/db/unit-of-work';
import { assertActiveCategory, readTicket } from './ticket-access';
import { actorRef, type TicketContext } from './ticket-context';
import { assertAssignee, requesterFor } from './ticket-refs';
import type { CreateTicketBody, Ticket } from './tickets.contracts';
import * as repo from './tickets.repository';
import { searchDocument } from './search-tokens';
import { statusAfterAssignment } from './rules/message-effects';
import { addRoutingNote, type RoutingDeps } from './routing/auto-assign';
import { routeOnCreate } from './routing/route-on-create';

/**
 * Opens a ticket for a customer (staff, or an integration with `tickets:write`). The requester,
 * category, department, team and assignee are checked (400 naming which); a merged requester
 * leads to the profile it was merged into. Routing rules then fill what the caller left out
 * (department and team, priority; their tags are added), and a ticket with a team and no
 * assignee given is auto-assigned in the same transaction (docs/ticket-routing.md); a system
 * note says what routing did. A ticket created with an assignee starts `open`, otherwise `new`.
 * Announced as `ticket.created` after commit.
 */
export async function createTicket(deps: RoutingDeps, ctx: TicketContext, body: CreateTicketBody): Promise<Ticket> {
  const subject = body.subject.trim();
  const description = body.description ?? '';
  const words = { subject: searchDocument(subject), description: searchDocument(description) };
  const row = await inTransaction(deps, async (tx, outbox) => {
    const requesterId = await requesterFor(tx, body.requesterId);
    if (body.categoryId) await assertActiveCategory(tx, body.categoryId);
    await assertAssignee(tx, body.assigneeId);
    const routed = await routeOnCreate(deps, tx, body, requesterId, { subject, description });
    const assigneeId = routed.assigneeId;
    const now = deps.clock.now();
    const created = await repo.insertTicket(
      tx,
      {
        id: deps.ids.uuid(),
        subject,
        description,
        channel: body.channel,
        categoryId: body.categoryId ?? null,
        priority: routed.priority,
        status: statusAfterAssignment('new', assigneeId) ?? 'new',
        requesterId,
        ...routed.placement,
        assigneeId,
        tags: routed.tags,
        custom: body.custom ?? {},
        createdBy: actorRef(ctx),
        createdAt: now,
        updatedAt: now,
      },
      words,
    );
    if (routed.note) await addRoutingNote(tx, deps.ids, created.id, routed.note, now);
    outbox.add('ticket.created', {
      ticketId: created.id,
      number: created.number,
      channel: created.channel,
      priority: created.priority,
      requesterId,
      departmentId: created.departmentId,
      teamId: created.teamId,
      assigneeId,
    });
    return created;
  });
  // The creator gets the ticket back even when it went to a department it does not see.
  return readTicket(deps.database.db, ctx, row);
}
