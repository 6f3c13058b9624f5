import { findUserById } from '../../platform/auth/users.repository';
import { AppError } from '../../platform/http/app-error';
import { visibleTicket } from '../tickets/ticket-access';
import { findTicket } from '../tickets/tickets.repository';
import type { TicketContext } from '../tickets/ticket-context';
import { statusLink, type PortalDeps } from './portal-context';
import { postAnswer, postNote } from './portal-tickets';
import { ticketByToken } from './public-ticket.service';
import type { CsatBody, CsatRating } from './portal.contracts';
import * as repo from './portal.repository';

/**
 * The requester rates a resolved (or closed) ticket, once per resolution: 409 `csat_not_open`
 * before it is resolved, `csat_already_given` for a second rating. The rating is for the
 * assignee at the resolution; an open ticket also gets it as an internal note for the desk.
 */
export async function rateTicket(deps: PortalDeps, token: string, body: CsatBody): Promise<CsatRating> {
  const ticket = await ticketByToken(deps, token);
  if ((ticket.status !== 'resolved' && ticket.status !== 'closed') || !ticket.resolvedAt) throw new AppError('csat_not_open');
  const db = deps.database.db;
  const invite = await repo.findInvite(db, ticket.id, ticket.resolvedAt);
  const comment = (body.comment ?? '').trim();
  const row = await repo.insertCsat(db, {
    id: deps.ids.uuid(),
    ticketId: ticket.id,
    resolvedAt: ticket.resolvedAt,
    agentId: invite ? invite.assigneeId : ticket.assigneeId,
    rating: body.rating,
    comment,
    createdAt: deps.clock.now(),
  });
  if (!row) throw new AppError('csat_already_given');
  if (ticket.status === 'resolved') await postNote(deps, ticket.id, `CSAT ${'★'.repeat(body.rating)}${'☆'.repeat(5 - body.rating)} ${body.rating}/5${comment ? `: ${comment}` : ''}`);
  return (await present(deps, [row]))[0]!;
}

async function present(deps: PortalDeps, rows: repo.CsatRow[]): Promise<CsatRating[]> {
  const names = new Map<string, string | null>();
  for (const id of new Set(rows.map((r) => r.agentId).filter((x): x is string => x !== null))) names.set(id, (await findUserById(deps.database.db, id))?.name ?? null);
  return rows.map((r) => ({
    id: r.id,
    ticketId: r.ticketId,
    resolvedAt: r.resolvedAt.toISOString(),
    agentId: r.agentId,
    agentName: r.agentId ? (names.get(r.agentId) ?? null) : null,
    rating: r.rating,
    comment: r.comment,
    createdAt: r.createdAt.toISOString(),
  }));
}

/** The ratings of a ticket the caller may see, newest first. */
export async function ticketRatings(deps: PortalDeps, ctx: TicketContext, ticketId: string): Promise<{ items: CsatRating[] }> {
  await visibleTicket(deps.database.db, ctx, ticketId);
  return { items: await present(deps, await repo.listCsat(deps.database.db, ticketId)) };
}

/**
 * The survey of one resolution: a public reply by the portal on the ticket's channel inviting a
 * 1-5 rating with the status link. Sent once per resolution whichever node hears the event
 * (the invite row); a ticket no longer resolved by the time it runs gets none.
 */
export async function inviteRating(deps: PortalDeps, ticketId: string): Promise<boolean> {
  const db = deps.database.db;
  const ticket = await findTicket(db, ticketId);
  if (!ticket || ticket.status !== 'resolved' || !ticket.resolvedAt) return false;
  const invite = await repo.insertInvite(db, { ticketId, resolvedAt: ticket.resolvedAt, assigneeId: ticket.assigneeId, createdAt: deps.clock.now() });
  if (!invite) return false;
  const { statusUrl } = await statusLink(deps, ticketId);
  try {
    await postAnswer(deps, ticketId, `您的问题已解决。请为本次服务打分（1-5 星）：${statusUrl}\n\nYour request is resolved. Please rate our help (1 to 5 stars): ${statusUrl}`);
  } catch (err) {
    await repo.deleteInvite(db, ticketId, ticket.resolvedAt);
    throw err;
  }
  return true;
}
