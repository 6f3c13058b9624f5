import { inTransaction } from '../../platform/db/unit-of-work';
import { assertActiveCategory, readTicket } from './ticket-access';
import { actorRef, type TicketContext, type TicketDeps } from './ticket-context';
import { assertAssignee, requesterFor, resolvePlacement } from './ticket-refs';
import type { CreateTicketBody, Ticket } from './tickets.contracts';
import * as repo from './tickets.repository';
import { searchDocument } from './search-tokens';
import { normaliseTags } from './rules/field-changes';
import { statusAfterAssignment } from './rules/message-effects';

/**
 * Opens a ticket for a customer (staff, or an integration with `tickets:write`). The requester,
 * category, department, team and assignee are checked (400 naming which); a merged requester
 * leads to the profile it was merged into. A ticket created with an assignee starts `open`,
 * otherwise `new`. Announced as `ticket.created` after commit.
 */
export async function createTicket(deps: TicketDeps, ctx: TicketContext, body: CreateTicketBody): Promise<Ticket> {
  const subject = body.subject.trim();
  const description = body.description ?? '';
  const words = { subject: searchDocument(subject), description: searchDocument(description) };
  const row = await inTransaction(deps, async (tx, outbox) => {
    const requesterId = await requesterFor(tx, body.requesterId);
    if (body.categoryId) await assertActiveCategory(tx, body.categoryId);
    const placement = await resolvePlacement(tx, { departmentId: null, teamId: null }, { departmentId: body.departmentId, teamId: body.teamId });
    await assertAssignee(tx, body.assigneeId);
    const assigneeId = body.assigneeId ?? null;
    const now = deps.clock.now();
    const created = await repo.insertTicket(
      tx,
      {
        id: deps.ids.uuid(),
        subject,
        description,
        channel: body.channel,
        categoryId: body.categoryId ?? null,
        priority: body.priority ?? 'normal',
        status: statusAfterAssignment('new', assigneeId) ?? 'new',
        requesterId,
        ...placement,
        assigneeId,
        tags: normaliseTags(body.tags ?? []),
        custom: body.custom ?? {},
        createdBy: actorRef(ctx),
        createdAt: now,
        updatedAt: now,
      },
      words,
    );
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
