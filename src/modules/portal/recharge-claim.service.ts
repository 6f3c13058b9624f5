import { AppError } from '../../platform/http/app-error';
import { parseCents } from '../events/rules/money';
import { linkTickets } from '../tickets/ticket-links.service';
import { findTicket } from '../tickets/tickets.repository';
import { orderEvents } from './order-events';
import { portalContext, statusLink, type PortalDeps } from './portal-context';
import { resolvePlayer } from './portal-player';
import { activeCategory, fileTicket, postAnswer, postNote, RECHARGE_CATEGORY, rechargeDepartment } from './portal-tickets';
import type { PortalTicketAnswer, RechargeClaimBody } from './portal.contracts';
import * as repo from './portal.repository';
import { claimAnswer, evidenceNote, type ClaimFacts } from './rules/claim-answer';
import { decideRechargeClaim, type ClaimDecision } from './rules/recharge-claim';

const subjectOf = (orderId: string) => `充值未到账 Recharge not received: ${orderId}`;

/** The same claimant files again: the existing ticket, with the new submission added to its conversation while it is open. */
async function sameClaim(deps: PortalDeps, claim: repo.ClaimRow, facts: ClaimFacts): Promise<PortalTicketAnswer> {
  const ticket = claim.ticketId ? await findTicket(deps.database.db, claim.ticketId) : undefined;
  if (!ticket) throw new AppError('recharge_claim_in_progress');
  if (ticket.status !== 'closed') {
    await postNote(deps, ticket.id, `The requester submitted the claim again: ${facts.amount} · ${facts.paymentChannel} · ${facts.paidAt.toISOString()}`);
  }
  const link = await statusLink(deps, ticket.id);
  return { number: ticket.number, ...link, outcome: 'duplicate', message: `A claim for order ${claim.orderId} is already open as ticket #${ticket.number}; follow it on its status page.` };
}

/**
 * "Recharge not received" (docs/service-portal.md): identifies the player, reads the order's
 * events, decides the branch, files one ticket per order (a second claim by the same player
 * answers the first ticket; one by another player is filed and linked to it), posts the
 * evidence as an internal note and the answer as a public reply.
 */
export async function submitRechargeClaim(deps: PortalDeps, body: RechargeClaimBody): Promise<PortalTicketAnswer> {
  const customerId = await resolvePlayer(deps, { gameAccount: body.gameAccount, phone: body.phone, email: body.email ?? body.contactEmail });
  const orderId = body.orderId.trim();
  const contactEmail = body.contactEmail.toLowerCase();
  const facts: ClaimFacts = { orderId, amount: body.amount, paymentChannel: body.paymentChannel.trim(), paidAt: new Date(body.paidAt) };
  const db = deps.database.db;
  const existing = await repo.findClaimByOrder(db, orderId);
  if (existing && (existing.customerId === customerId || existing.contactEmail === contactEmail)) return sameClaim(deps, existing, facts);

  const events = await orderEvents(db, customerId, orderId, facts.paidAt);
  const decision = decideRechargeClaim({ customerId, orderId, amountCents: parseCents(body.amount)! }, events);
  const reserved = existing
    ? undefined
    : await repo.reserveClaim(db, {
        id: deps.ids.uuid(),
        orderId,
        customerId,
        contactEmail,
        amount: body.amount,
        paymentChannel: facts.paymentChannel,
        paidAt: facts.paidAt,
        outcome: decision.outcome,
        reason: decision.reason,
        createdAt: deps.clock.now(),
      });
  if (!existing && !reserved) {
    // Another request took the order between the look-up and the reservation.
    const winner = await repo.findClaimByOrder(db, orderId);
    if (winner && (winner.customerId === customerId || winner.contactEmail === contactEmail)) return sameClaim(deps, winner, facts);
    if (!winner?.ticketId) throw new AppError('recharge_claim_in_progress');
  }
  try {
    const filed = await fileClaimTicket(deps, customerId, body, facts, decision, events);
    if (reserved) await repo.setClaimTicket(db, reserved.id, filed.ticket.id);
    const first = existing ?? (reserved ? undefined : await repo.findClaimByOrder(db, orderId));
    if (first?.ticketId) await linkTickets(deps, portalContext, filed.ticket.id, { ticketId: first.ticketId, kind: 'related' });
    return { number: filed.ticket.number, token: filed.token, statusUrl: filed.statusUrl, outcome: decision.outcome, message: filed.message };
  } catch (err) {
    if (reserved) await repo.deleteClaim(db, reserved.id);
    throw err;
  }
}

async function fileClaimTicket(deps: PortalDeps, requesterId: string, body: RechargeClaimBody, facts: ClaimFacts, decision: ClaimDecision, events: Parameters<typeof evidenceNote>[2]) {
  const category = await activeCategory(deps, RECHARGE_CATEGORY);
  const escalated = decision.outcome === 'escalated';
  const departmentId = escalated ? await rechargeDepartment(deps) : undefined;
  const description = [
    `Order id: ${facts.orderId}`,
    `Amount: ${facts.amount}`,
    `Payment channel: ${facts.paymentChannel}`,
    `Paid at: ${facts.paidAt.toISOString()}`,
    body.description?.trim() ? `\n${body.description.trim()}` : '',
  ].join('\n');
  const filed = await fileTicket(
    deps,
    {
      subject: subjectOf(facts.orderId),
      description: description.trim(),
      requesterId,
      categoryId: category.id,
      priority: escalated ? 'high' : 'normal',
      ...(departmentId ? { departmentId } : {}),
      tags: ['recharge_claim', `claim_${decision.outcome}`, ...(escalated ? ['recharge_team'] : [])],
      custom: {
        claim_order_id: facts.orderId,
        claim_amount: facts.amount,
        claim_payment_channel: facts.paymentChannel,
        claim_paid_at: facts.paidAt.toISOString(),
        claim_outcome: decision.outcome,
        claim_reason: decision.reason,
        claim_event_id: decision.record?.id ?? null,
      },
    },
    body.contactEmail,
  );
  await postNote(deps, filed.ticket.id, evidenceNote(decision, facts, events));
  const answer = claimAnswer(decision, facts);
  // Escalations stay `new` for the recharge team; the other answers wait on the player.
  await postAnswer(deps, filed.ticket.id, answer.body, escalated ? 'new' : 'pending_customer');
  return { ...filed, message: answer.en };
}
