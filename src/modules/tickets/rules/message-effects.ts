import type { TicketStatus } from './ticket-status';

export const messageKinds = ['public_reply', 'internal_note', 'customer_message', 'system'] as const;
export type MessageKind = (typeof messageKinds)[number];
export type AuthorType = 'user' | 'api_key' | 'customer' | 'system';

/**
 * `first_response_at`: the time of the first public reply written by a staff user. Internal
 * notes, system notes, integrations (API keys) and the customer's own messages do not count,
 * and a later reply never moves it.
 * @example firstResponseAt(null, { kind: 'public_reply', authorType: 'user' }, now) // now
 */
export function firstResponseAt(current: Date | null, message: { kind: MessageKind; authorType: AuthorType }, at: Date): Date | null {
  if (current) return current;
  return message.kind === 'public_reply' && message.authorType === 'user' ? at : null;
}

/**
 * The status a message moves the ticket to when nobody names one (Zendesk's defaults): a staff
 * reply opens a new ticket; the customer writing back reopens a ticket that waited on them, on
 * hold or resolved. Null: the status stays.
 * @example statusAfterMessage('pending_customer', 'customer_message') // 'open'
 */
export function statusAfterMessage(status: TicketStatus, kind: MessageKind): TicketStatus | null {
  if (kind === 'public_reply') return status === 'new' ? 'open' : null;
  if (kind === 'customer_message') return ['pending_customer', 'on_hold', 'resolved'].includes(status) ? 'open' : null;
  return null;
}

/**
 * The status that assigning moves a ticket to when the change names none: a new ticket that
 * gets an assignee is open (Zendesk does the same). Null: the status stays.
 */
export function statusAfterAssignment(status: TicketStatus, assigneeId: string | null): TicketStatus | null {
  return status === 'new' && assigneeId !== null ? 'open' : null;
}

/** Does this message go into the ticket's full-text search (what the customer and agent said in the open)? */
export function isSearchable(kind: MessageKind): boolean {
  return kind === 'public_reply' || kind === 'customer_message';
}
