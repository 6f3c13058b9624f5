import { presentEventData } from '../customers/customer-view';
import { getCustomerStats } from '../events/customer-stats.service';
import { listCustomerEvents, type TimelineEvent } from '../events/events-query.service';
import { memberTier } from '../loyalty/member-tier';
import { customerSessions } from '../venues/session-queries.service';
import { customerSanctions } from '../moderation/sanctions.service';
import { visibleTicket } from './ticket-access';
import type { TicketContext, TicketDeps } from './ticket-context';
import { listTickets } from './ticket-query.service';
import { requesterSummaries } from './ticket-refs';
import type { TicketSidebar } from './ticket-sidebar.contracts';

// The agent console's customer sidebar. It reads other modules only through their exported
// functions: the customers module's masked summary (ticket-refs.ts), events' stats and
// per-customer events, loyalty's member tier, venues' member sessions, moderation's sanctions.

const RECENT = 5;

function sidebarEvent(e: TimelineEvent, ctx: TicketContext) {
  return { id: e.id, at: e.at, type: e.type, summary: e.summary, data: presentEventData(e.data, ctx.viewer) };
}

/**
 * What an agent sees beside a ticket: the requester (masked for the caller as the customers
 * module masks), aggregates, loyalty tier, the last 5 recharges and logins, active seat
 * sessions and the requester's other tickets the caller may see. A ticket outside the
 * caller's scope answers 404 `ticket_not_found`, like every ticket read.
 * @example const s = await ticketSidebar(deps, ctx, ticketId); s.customer.phone // '+86 138****1234'
 */
export async function ticketSidebar(deps: Pick<TicketDeps, 'database' | 'clock'>, ctx: TicketContext, ticketId: string): Promise<TicketSidebar> {
  const db = deps.database.db;
  const ticket = await visibleTicket(db, ctx, ticketId);
  const customerId = ticket.requesterId;
  const [summaries, stats, tier, recharges, logins, sessions, tickets, sanctions] = await Promise.all([
    requesterSummaries(db, [customerId], ctx.viewer),
    getCustomerStats(db, [customerId], deps.clock.now()),
    memberTier(db, customerId),
    listCustomerEvents(db, customerId, { types: ['recharge'], limit: RECENT }),
    listCustomerEvents(db, customerId, { types: ['login'], limit: RECENT }),
    customerSessions(deps, customerId),
    listTickets(deps, ctx, { requesterId: customerId, limit: RECENT + 1 }),
    customerSanctions(deps, customerId),
  ]);
  return {
    ticketId: ticket.id,
    // A foreign key keeps the requester's row: the summary is always there.
    customer: summaries.get(customerId)!,
    stats: stats.get(customerId)!,
    tier: tier ? { tierId: tier.tierId, code: tier.code, name: tier.name, priorityService: tier.priorityService } : null,
    recentRecharges: recharges.map((e) => sidebarEvent(e, ctx)),
    recentLogins: logins.map((e) => sidebarEvent(e, ctx)),
    openSessions: sessions.items
      .filter((s) => s.status === 'active')
      .map((s) => ({ id: s.id, storeId: s.storeId, seatLabel: s.seatLabel, startedAt: s.startedAt, minutesLeft: s.minutesLeft })),
    sanctions: {
      warnings: sanctions.summary.warnings,
      mutes: sanctions.summary.mutes,
      bans: sanctions.summary.bans,
      inForce: sanctions.summary.inForce.map((s) => ({ id: s.id, kind: s.kind, endsAt: s.endsAt, reason: s.reason })),
    },
    otherTickets: tickets.items
      .filter((t) => t.id !== ticket.id)
      .slice(0, RECENT)
      .map((t) => ({ id: t.id, number: t.number, subject: t.subject, status: t.status, priority: t.priority, updatedAt: t.updatedAt })),
  };
}
