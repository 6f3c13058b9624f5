import { eq, inArray } from 'drizzle-orm';
import type { Db, Tx } from '../../platform/db/database';
import { tickets } from '../tickets/tickets.schema';
import { ticketSla } from './sla.schema';
import type { TicketSlaRow } from './sla.repository';

/** The tickets named (placement only, for the scope check) with their SLA row when one exists. */
export async function ticketsWithSla(ex: Db | Tx, ids: string[]): Promise<{ id: string; departmentId: string | null; assigneeId: string | null; sla: TicketSlaRow | null }[]> {
  if (ids.length === 0) return [];
  const rows = await ex
    .select({ id: tickets.id, departmentId: tickets.departmentId, assigneeId: tickets.assigneeId, sla: ticketSla })
    .from(tickets)
    .leftJoin(ticketSla, eq(ticketSla.ticketId, tickets.id))
    .where(inArray(tickets.id, ids));
  return rows;
}
