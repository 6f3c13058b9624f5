import { Type, type Static } from 'typebox';
import { DateTime, Id, Nullable } from '../../platform/http/schemas';
import { CustomerStats, CustomerSummary } from '../customers/customers.contracts';
import { TicketPriority, TicketStatus } from './tickets.contracts';

// The agent console's customer sidebar (GET /tickets/:id/sidebar): who the requester is,
// masked as the customers module masks, and what the agent needs at a glance.

/** An event from the requester's timeline, its data masked for the viewer. */
const SidebarEvent = Type.Object({
  id: Id,
  at: DateTime,
  type: Type.String(),
  summary: Type.String({ description: 'Short English text; the web UI localises from type and data' }),
  data: Type.Record(Type.String(), Type.Unknown()),
});

export const TicketSidebar = Type.Object({
  ticketId: Id,
  /** The requester's summary, masked (real name, phone, email). */
  customer: CustomerSummary,
  stats: CustomerStats,
  tier: Nullable(Type.Object({ tierId: Id, code: Type.String(), name: Type.String(), priorityService: Type.Boolean() })),
  recentRecharges: Type.Array(SidebarEvent, { description: 'Last 5 recharge events, newest first' }),
  recentLogins: Type.Array(SidebarEvent, { description: 'Last 5 login events, newest first' }),
  openSessions: Type.Array(
    Type.Object({ id: Id, storeId: Id, seatLabel: Type.String(), startedAt: DateTime, minutesLeft: Nullable(Type.Integer()) }),
    { description: 'Active seat sessions at any store' },
  ),
  sanctions: Type.Object(
    {
      warnings: Type.Integer(),
      mutes: Type.Integer(),
      bans: Type.Integer(),
      inForce: Type.Array(Type.Object({ id: Id, kind: Type.String(), endsAt: Nullable(DateTime), reason: Type.String() })),
    },
    { description: 'Warnings, mutes and bans not revoked, and those in force now' },
  ),
  otherTickets: Type.Array(
    Type.Object({ id: Id, number: Type.Integer(), subject: Type.String(), status: TicketStatus, priority: TicketPriority, updatedAt: DateTime }),
    { description: "The requester's other tickets the caller may see, last 5 updated" },
  ),
});
export type TicketSidebar = Static<typeof TicketSidebar>;
