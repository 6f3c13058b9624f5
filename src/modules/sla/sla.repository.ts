import { and, asc, eq, isNotNull, lte, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../platform/db/database';
import type { MetricClock, SlaSnapshot, SlaState, TicketFacts } from './rules/sla-clocks';
import { metrics, type Metric } from './rules/sla-policy';
import { ticketSla } from './sla.schema';

type Executor = Db | Tx;
export type TicketSlaRow = typeof ticketSla.$inferSelect;

/** What the SLA needs of a ticket besides its clock facts: where it sits and how it is labelled. */
export interface TicketInfo {
  id: string;
  number: number;
  subject: string;
  channel: string;
  priority: string;
  requesterId: string;
  departmentId: string | null;
  teamId: string | null;
  assigneeId: string | null;
}

// The tickets tables are read here and only here, read-only: the SLA reacts to the tickets
// module through its events and derives its clocks from what the ticket records.

/** The ticket and the facts its clocks derive from; undefined when there is no such ticket. */
export async function ticketFacts(ex: Executor, ticketId: string): Promise<{ info: TicketInfo; facts: TicketFacts } | undefined> {
  const rows = await ex.execute(sql`
    select id, number, subject, channel, priority, requester_id, department_id, team_id, assignee_id, status,
           created_at, first_response_at, resolved_at, closed_at, reopen_count
    from tickets where id = ${ticketId}`);
  const t = (rows as unknown as { rows: Record<string, unknown>[] }).rows[0];
  if (!t) return undefined;
  const changes = await ex.execute(sql`
    select at, from_value #>> '{}' as "from", to_value #>> '{}' as "to"
    from ticket_changes where ticket_id = ${ticketId} and field = 'status' order by at, id`);
  const talk = await ex.execute(sql`
    select created_at as at, case when kind = 'customer_message' then 'customer' else 'staff' end as by
    from ticket_messages
    where ticket_id = ${ticketId} and (kind = 'customer_message' or (kind = 'public_reply' and author_type = 'user'))
    order by created_at, id`);
  const date = (v: unknown) => (v === null || v === undefined ? null : new Date(v as string));
  return {
    info: {
      id: t.id as string,
      number: Number(t.number),
      subject: t.subject as string,
      channel: t.channel as string,
      priority: t.priority as string,
      requesterId: t.requester_id as string,
      departmentId: (t.department_id as string | null) ?? null,
      teamId: (t.team_id as string | null) ?? null,
      assigneeId: (t.assignee_id as string | null) ?? null,
    },
    facts: {
      createdAt: date(t.created_at)!,
      status: t.status as string,
      firstResponseAt: date(t.first_response_at),
      resolvedAt: date(t.resolved_at),
      closedAt: date(t.closed_at),
      reopenCount: Number(t.reopen_count),
      statusChanges: (changes as unknown as { rows: { at: unknown; from: string | null; to: string }[] }).rows.map((c) => ({ at: date(c.at)!, from: c.from, to: c.to })),
      conversation: (talk as unknown as { rows: { at: unknown; by: 'customer' | 'staff' }[] }).rows.map((m) => ({ at: date(m.at)!, by: m.by })),
    },
  };
}

const prefix: Record<Metric, string> = { firstResponse: 'firstResponse', nextResponse: 'nextResponse', resolution: 'resolution' };
const clockKeys = ['StartAt', 'DueAt', 'WarnAt', 'MetAt', 'WarnedAt', 'BreachedAt', 'EscalatedAt'] as const;
const clockField = (k: (typeof clockKeys)[number]) => (k[0]!.toLowerCase() + k.slice(1)) as keyof MetricClock;

/** The SLA state held in a row. */
export function stateOf(row: TicketSlaRow): SlaState {
  const flat = row as unknown as Record<string, Date | null>;
  const clock = (m: Metric) => Object.fromEntries(clockKeys.map((k) => [clockField(k), flat[`${prefix[m]}${k}`] ?? null])) as unknown as MetricClock;
  return {
    firstResponse: clock('firstResponse'),
    nextResponse: clock('nextResponse'),
    resolution: clock('resolution'),
    pausedSince: row.pausedSince,
    pausedBusinessMs: row.pausedBusinessMs,
    stoppedAt: row.stoppedAt,
    escalationLevel: row.escalationLevel,
    reopenCount: row.reopenCount,
    firstResponseMs: row.firstResponseMs,
    resolutionMs: row.resolutionMs,
    resolutionBusinessMs: row.resolutionBusinessMs,
  };
}

function columnsOf(state: SlaState): Partial<TicketSlaRow> {
  const flat: Record<string, unknown> = {};
  for (const m of metrics) for (const k of clockKeys) flat[`${prefix[m]}${k}`] = state[m][clockField(k)];
  const { firstResponse: _a, nextResponse: _b, resolution: _c, ...rest } = state;
  return { ...(flat as Partial<TicketSlaRow>), ...rest };
}

export async function findSla(ex: Executor, ticketId: string, lock = false): Promise<TicketSlaRow | undefined> {
  const q = ex.select().from(ticketSla).where(eq(ticketSla.ticketId, ticketId));
  const [row] = lock ? await q.for('update') : await q;
  return row;
}

/** Inserts the first state of a ticket's SLA; false when another writer was first. */
export async function insertSla(tx: Tx, ticketId: string, policy: SlaSnapshot, state: SlaState, nextCheckAt: Date | null, at: Date, ticketUpdatedAt: Date | null): Promise<boolean> {
  const rows = await tx
    .insert(ticketSla)
    .values({ ticketId, policy, ...columnsOf(state), nextCheckAt, ticketUpdatedAt, version: 1, createdAt: at, updatedAt: at })
    .onConflictDoNothing()
    .returning({ id: ticketSla.ticketId });
  return rows.length > 0;
}

/** Writes a new state if the row is still at `version` (else nothing: someone else got there first). */
export async function updateSla(tx: Tx, ticketId: string, version: number, state: SlaState, nextCheckAt: Date | null, at: Date, ticketUpdatedAt?: Date | null): Promise<boolean> {
  const seen = ticketUpdatedAt === undefined ? {} : { ticketUpdatedAt };
  const rows = await tx
    .update(ticketSla)
    .set({ ...columnsOf(state), nextCheckAt, ...seen, version: version + 1, updatedAt: at })
    .where(and(eq(ticketSla.ticketId, ticketId), eq(ticketSla.version, version)))
    .returning({ id: ticketSla.ticketId });
  return rows.length > 0;
}

/** Tickets with a warning, breach or escalation due by `now`, most overdue first. */
export async function dueTickets(ex: Executor, now: Date, limit: number): Promise<string[]> {
  const rows = await ex
    .select({ id: ticketSla.ticketId })
    .from(ticketSla)
    .where(and(isNotNull(ticketSla.nextCheckAt), lte(ticketSla.nextCheckAt, now)))
    .orderBy(asc(ticketSla.nextCheckAt))
    .limit(limit);
  return rows.map((r) => r.id);
}
