import type { Outbox } from '../../platform/bus/bus';
import type { Tx } from '../../platform/db/database';
import { applyPatch } from '../tickets/ticket-update.service';
import type { PatchTicketBody } from '../tickets/tickets.contracts';
import type { TicketRow } from '../tickets/tickets.repository';
import { portalContext, type PortalDeps } from './portal-context';
import { findDepartmentByCode } from '../organisation/departments.repository';
import { RECHARGE_DEPARTMENT } from './portal-tickets';
import * as repo from './portal.repository';

/** Whether the ticket is a recharge claim waiting for the player's receipt (custom field set when it was filed). */
export const waitsForProof = (ticket: Pick<TicketRow, 'custom'>) => ticket.custom['claim_outcome'] === 'proof_needed';

/**
 * The receipt of a recharge claim that waited for proof arrived (docs/service-portal.md):
 * the claim moves to `proof_received` and the ticket goes to the recharge team as an
 * escalation does (priority high, tag `recharge_team`, department `inquiries` when it exists),
 * tagged `claim_proof_received` instead of `claim_proof_needed`. Answers whether it moved:
 * a second screenshot, or a ticket that is no claim, changes nothing.
 */
export async function recordClaimProof(deps: PortalDeps, tx: Tx, outbox: Outbox, ticket: TicketRow): Promise<boolean> {
  if (!waitsForProof(ticket)) return false;
  const claim = await repo.findClaimByTicket(tx, ticket.id);
  // A second claimant's ticket has no claim row of its own (the order's row names the first ticket).
  if (claim && !(await repo.moveClaimOutcome(tx, claim.id, 'proof_needed', 'proof_received'))) return false;
  // Read in `tx`: the embedded database has one connection, held by this transaction.
  const departmentId = (await findDepartmentByCode(tx, RECHARGE_DEPARTMENT))?.id;
  await applyPatch(deps, portalContext, tx, outbox, ticket.id, (before) => ({
    priority: before.priority === 'urgent' ? 'urgent' : 'high',
    tags: [...before.tags.filter((t) => t !== 'claim_proof_needed'), 'claim_proof_received', 'recharge_team'],
    custom: { ...before.custom, claim_outcome: 'proof_received' } as PatchTicketBody['custom'],
    ...(departmentId ? { departmentId } : {}),
  }));
  return true;
}
