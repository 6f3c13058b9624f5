import { isoOrNull } from '../../platform/iso-time';
import type { CustomerSummary } from '../customers/customers.contracts';
import type { Ticket, TicketLink, TicketSummary } from './tickets.contracts';
import type { TicketChange, TicketMessage } from './ticket-messages.contracts';
import type { ChangeRow, TicketRow } from './tickets.repository';
import type { LinkView, MessageRow } from './ticket-messages.repository';

// The one place ticket data is shaped for a response. The requester comes as the customers
// module's summary, masked there (ticket-refs.ts).

/** A list row. `requester` is null only if the customer row is gone (it never is: a foreign key holds it). */
export function presentTicketSummary(row: Omit<TicketRow, 'description' | 'custom' | 'createdBy'>, requester: CustomerSummary | undefined): TicketSummary {
  return {
    id: row.id,
    number: row.number,
    subject: row.subject,
    channel: row.channel as TicketSummary['channel'],
    categoryId: row.categoryId,
    priority: row.priority as TicketSummary['priority'],
    status: row.status as TicketSummary['status'],
    requesterId: row.requesterId,
    requester: requester ?? null,
    departmentId: row.departmentId,
    teamId: row.teamId,
    assigneeId: row.assigneeId,
    tags: row.tags,
    reopenCount: row.reopenCount,
    mergedIntoId: row.mergedIntoId,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    firstResponseAt: isoOrNull(row.firstResponseAt),
    resolvedAt: isoOrNull(row.resolvedAt),
    closedAt: isoOrNull(row.closedAt),
    archivedAt: isoOrNull(row.archivedAt),
  };
}

export function presentLink(link: LinkView): TicketLink {
  return { ticketId: link.ticketId, number: link.number, status: link.status as TicketLink['status'], kind: link.kind as TicketLink['kind'], createdAt: link.createdAt.toISOString() };
}

/** The whole ticket, with its description, custom values and links. */
export function presentTicket(row: TicketRow, requester: CustomerSummary | undefined, links: LinkView[]): Ticket {
  return {
    ...presentTicketSummary(row, requester),
    description: row.description,
    custom: row.custom,
    createdBy: row.createdBy,
    links: links.map(presentLink),
  };
}

export function presentMessage(row: MessageRow): TicketMessage {
  return {
    id: row.id,
    ticketId: row.ticketId,
    kind: row.kind as TicketMessage['kind'],
    authorType: row.authorType as TicketMessage['authorType'],
    authorUserId: row.authorUserId,
    authorCustomerId: row.authorCustomerId,
    authorLabel: row.authorLabel,
    body: row.body,
    mentions: row.mentions,
    channel: row.channel,
    createdAt: row.createdAt.toISOString(),
  };
}

export function presentChange(row: ChangeRow): TicketChange {
  return { id: row.id, field: row.field, from: row.fromValue, to: row.toValue, actor: row.actor, actorLabel: row.actorLabel, at: row.at.toISOString() };
}
