import { and, asc, eq, inArray, isNotNull, lte, sql } from 'drizzle-orm';
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

/** A ticket, the facts its clocks derive from, and when it last changed. */
export interface FoundTicket {
  info: TicketInfo;
  facts: TicketFacts;
  updatedAt: Date;
}

/** Several tickets' facts by id, one query (missing tickets are left out). */
export async function ticketFactsMany(ex: Executor, ticketIds: string[]): Promise<Map<string, FoundTicket>> {
  if (ticketIds.length === 0) return new Map();
  const rows = await ex.execute(sql`
    select t.id, t.number, t.subject, t.channel, t.priority, t.requester_id, t.department_id, t.team_id, t.assignee_id, t.status,
           t.created_at, t.first_response_at, t.resolved_at, t.closed_at, t.reopen_count, date_trunc('milliseconds', t.updated_at) as updated_at,
           (select coalesce(json_agg(json_build_object('at', c.at, 'from', c.from_value #>> '{}', 'to', c.to_value #>> '{}') order by c.at, c.id), '[]')
              from ticket_changes c where c.ticket_id = t.id and c.field = 'status') as changes,
           (select coalesce(json_agg(json_build_object('at', m.created_at, 'by', case when m.kind = 'customer_message' then 'customer' else 'staff' end) order by m.created_at, m.id), '[]')
              from ticket_messages m
              where m.ticket_id = t.id and (m.kind = 'customer_message' or (m.kind = 'public_reply' and m.author_type = 'user'))) as talk
    from tickets t where t.id = any(${`{${ticketIds.join(',')}}`}::uuid[])`);
  return new Map((rows as unknown as { rows: Record<string, unknown>[] }).rows.map((t) => [t.id as string, foundOf(t)]));
}

function foundOf(t: Record<string, unknown>): FoundTicket {
  const date = (v: unknown) => (v === null || v === undefined ? null : new Date(v as string));
  const list = <T>(v: unknown) => (typeof v === 'string' ? JSON.parse(v) : v) as T[];
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
      statusChanges: list<{ at: string; from: string | null; to: string }>(t.changes).map((c) => ({ at: date(c.at)!, from: c.from, to: c.to })),
      conversation: list<{ at: string; by: 'customer' | 'staff' }>(t.talk).map((m) => ({ at: date(m.at)!, by: m.by })),
    },
    updatedAt: date(t.updated_at)!,
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

/** Several tickets' SLA rows, by ticket id (tickets without one are left out). */
export async function slaRowsOf(ex: Executor, ticketIds: string[]): Promise<Map<string, TicketSlaRow>> {
  if (ticketIds.length === 0) return new Map();
  const rows = await ex.select().from(ticketSla).where(inArray(ticketSla.ticketId, ticketIds));
  return new Map(rows.map((r) => [r.ticketId, r]));
}

/** Several tickets' SLA rows locked for update in `tx`, taken in ticket id order (every batch locks in one order). */
export async function lockSlas(tx: Tx, ticketIds: string[]): Promise<Map<string, TicketSlaRow>> {
  if (ticketIds.length === 0) return new Map();
  const rows = await tx.select().from(ticketSla).where(inArray(ticketSla.ticketId, ticketIds)).orderBy(asc(ticketSla.ticketId)).for('update');
  return new Map(rows.map((r) => [r.ticketId, r]));
}

/** The first state of a ticket's SLA, to insert. */
export interface NewSla {
  ticketId: string;
  policy: SlaSnapshot;
  state: SlaState;
  nextCheckAt: Date | null;
  ticketUpdatedAt: Date | null;
}

/** Inserts the first states of tickets' SLA in one statement; answers the rows inserted by ticket id (a ticket another writer got to first is left out). */
export async function insertSlas(tx: Tx, rows: NewSla[], at: Date): Promise<Map<string, TicketSlaRow>> {
  if (rows.length === 0) return new Map();
  const inserted = await tx
    .insert(ticketSla)
    .values(rows.map((r) => ({ ticketId: r.ticketId, policy: r.policy, ...columnsOf(r.state), nextCheckAt: r.nextCheckAt, ticketUpdatedAt: r.ticketUpdatedAt, version: 1, createdAt: at, updatedAt: at })))
    .onConflictDoNothing()
    .returning();
  return new Map(inserted.map((r) => [r.ticketId, r]));
}

/** Writes a new state if the row is still at `version` and answers the row (else undefined: someone else got there first). */
export async function updateSla(tx: Tx, ticketId: string, version: number, state: SlaState, nextCheckAt: Date | null, at: Date, ticketUpdatedAt?: Date | null): Promise<TicketSlaRow | undefined> {
  const seen = ticketUpdatedAt === undefined ? {} : { ticketUpdatedAt };
  const [row] = await tx
    .update(ticketSla)
    .set({ ...columnsOf(state), nextCheckAt, ...seen, version: version + 1, updatedAt: at })
    .where(and(eq(ticketSla.ticketId, ticketId), eq(ticketSla.version, version)))
    .returning();
  return row;
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
