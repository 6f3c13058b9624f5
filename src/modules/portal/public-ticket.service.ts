import { findUserById } from '../../platform/auth/users.repository';
import { AppError } from '../../platform/http/app-error';
import { listCategories } from '../tickets/ticket-categories.repository';
import { listMessages, type MessageRow } from '../tickets/ticket-messages.repository';
import { findTicket, ticketIdsByNumber, type TicketRow } from '../tickets/tickets.repository';
import { identitiesOf } from '../customers/customers.repository';
import { statusLink, ticketOfToken, type PortalDeps } from './portal-context';
import { resolvePlayer } from './portal-player';
import { activeCategory, fileTicket, RECHARGE_CATEGORY } from './portal-tickets';
import type { LookupBody, PortalTicketAnswer, PublicForm, PublicTicketBody, PublicTicketView } from './portal.contracts';
import * as repo from './portal.repository';

const PUBLIC_KINDS = new Set(['public_reply', 'customer_message']);
const MAX_MESSAGES = 500;

/** The forms of the portal: the recharge claim, and the general form over the active top-level categories. */
export async function listForms(deps: PortalDeps): Promise<{ items: PublicForm[] }> {
  const categories = (await listCategories(deps.database.db)).filter((c) => c.active && c.parentId === null).sort((a, b) => a.sort - b.sort);
  const pick = (c: (typeof categories)[number]) => ({ code: c.code, nameZh: c.nameZh, nameEn: c.nameEn });
  const recharge = categories.filter((c) => c.code === RECHARGE_CATEGORY).map(pick);
  return {
    items: [
      ...(recharge.length ? [{ code: 'recharge-not-received', kind: 'recharge' as const, categories: recharge }] : []),
      { code: 'general', kind: 'generic', categories: categories.map(pick) },
    ],
  };
}

/** The general form: a ticket in the chosen category for the player named by game account or email. */
export async function submitPublicTicket(deps: PortalDeps, body: PublicTicketBody): Promise<PortalTicketAnswer> {
  const category = await activeCategory(deps, body.category);
  if (category.parentId !== null) throw new AppError('portal_category_unavailable');
  const requesterId = await resolvePlayer(deps, { gameAccount: body.gameAccount, email: body.email });
  const filed = await fileTicket(deps, { subject: body.subject, description: body.description, requesterId, categoryId: category.id }, body.email);
  return { number: filed.ticket.number, token: filed.token, statusUrl: filed.statusUrl, outcome: null, message: `We have your request as ticket #${filed.ticket.number}.` };
}

/**
 * Email + ticket number → the status link. The email must be the contact address given on the
 * portal form, or an email of the requester. Anything else is the same 404 as an unknown number.
 */
export async function lookupTicket(deps: PortalDeps, body: LookupBody): Promise<{ number: number; token: string; statusUrl: string }> {
  const db = deps.database.db;
  const email = body.email.trim().toLowerCase();
  const ticketId = (await ticketIdsByNumber(db, [body.number])).get(body.number);
  const ticket = ticketId ? await findTicket(db, ticketId) : undefined;
  if (!ticket) throw new AppError('portal_ticket_not_found');
  const contact = await repo.findPortalTicket(db, ticket.id);
  const emails = (await identitiesOf(db, [ticket.requesterId], ['email'])).map((i) => i.value.toLowerCase());
  if (contact?.contactEmail !== email && !emails.includes(email)) throw new AppError('portal_ticket_not_found');
  return { number: ticket.number, ...(await statusLink(deps, ticket.id)) };
}

/** The ticket a status token names, or 404 `portal_ticket_not_found` (tampered, malformed, unknown). */
export async function ticketByToken(deps: PortalDeps, token: string): Promise<TicketRow> {
  const id = await ticketOfToken(deps, token);
  const ticket = id ? await findTicket(deps.database.db, id) : undefined;
  if (!ticket) throw new AppError('portal_ticket_not_found');
  return ticket;
}

/** Public replies and the requester's messages, oldest first: internal and system notes never leave the desk. */
async function publicMessages(deps: PortalDeps, ticketId: string): Promise<MessageRow[]> {
  const out: MessageRow[] = [];
  let after: { at: Date; id: string } | undefined;
  for (let read = 0; read < MAX_MESSAGES; read += 100) {
    const rows = await listMessages(deps.database.db, ticketId, 100, after);
    out.push(...rows.slice(0, 100).filter((m) => PUBLIC_KINDS.has(m.kind)));
    if (rows.length <= 100) break;
    const last = rows[99]!;
    after = { at: last.createdAt, id: last.id };
  }
  return out;
}

/** What the status page shows: number, subject, status, the public conversation (staff by display name only) and the rating state. */
export async function viewPublicTicket(deps: PortalDeps, token: string): Promise<PublicTicketView> {
  const ticket = await ticketByToken(deps, token);
  const messages = await publicMessages(deps, ticket.id);
  const names = new Map<string, string>();
  for (const id of new Set(messages.map((m) => m.authorUserId).filter((x): x is string => x !== null))) {
    names.set(id, (await findUserById(deps.database.db, id))?.name ?? '');
  }
  const rated = ticket.resolvedAt ? await repo.findCsat(deps.database.db, ticket.id, ticket.resolvedAt) : undefined;
  const rateable = (ticket.status === 'resolved' || ticket.status === 'closed') && ticket.resolvedAt !== null;
  return {
    number: ticket.number,
    subject: ticket.subject,
    status: ticket.status,
    createdAt: ticket.createdAt.toISOString(),
    updatedAt: ticket.updatedAt.toISOString(),
    resolvedAt: ticket.resolvedAt?.toISOString() ?? null,
    messages: messages.map((m) => ({
      id: m.id,
      from: m.authorType === 'customer' ? 'player' : m.authorType === 'user' ? 'agent' : 'support',
      authorName: m.authorUserId ? names.get(m.authorUserId) || null : null,
      body: m.body,
      createdAt: m.createdAt.toISOString(),
    })),
    csat: { open: rateable && !rated, given: rated ? { rating: rated.rating, comment: rated.comment, createdAt: rated.createdAt.toISOString() } : null },
  };
}
