import { AppError } from '../../platform/http/app-error';
import { findDepartmentByCode } from '../organisation/departments.repository';
import { listCategories, type CategoryRow } from '../tickets/ticket-categories.repository';
import { createTicket } from '../tickets/ticket-create.service';
import { addMessage } from '../tickets/ticket-messages.service';
import type { CreateTicketBody } from '../tickets/tickets.contracts';
import type { TicketStatus } from '../tickets/rules/ticket-status';
import { portalContext, statusLink, type PortalDeps } from './portal-context';
import * as repo from './portal.repository';

/** The category of the recharge form, and the department its escalations go to (seeded codes). */
export const RECHARGE_CATEGORY = 'recharge_payment';
export const RECHARGE_DEPARTMENT = 'inquiries';

/** An active category by code, or 400 `portal_category_unavailable`. */
export async function activeCategory(deps: PortalDeps, code: string): Promise<CategoryRow> {
  const row = (await listCategories(deps.database.db)).find((c) => c.code === code);
  if (!row?.active) throw new AppError('portal_category_unavailable');
  return row;
}

/** The department escalated recharge claims go to, when it exists. */
export async function rechargeDepartment(deps: PortalDeps): Promise<string | undefined> {
  return (await findDepartmentByCode(deps.database.db, RECHARGE_DEPARTMENT))?.id;
}

/**
 * Files a ticket from a public form through the tickets module (channel `web`, by the portal)
 * and remembers the contact address for the email + number lookup.
 */
export async function fileTicket(deps: PortalDeps, body: Omit<CreateTicketBody, 'channel'>, contactEmail: string) {
  const ticket = await createTicket(deps, portalContext, { ...body, channel: 'web' });
  await repo.insertPortalTicket(deps.database.db, { ticketId: ticket.id, contactEmail: contactEmail.toLowerCase(), createdAt: deps.clock.now() });
  return { ticket, ...(await statusLink(deps, ticket.id)) };
}

/** A public answer by the portal (moving the ticket to `status` when given). */
export async function postAnswer(deps: PortalDeps, ticketId: string, body: string, status?: TicketStatus) {
  return addMessage(deps, portalContext, ticketId, { kind: 'public_reply', body, ...(status ? { status } : {}) });
}

/** An internal note by the portal (evidence, ratings). */
export async function postNote(deps: PortalDeps, ticketId: string, body: string) {
  return addMessage(deps, portalContext, ticketId, { kind: 'internal_note', body });
}
