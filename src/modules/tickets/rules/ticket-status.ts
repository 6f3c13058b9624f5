export const ticketStatuses = ['new', 'open', 'pending_customer', 'on_hold', 'resolved', 'closed'] as const;
export type TicketStatus = (typeof ticketStatuses)[number];

/** Statuses a ticket still needs work in (Zendesk's "unsolved"). */
export const unsolvedStatuses: readonly TicketStatus[] = ['new', 'open', 'pending_customer', 'on_hold'];

// Zendesk's model: `new` is only where a ticket starts; open, pending and on-hold move freely
// among each other and to resolved (Zendesk's "solved"); a resolved ticket may be reopened
// (counted) or closed; closed is final for everyone, admins included — later contact makes a
// follow-up ticket instead. Merging closes the merged ticket outside this table (system move).
const next: Record<TicketStatus, readonly TicketStatus[]> = {
  new: ['open', 'pending_customer', 'on_hold', 'resolved'],
  open: ['pending_customer', 'on_hold', 'resolved'],
  pending_customer: ['open', 'on_hold', 'resolved'],
  on_hold: ['open', 'pending_customer', 'resolved'],
  resolved: ['open', 'pending_customer', 'on_hold', 'closed'],
  closed: [],
};

/** The statuses a ticket may move to from `from`. */
export function allowedStatuses(from: TicketStatus): readonly TicketStatus[] {
  return next[from];
}

export interface StatusFacts {
  status: TicketStatus;
  resolvedAt: Date | null;
  closedAt: Date | null;
  reopenCount: number;
}

export type StatusMove =
  | { ok: true; changed: boolean; facts: StatusFacts }
  | { ok: false; reason: 'ticket_closed' | 'ticket_invalid_transition' };

/**
 * Moves a ticket to `to` at `at`: resolving stamps resolved_at, closing stamps closed_at, and
 * leaving `resolved` for an unsolved status is a reopen (reopen_count + 1, resolved_at cleared).
 * The same status is no change; a closed ticket never moves.
 * @example moveStatus({ status: 'resolved', resolvedAt, closedAt: null, reopenCount: 0 }, 'open', now) // ok, reopenCount 1
 */
export function moveStatus(facts: StatusFacts, to: TicketStatus, at: Date): StatusMove {
  if (facts.status === 'closed') return { ok: false, reason: 'ticket_closed' };
  if (facts.status === to) return { ok: true, changed: false, facts };
  if (!next[facts.status].includes(to)) return { ok: false, reason: 'ticket_invalid_transition' };
  const reopened = facts.status === 'resolved' && to !== 'closed';
  return {
    ok: true,
    changed: true,
    facts: {
      status: to,
      resolvedAt: to === 'resolved' ? at : reopened ? null : facts.resolvedAt,
      closedAt: to === 'closed' ? at : facts.closedAt,
      reopenCount: facts.reopenCount + (reopened ? 1 : 0),
    },
  };
}

/** Is this status one a ticket can still be worked in? */
export function isUnsolved(status: TicketStatus): boolean {
  return unsolvedStatuses.includes(status);
}
