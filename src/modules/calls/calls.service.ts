import { and, desc, eq, gte, lt, type SQL } from 'drizzle-orm';
import { parse } from 'csv-parse/sync';
import type { ServiceDeps } from '../../app';
import type { AuditContext } from '../../platform/audit/audit.service';
import { findUsersByEmails } from '../../platform/auth/users.repository';
import { findIdentityOwners } from '../customers/identities.repository';
import { ticketIdsByNumber } from '../tickets/tickets.repository';
import { callRecords } from './calls.schema';
import { callStats, ANSWER_RATE_TARGET, WAIT_TARGET_S } from './rules/call-stats';
import { checkCall, type CallInput, type CheckedCall } from './rules/call-row';

const actorOf = (ctx: AuditContext) => (ctx.actor.id ? `${ctx.actor.type}:${ctx.actor.id}` : ctx.actor.type);
export type Rejected = { line: number; field: string; reason: string };

/**
 * Stores checked calls: the caller found by phone, the agent by email, the ticket by number;
 * a call whose external id is already stored is a duplicate and changes nothing.
 */
async function store(deps: ServiceDeps, ctx: AuditContext, calls: CheckedCall[]): Promise<{ created: number; duplicates: number }> {
  if (calls.length === 0) return { created: 0, duplicates: 0 };
  const db = deps.database.db;
  const owners = await findIdentityOwners(db, [...new Set(calls.map((c) => c.phone))].map((value) => ({ type: 'phone', value })));
  const byPhone = new Map(owners.map((o) => [o.value, o.merged_into ?? o.customer_id]));
  const agents = await findUsersByEmails(db, calls.map((c) => c.agentEmail).filter((e): e is string => e !== null));
  const byEmail = new Map(agents.map((a) => [a.email.toLowerCase(), a.id]));
  const byNumber = await ticketIdsByNumber(db, [...new Set(calls.map((c) => c.ticketNumber).filter((n): n is number => n !== null))]);
  const now = deps.clock.now();
  const rows = calls.map((c) => ({
    id: deps.ids.uuid(),
    externalId: c.externalId,
    direction: c.direction,
    phone: c.phone,
    customerId: byPhone.get(c.phone) ?? null,
    agentId: c.agentEmail ? (byEmail.get(c.agentEmail) ?? null) : null,
    startedAt: c.startedAt,
    waitSeconds: c.waitSeconds,
    talkSeconds: c.talkSeconds,
    answered: c.answered,
    recordingUrl: c.recordingUrl,
    ticketId: c.ticketNumber !== null ? (byNumber.get(c.ticketNumber) ?? null) : null,
    createdBy: actorOf(ctx),
    createdAt: now,
  }));
  const inserted = await db.insert(callRecords).values(rows).onConflictDoNothing({ target: callRecords.externalId }).returning({ id: callRecords.id });
  return { created: inserted.length, duplicates: rows.length - inserted.length };
}

/** Records calls sent as JSON; each bad one is reported by its position, the good ones are kept. */
export async function recordCalls(deps: ServiceDeps, ctx: AuditContext, inputs: CallInput[]) {
  const good: CheckedCall[] = [];
  const rejected: Rejected[] = [];
  inputs.forEach((input, i) => {
    const out = checkCall(input);
    if (out.ok) good.push(out.call);
    else rejected.push({ line: i, field: out.field, reason: out.reason });
  });
  return { ...(await store(deps, ctx, good)), rejected };
}

/**
 * Imports a call centre's CSV (header row: external_id, direction, phone, started_at,
 * wait_seconds, talk_seconds, answered, agent_email, recording_url, ticket_number); a bad row is
 * reported with its line and field, never fatal.
 */
export async function importCallsCsv(deps: ServiceDeps, ctx: AuditContext, csv: string) {
  let records: Record<string, string>[];
  try {
    records = parse(csv, { columns: (h: string[]) => h.map((x) => x.trim().toLowerCase()), skip_empty_lines: true, trim: true, bom: true, relax_column_count: true });
  } catch (err) {
    return { created: 0, duplicates: 0, rejected: [{ line: 1, field: 'file', reason: (err as Error).message.slice(0, 200) }] };
  }
  const good: CheckedCall[] = [];
  const rejected: Rejected[] = [];
  records.forEach((r, i) => {
    const out = checkCall({ externalId: r.external_id, direction: r.direction, phone: r.phone, startedAt: r.started_at, waitSeconds: r.wait_seconds, talkSeconds: r.talk_seconds, answered: r.answered, agentEmail: r.agent_email, recordingUrl: r.recording_url, ticketNumber: r.ticket_number });
    if (out.ok) good.push(out.call);
    else rejected.push({ line: i + 2, field: out.field, reason: out.reason });
  });
  return { ...(await store(deps, ctx, good)), rejected };
}

function period(q: { from?: string; to?: string }): SQL[] {
  const where: SQL[] = [];
  if (q.from) where.push(gte(callRecords.startedAt, new Date(q.from)));
  if (q.to) where.push(lt(callRecords.startedAt, new Date(q.to)));
  return where;
}

/** Calls in a period (and of a customer), newest first. */
export async function listCalls(deps: ServiceDeps, q: { from?: string; to?: string; customerId?: string; limit?: number }) {
  const where = period(q);
  if (q.customerId) where.push(eq(callRecords.customerId, q.customerId));
  const rows = await deps.database.db.select().from(callRecords).where(and(...where)).orderBy(desc(callRecords.startedAt), desc(callRecords.id)).limit(q.limit ?? 50);
  return rows.map((r) => ({ ...r, startedAt: r.startedAt.toISOString(), createdAt: r.createdAt.toISOString() }));
}

/** The phone service level of a period against the targets (90 % answered, within 60 s). */
export async function callReport(deps: ServiceDeps, q: { from?: string; to?: string }) {
  const rows = await deps.database.db
    .select({ direction: callRecords.direction, answered: callRecords.answered, waitSeconds: callRecords.waitSeconds, talkSeconds: callRecords.talkSeconds })
    .from(callRecords)
    .where(and(...period(q)));
  return { ...callStats(rows as Parameters<typeof callStats>[0]), targets: { answerRate: ANSWER_RATE_TARGET, waitSeconds: WAIT_TARGET_S } };
}
