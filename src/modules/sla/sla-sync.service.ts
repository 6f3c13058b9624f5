import { sql } from 'drizzle-orm';
import type { ServiceDeps } from '../../app';
import type { Tx } from '../../platform/db/database';
import { memberTier } from '../loyalty/member-tier';
import { deriveSla, nextCheckAt, type SlaSnapshot, type SlaState, type TicketFacts } from './rules/sla-clocks';
import { choosePolicy } from './rules/sla-policy';
import * as setup from './sla-setup.repository';
import { findSla, insertSla, stateOf, ticketFacts, updateSla, type TicketInfo, type TicketSlaRow } from './sla.repository';

// Keeping a ticket's SLA row current. Every path (an event, the catch-up, the sweep, a read)
// derives the clocks from the ticket itself, so it does not matter how often or how late it runs.

const always24x7 = { timeZone: 'Asia/Shanghai', weeklyHours: [], holidays: [], is24x7: true };

/** The policy and calendar that apply to a new ticket (tightened by the requester's tier), or null when none covers it. */
export async function policySnapshot(tx: Tx, info: TicketInfo): Promise<SlaSnapshot | null> {
  const rules = (await setup.listPolicies(tx)).map(setup.ruleOf);
  const tierCode = (await memberTier(tx, info.requesterId))?.code ?? null;
  const choice = choosePolicy(rules, { channel: info.channel, priority: info.priority, tierCode });
  if (!choice) return null;
  const calendar = choice.calendarId ? await setup.findCalendar(tx, choice.calendarId) : await setup.defaultCalendar(tx);
  return {
    ...choice,
    channel: info.channel,
    priority: info.priority,
    tierCode,
    calendarId: calendar?.id ?? '00000000-0000-0000-0000-000000000000',
    calendar: calendar ? setup.calendarOf(calendar) : always24x7,
  };
}

export interface Synced {
  row: TicketSlaRow;
  info: TicketInfo;
  facts: TicketFacts;
  state: SlaState;
}

async function ticketUpdatedAt(tx: Tx, ticketId: string): Promise<Date | null> {
  const rows = await tx.execute(sql`select updated_at from tickets where id = ${ticketId}`);
  const v = (rows as unknown as { rows: { updated_at: unknown }[] }).rows[0]?.updated_at;
  return v ? new Date(v as string) : null;
}

const same = (a: SlaState, b: SlaState) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Derives the ticket's SLA in `tx` (row locked) and writes it when it changed; creates the row
 * for a ticket that has none. Answers null for a missing ticket or one no policy covers.
 */
export async function syncInTx(tx: Tx, ticketId: string, now: Date): Promise<Synced | null> {
  const found = await ticketFacts(tx, ticketId);
  if (!found) return null;
  const seen = await ticketUpdatedAt(tx, ticketId);
  let row = await findSla(tx, ticketId, true);
  if (!row) {
    const snapshot = await policySnapshot(tx, found.info);
    if (!snapshot) return null;
    const state = deriveSla(snapshot, found.facts, null);
    await insertSla(tx, ticketId, snapshot, state, nextCheckAt(snapshot, state), now, seen);
    row = (await findSla(tx, ticketId, true))!;
    return { row, ...found, state: stateOf(row) };
  }
  const prev = stateOf(row);
  const state = deriveSla(row.policy, found.facts, prev);
  if (!same(prev, state) || row.ticketUpdatedAt?.getTime() !== seen?.getTime()) {
    await updateSla(tx, ticketId, row.version, state, nextCheckAt(row.policy, state), now, seen);
    row = (await findSla(tx, ticketId, true))!;
  }
  return { row, ...found, state };
}

/** Brings one ticket's SLA up to date (its own transaction). */
export async function syncTicketSla(deps: Pick<ServiceDeps, 'database' | 'clock'>, ticketId: string): Promise<Synced | null> {
  return deps.database.db.transaction((tx) => syncInTx(tx, ticketId, deps.clock.now()));
}

/** Tickets changed in the last day whose SLA has not seen that change (events lost in a crash or a restart). */
export async function staleTickets(deps: Pick<ServiceDeps, 'database' | 'clock'>, limit: number): Promise<string[]> {
  const since = new Date(deps.clock.now().getTime() - 86_400_000);
  const rows = await deps.database.db.execute(sql`
    select t.id from tickets t left join ticket_sla s on s.ticket_id = t.id
    where t.updated_at >= ${since.toISOString()}::timestamptz
      and (s.ticket_id is null or s.ticket_updated_at is distinct from date_trunc('milliseconds', t.updated_at))
      and not (s.ticket_id is null and t.status = 'closed')
    order by t.updated_at limit ${limit}`);
  return (rows as unknown as { rows: { id: string }[] }).rows.map((r) => r.id);
}
