import { sql } from 'drizzle-orm';
import type { ServiceDeps } from '../../app';
import type { Tx } from '../../platform/db/database';
import { memberTier, memberTiers, type MemberTierBenefits } from '../loyalty/member-tier';
import { deriveSla, nextCheckAt, type SlaSnapshot, type SlaState, type TicketFacts } from './rules/sla-clocks';
import { choosePolicy, type PolicyRule } from './rules/sla-policy';
import * as setup from './sla-setup.repository';
import { findSla, insertSlas, lockSlas, stateOf, ticketFactsMany, updateSla, type FoundTicket, type NewSla, type TicketInfo, type TicketSlaRow } from './sla.repository';

// Keeping a ticket's SLA row current. Every path (an event, the catch-up, the sweep, a read)
// derives the clocks from the ticket itself, so it does not matter how often or how late it runs.

const always24x7 = { timeZone: 'Asia/Shanghai', weeklyHours: [], holidays: [], is24x7: true };

/**
 * What a run of syncs reads at most once (a run is one transaction): the policies and calendars
 * (they change rarely) and the tiers of the requesters of tickets that have no SLA row yet.
 */
export interface SetupReads {
  policies?: PolicyRule[];
  calendars: Map<string, setup.CalendarRow | undefined>;
  tiers?: Map<string, MemberTierBenefits>;
}

export const setupReads = (): SetupReads => ({ calendars: new Map() });

async function calendarFor(tx: Tx, reads: SetupReads, calendarId: string | null): Promise<setup.CalendarRow | undefined> {
  const key = calendarId ?? 'default';
  if (!reads.calendars.has(key)) reads.calendars.set(key, calendarId ? await setup.findCalendar(tx, calendarId) : await setup.defaultCalendar(tx));
  return reads.calendars.get(key);
}

/** The policy and calendar that apply to a new ticket (tightened by the requester's tier), or null when none covers it. */
export async function policySnapshot(tx: Tx, info: TicketInfo, reads: SetupReads = setupReads()): Promise<SlaSnapshot | null> {
  reads.policies ??= (await setup.listPolicies(tx)).map(setup.ruleOf);
  const tier = reads.tiers ? reads.tiers.get(info.requesterId) : await memberTier(tx, info.requesterId);
  const tierCode = tier?.code ?? null;
  const choice = choosePolicy(reads.policies, { channel: info.channel, priority: info.priority, tierCode });
  if (!choice) return null;
  const calendar = await calendarFor(tx, reads, choice.calendarId);
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

const same = (a: SlaState, b: SlaState) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Derives the ticket's SLA in `tx` (row locked) and writes it when it changed; creates the row
 * for a ticket that has none. Answers null for a missing ticket or one no policy covers.
 */
export async function syncInTx(tx: Tx, ticketId: string, now: Date, reads: SetupReads = setupReads()): Promise<Synced | null> {
  return (await syncManyInTx(tx, [ticketId], now, reads)).get(ticketId) ?? null;
}

/**
 * `syncInTx` for several tickets, reading their facts, SLA rows (locked, in id order) and the
 * new ones' requester tiers in one query each; the new rows are inserted in one statement, then
 * each existing row is written if it changed.
 */
async function syncManyInTx(tx: Tx, ticketIds: string[], now: Date, reads: SetupReads): Promise<Map<string, Synced>> {
  const ids = [...new Set(ticketIds)].sort();
  const found = await ticketFactsMany(tx, ids);
  const rows = await lockSlas(tx, ids.filter((id) => found.has(id)));
  const fresh = [...found.values()].filter((f) => !rows.has(f.info.id));
  reads.tiers = fresh.length > 1 ? await memberTiers(tx, [...new Set(fresh.map((f) => f.info.requesterId))]) : undefined;
  const synced = await createRows(tx, fresh, now, reads);
  for (const id of ids) {
    const ticket = found.get(id);
    const row = rows.get(id);
    if (ticket && row) synced.set(id, await syncRow(tx, ticket, row, now));
  }
  return synced;
}

/** The first SLA rows of tickets that have none (tickets no policy covers get none), one INSERT. */
async function createRows(tx: Tx, fresh: FoundTicket[], now: Date, reads: SetupReads): Promise<Map<string, Synced>> {
  const news: (NewSla & { found: FoundTicket; state: SlaState })[] = [];
  for (const f of fresh) {
    const snapshot = await policySnapshot(tx, f.info, reads);
    if (!snapshot) continue;
    const state = deriveSla(snapshot, f.facts, null);
    news.push({ ticketId: f.info.id, policy: snapshot, state, nextCheckAt: nextCheckAt(snapshot, state), ticketUpdatedAt: f.updatedAt, found: f });
  }
  const inserted = await insertSlas(tx, news, now);
  const synced = new Map<string, Synced>();
  for (const n of news) {
    // Another writer got there first: take its row.
    const row = inserted.get(n.ticketId) ?? (await findSla(tx, n.ticketId, true))!;
    synced.set(n.ticketId, { row, info: n.found.info, facts: n.found.facts, state: stateOf(row) });
  }
  return synced;
}

async function syncRow(tx: Tx, found: FoundTicket, current: TicketSlaRow, now: Date): Promise<Synced> {
  const { info, facts, updatedAt: seen } = found;
  let row = current;
  const prev = stateOf(row);
  const state = deriveSla(row.policy, facts, prev);
  if (!same(prev, state) || row.ticketUpdatedAt?.getTime() !== seen.getTime()) {
    row = (await updateSla(tx, info.id, row.version, state, nextCheckAt(row.policy, state), now, seen)) ?? (await findSla(tx, info.id, true))!;
  }
  return { row, info, facts, state };
}

/** Brings one ticket's SLA up to date (its own transaction). */
export async function syncTicketSla(deps: Pick<ServiceDeps, 'database' | 'clock'>, ticketId: string): Promise<Synced | null> {
  return deps.database.db.transaction((tx) => syncInTx(tx, ticketId, deps.clock.now()));
}

/** Brings several tickets' SLA up to date in one transaction, in id order (rows lock in one order everywhere). */
export async function syncTicketsSla(deps: Pick<ServiceDeps, 'database' | 'clock'>, ticketIds: string[]): Promise<void> {
  await deps.database.db.transaction((tx) => syncManyInTx(tx, ticketIds, deps.clock.now(), setupReads()));
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
