import type { ErrorSpec } from '../../platform/http/app-error';

/** Error codes of the tickets module (docs/tickets.md). */
export const ticketsErrors = {
  ticket_not_found: { status: 404, title: 'Ticket not found' },
  ticket_closed: { status: 409, title: 'A closed ticket cannot be changed' },
  ticket_archived: { status: 409, title: 'An archived ticket is read-only' },
  ticket_invalid_transition: { status: 409, title: 'The ticket cannot move to this status from its current one' },
  invalid_ticket_requester: { status: 400, title: 'The requester is not a known customer' },
  invalid_ticket_category: { status: 400, title: 'The category does not exist or is inactive' },
  invalid_ticket_department: { status: 400, title: 'The department does not exist' },
  invalid_ticket_team: { status: 400, title: 'The team does not exist or is not in the department' },
  invalid_ticket_assignee: { status: 400, title: 'The assignee is not an active staff user' },
  invalid_mention: { status: 400, title: 'Mentions must name active staff users, and only internal notes mention' },
  ticket_link_self: { status: 409, title: 'A ticket cannot be linked to itself' },
  ticket_link_not_found: { status: 404, title: 'The tickets are not linked' },
  ticket_merge_invalid: { status: 409, title: 'These tickets cannot be merged' },
  ticket_category_not_found: { status: 404, title: 'Ticket category not found' },
  ticket_category_code_taken: { status: 409, title: 'Another category already has this code' },
  ticket_category_in_use: { status: 409, title: 'Tickets or sub-categories use this category: deactivate it instead' },
  invalid_ticket_category_parent: { status: 400, title: 'The parent category does not exist or would put the category under itself' },
} as const satisfies Record<string, ErrorSpec>;
