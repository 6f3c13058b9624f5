import type { FastifyInstance, FastifyRequest } from 'fastify';
import { ticketContext } from '../../modules/tickets/ticket-context';
import { findTicket } from '../../modules/tickets/tickets.repository';
import { canSee } from '../../modules/tickets/rules/ticket-scope';
import { isAllowed } from '../auth/auth.plugin';
import type { DomainEvents, EventName } from '../bus/events';

// The `tickets` live topic: ticket events reduced to ids and placement (no subject, no text),
// each delivered only to subscribers whose ticket scope covers the ticket.

export const TICKETS_TOPIC = 'tickets';
export const TICKET_LIVE_EVENTS = ['ticket.created', 'ticket.updated', 'ticket.message_added'] as const;

/** Where a ticket sits: what the scope rule looks at. */
export interface TicketPlacement {
  departmentId: string | null;
  teamId: string | null;
  assigneeId: string | null;
}

export type TicketLiveMessage =
  | { type: 'event'; topic: 'tickets'; name: 'ticket.created'; payload: TicketPlacement & { ticketId: string; number: number } }
  | { type: 'event'; topic: 'tickets'; name: 'ticket.updated'; payload: TicketPlacement & { ticketId: string; changes: string[]; status: string } }
  | { type: 'event'; topic: 'tickets'; name: 'ticket.message_added'; payload: TicketPlacement & { ticketId: string; messageId: string; kind: string } };

const placementOf = (p: TicketPlacement): TicketPlacement => ({ departmentId: p.departmentId, teamId: p.teamId, assigneeId: p.assigneeId });

/**
 * The live message for a ticket event. A new message's event names no placement, so the
 * ticket is read (null: it is gone).
 */
async function toMessage(app: FastifyInstance, name: (typeof TICKET_LIVE_EVENTS)[number], payload: unknown): Promise<TicketLiveMessage | null> {
  if (name === 'ticket.created') {
    const p = payload as DomainEvents['ticket.created'];
    return { type: 'event', topic: TICKETS_TOPIC, name, payload: { ticketId: p.ticketId, number: p.number, ...placementOf(p) } };
  }
  if (name === 'ticket.updated') {
    const p = payload as DomainEvents['ticket.updated'];
    return { type: 'event', topic: TICKETS_TOPIC, name, payload: { ticketId: p.ticketId, changes: p.changes, status: p.status, ...placementOf(p) } };
  }
  const p = payload as DomainEvents['ticket.message_added'];
  const row = await findTicket(app.deps.database.db, p.ticketId);
  if (!row) return null;
  return { type: 'event', topic: TICKETS_TOPIC, name, payload: { ticketId: p.ticketId, messageId: p.messageId, kind: p.kind, ...placementOf(row) } };
}

/**
 * Relays ticket bus events to `deliver` while `wanted()` (someone listens on this instance);
 * answers the functions that stop listening to the bus.
 */
export function relayTicketEvents(app: FastifyInstance, wanted: () => boolean, deliver: (message: TicketLiveMessage) => void): (() => void)[] {
  return TICKET_LIVE_EVENTS.map((name) =>
    app.deps.bus.subscribe(name as EventName, async (event) => {
      if (!wanted()) return;
      try {
        const message = await toMessage(app, name, event.payload);
        if (message) deliver(message);
      } catch (err) {
        app.log.warn({ err, event: name }, 'live ticket event dropped');
      }
    }),
  );
}

/**
 * Who may subscribe to `tickets` and what each receives: users with tickets:read, filtered by
 * their ticket scope as of subscribing (department, team's department, own assignments;
 * tickets:read_all sees all). Null: not allowed.
 */
export async function ticketTopicFilter(app: FastifyInstance, request: FastifyRequest): Promise<((m: TicketLiveMessage) => boolean) | null> {
  if (!request.principal || !isAllowed(request.principal, 'tickets:read')) return null;
  const { scope } = await ticketContext(app.deps, request);
  return (m) => canSee(scope, m.payload);
}
