import { inTransaction } from '../../../platform/db/unit-of-work';
import { AppError } from '../../../platform/http/app-error';
import { lockChangeable, readTicket } from '../ticket-access';
import type { TicketContext } from '../ticket-context';
import { applyPatch } from '../ticket-update.service';
import * as tickets from '../tickets.repository';
import { addRoutingNote, assignerOf, assignmentTicketOf, assignWithinTeam, type RoutingDeps } from './auto-assign';
import { staffName } from './routing-refs';
import { unassignedTeamTickets } from './routing.repository';
import type { AutoAssignResult } from './routing.contracts';
import { routingNote } from './rules/routing-note';

/** The context of assignments nobody asked for (an agent coming online). */
const routingContext: TicketContext = { actor: { type: 'system', id: null, label: 'routing' }, scope: { all: true }, viewer: { pii: false }, userId: null };

/**
 * Runs the assigner again for a ticket the caller may change: it must have a team (409
 * `ticket_not_routable`); the current assignee, if any, is left out, so a re-run hands the
 * ticket to someone else. The change goes through the normal trail (`assigneeId`, and a `new`
 * ticket opens) and a system note says what happened, also when nobody could take it.
 */
export async function autoAssignTicket(deps: RoutingDeps, ctx: TicketContext, id: string): Promise<AutoAssignResult> {
  const result = await inTransaction(deps, async (tx, outbox) => {
    const before = await lockChangeable(tx, ctx, id);
    if (!before.teamId) throw new AppError('ticket_not_routable');
    const now = deps.clock.now();
    const picked = await assignWithinTeam(tx, assignerOf(deps), before.teamId, await assignmentTicketOf(tx, before), now, before.assigneeId);
    const row = picked.agentId ? (await applyPatch(deps, ctx, tx, outbox, id, { assigneeId: picked.agentId })).row : before;
    const agent = picked.agentId ? await staffName(tx, picked.agentId) : null;
    const note = routingNote({ rules: [], department: null, team: null, priority: null, tags: [], assignment: { agent, assigner: picked.assigner, reason: picked.reason, manual: true } });
    await addRoutingNote(tx, deps.ids, id, note!, now);
    return { row, picked };
  });
  return {
    assigned: result.picked.agentId !== null,
    assigneeId: result.row.assigneeId,
    reason: result.picked.reason,
    ticket: await readTicket(deps.database.db, ctx, result.row),
  };
}

/**
 * Gives a team's unassigned unsolved tickets, oldest first, to its available agents, one ticket
 * per transaction, until nobody can take more (at most 100 per call). Answers how many it assigned.
 */
export async function assignBacklog(deps: RoutingDeps, teamId: string): Promise<number> {
  let assigned = 0;
  for (const ticketId of await unassignedTeamTickets(deps.database.db, teamId, 100)) {
    const outcome = await inTransaction(deps, async (tx, outbox) => {
      const row = await tickets.lockTicket(tx, ticketId);
      // Taken, moved or closed since the list was read.
      if (!row || row.assigneeId || row.teamId !== teamId || row.status === 'closed' || row.status === 'resolved') return 'skipped';
      const now = deps.clock.now();
      const picked = await assignWithinTeam(tx, assignerOf(deps), teamId, await assignmentTicketOf(tx, row), now);
      if (!picked.agentId) return picked.reason === 'no_skill_match' ? 'skipped' : 'full';
      await applyPatch(deps, routingContext, tx, outbox, ticketId, { assigneeId: picked.agentId });
      const note = routingNote({ rules: [], department: null, team: null, priority: null, tags: [], assignment: { agent: await staffName(tx, picked.agentId), assigner: picked.assigner, reason: null } });
      await addRoutingNote(tx, deps.ids, ticketId, note!, now);
      return 'assigned';
    });
    if (outcome === 'full') break;
    if (outcome === 'assigned') assigned++;
  }
  return assigned;
}
