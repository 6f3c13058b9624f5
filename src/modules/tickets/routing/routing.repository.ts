import { and, asc, count, eq, getTableColumns, inArray, isNotNull, isNull, max, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../../platform/db/database';
import { users } from '../../../platform/auth/auth.schema';
import { tickets } from '../tickets.schema';
import { agentPresence, ticketRoutingRules } from './routing.schema';

// SQL of routing rules and agent presence. Team membership is `users.team_id` (the platform's
// users table, which every module may read); tickets are read only for open counts.

type Executor = Db | Tx;
const r = ticketRoutingRules;
const p = agentPresence;

export type RuleRow = typeof ticketRoutingRules.$inferSelect;
export type PresenceRow = typeof agentPresence.$inferSelect;
export type PresenceChanges = Partial<Pick<PresenceRow, 'status' | 'capacity' | 'languages' | 'categoryIds' | 'lastAssignedAt'>>;

/** Ticket statuses that count against an agent's capacity (every unsolved one). */
export const unsolvedStatuses = ['new', 'open', 'pending_customer', 'on_hold'];

export async function listRules(ex: Executor): Promise<RuleRow[]> {
  return ex.select().from(r).orderBy(asc(r.position), asc(r.id));
}

export async function findRule(ex: Executor, id: string): Promise<RuleRow | undefined> {
  const [row] = await ex.select().from(r).where(eq(r.id, id));
  return row;
}

export async function nextPosition(tx: Tx): Promise<number> {
  const [row] = await tx.select({ last: max(r.position) }).from(r);
  return (row?.last ?? 0) + 1;
}

export async function insertRule(tx: Tx, row: typeof ticketRoutingRules.$inferInsert): Promise<RuleRow> {
  const [created] = await tx.insert(r).values(row).returning();
  return created!;
}

export async function updateRule(tx: Tx, id: string, changes: Partial<typeof ticketRoutingRules.$inferInsert>): Promise<RuleRow | undefined> {
  const [row] = await tx.update(r).set(changes).where(eq(r.id, id)).returning();
  return row;
}

export async function deleteRule(tx: Tx, id: string): Promise<boolean> {
  return (await tx.delete(r).where(eq(r.id, id)).returning({ id: r.id })).length > 0;
}

/** Locks every rule (an order change must see all of them). */
export async function lockRuleIds(tx: Tx): Promise<string[]> {
  return (await tx.select({ id: r.id }).from(r).orderBy(asc(r.id)).for('update')).map((x) => x.id);
}

export async function setPosition(tx: Tx, id: string, position: number, at: Date): Promise<void> {
  await tx.update(r).set({ position, updatedAt: at }).where(eq(r.id, id));
}

export async function findPresence(ex: Executor, userId: string): Promise<PresenceRow | undefined> {
  const [row] = await ex.select().from(p).where(eq(p.userId, userId));
  return row;
}

/** Creates or changes an agent's presence row. */
export async function upsertPresence(tx: Tx, userId: string, changes: PresenceChanges, at: Date): Promise<PresenceRow> {
  const [row] = await tx
    .insert(p)
    .values({ userId, ...changes, updatedAt: at })
    .onConflictDoUpdate({ target: p.userId, set: { ...changes, updatedAt: at } })
    .returning();
  return row!;
}

/** Active members of a team, by id. */
export async function teamMemberIds(ex: Executor, teamId: string): Promise<string[]> {
  const rows = await ex.select({ id: users.id }).from(users).where(and(eq(users.teamId, teamId), eq(users.active, true))).orderBy(asc(users.id));
  return rows.map((x) => x.id);
}

/**
 * Locks the presence rows of a team's active members in id order (`FOR UPDATE`): two tickets
 * assigned in the same team at once queue here, so the second sees the first's assignment.
 */
export async function lockTeamPresence(tx: Tx, teamId: string): Promise<PresenceRow[]> {
  return tx
    .select(getTableColumns(p))
    .from(p)
    .innerJoin(users, eq(users.id, p.userId))
    .where(and(eq(users.teamId, teamId), eq(users.active, true)))
    .orderBy(asc(p.userId))
    .for('update', { of: p });
}

/** Unsolved tickets assigned to each of these users. */
export async function openCounts(ex: Executor, userIds: string[]): Promise<Map<string, number>> {
  if (userIds.length === 0) return new Map();
  const rows = await ex
    .select({ userId: tickets.assigneeId, n: count() })
    .from(tickets)
    .where(and(inArray(tickets.assigneeId, userIds), inArray(tickets.status, unsolvedStatuses)))
    .groupBy(tickets.assigneeId);
  return new Map(rows.map((x) => [x.userId!, x.n]));
}

export interface AgentListRow {
  userId: string;
  name: string;
  teamId: string | null;
  presence: PresenceRow | null;
}

/** Active staff users of a team (or of any team), with their presence if they have one. */
export async function listAgents(ex: Executor, teamId: string | undefined): Promise<AgentListRow[]> {
  const rows = await ex
    .select({ userId: users.id, name: users.name, teamId: users.teamId, presence: p })
    .from(users)
    .leftJoin(p, eq(p.userId, users.id))
    .where(and(eq(users.active, true), teamId ? eq(users.teamId, teamId) : isNotNull(users.teamId)))
    .orderBy(asc(users.name), asc(users.id))
    .limit(500);
  return rows;
}

/** Unassigned unsolved tickets of a team, oldest first. */
export async function unassignedTeamTickets(ex: Executor, teamId: string, limit: number): Promise<string[]> {
  const rows = await ex
    .select({ id: tickets.id })
    .from(tickets)
    .where(and(eq(tickets.teamId, teamId), isNull(tickets.assigneeId), inArray(tickets.status, unsolvedStatuses), sql`${tickets.mergedIntoId} is null`))
    .orderBy(asc(tickets.createdAt), asc(tickets.id))
    .limit(limit);
  return rows.map((x) => x.id);
}

/** Stamps the agent's last automatic assignment (their place in the round robin). */
export async function touchLastAssigned(tx: Tx, userId: string, at: Date): Promise<void> {
  await tx.update(p).set({ lastAssignedAt: at }).where(eq(p.userId, userId));
}
