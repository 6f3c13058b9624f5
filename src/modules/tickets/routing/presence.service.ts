import type { AuditContext } from '../../../platform/audit/audit.service';
import type { Db, Tx } from '../../../platform/db/database';
import { inTransaction } from '../../../platform/db/unit-of-work';
import { auditTickets, type TicketDeps } from '../ticket-context';
import { assignBacklog } from './ticket-auto-assign.service';
import type { RoutingDeps } from './auto-assign';
import { activeStaff, assertCategories } from './routing-refs';
import * as repo from './routing.repository';
import type { AgentListQuery, AgentPresence, AgentPresenceBody, MyPresenceBody, PresenceUpdate } from './routing.contracts';
import type { PresenceStatus } from './rules/assigner';

/** Defaults of an agent without a presence row (the column defaults). */
const DEFAULT_CAPACITY = 10;

function present(user: { id: string; name: string; teamId: string | null }, row: repo.PresenceRow | null | undefined, openTickets: number): AgentPresence {
  return {
    userId: user.id,
    name: user.name,
    teamId: user.teamId,
    status: (row?.status ?? 'offline') as PresenceStatus,
    capacity: row?.capacity ?? DEFAULT_CAPACITY,
    languages: row?.languages ?? [],
    categoryIds: row?.categoryIds ?? [],
    openTickets,
    lastAssignedAt: row?.lastAssignedAt?.toISOString() ?? null,
    updatedAt: row?.updatedAt.toISOString() ?? null,
  };
}

async function presenceOf(ex: Db | Tx, userId: string): Promise<AgentPresence> {
  const user = await activeStaff(ex, userId);
  const counts = await repo.openCounts(ex, [userId]);
  return present(user, await repo.findPresence(ex, userId), counts.get(userId) ?? 0);
}

/** A staff user's presence (offline with defaults when never set); 404 `agent_not_found` for an unknown or inactive user. */
export async function getPresence(deps: Pick<TicketDeps, 'database'>, userId: string): Promise<AgentPresence> {
  return presenceOf(deps.database.db, userId);
}

/**
 * Sets a presence. An agent coming online (from away or offline) picks up the team's unassigned
 * tickets, oldest first, through the assigner (which stays fair across the team and respects
 * capacity): `backlogAssigned` counts them.
 */
async function setPresence(deps: RoutingDeps, ctx: AuditContext, userId: string, changes: repo.PresenceChanges, audit: boolean): Promise<PresenceUpdate> {
  const { wentOnline, teamId } = await inTransaction(deps, async (tx) => {
    const user = await activeStaff(tx, userId);
    if (changes.categoryIds) await assertCategories(tx, changes.categoryIds);
    const before = await repo.findPresence(tx, userId);
    const now = deps.clock.now();
    await repo.upsertPresence(tx, userId, changes, now);
    if (audit) await auditTickets(tx, now, ctx, 'agent_presence.updated', { type: 'user', id: userId }, { changes });
    return { wentOnline: changes.status === 'online' && before?.status !== 'online', teamId: user.teamId };
  });
  const backlogAssigned = wentOnline && teamId ? await assignBacklog(deps, teamId) : 0;
  return { ...(await presenceOf(deps.database.db, userId)), backlogAssigned };
}

/** The caller's own availability (online / away / offline); not audited, it changes all day. */
export async function setMyPresence(deps: RoutingDeps, ctx: AuditContext, userId: string, body: MyPresenceBody): Promise<PresenceUpdate> {
  return setPresence(deps, ctx, userId, { status: body.status }, false);
}

/** An admin sets an agent's capacity, skills (languages, categories) or status; audited. */
export async function setAgentPresence(deps: RoutingDeps, ctx: AuditContext, userId: string, body: AgentPresenceBody): Promise<PresenceUpdate> {
  const changes: repo.PresenceChanges = { ...body };
  if (body.languages) changes.languages = [...new Set(body.languages.map((l) => l.trim()))];
  if (body.categoryIds) changes.categoryIds = [...new Set(body.categoryIds)];
  return setPresence(deps, ctx, userId, changes, true);
}

/** Staff users of a team (or of every team) with presence and open-ticket counts, by name. */
export async function listAgents(deps: Pick<TicketDeps, 'database'>, query: AgentListQuery): Promise<{ items: AgentPresence[] }> {
  const db = deps.database.db;
  const rows = await repo.listAgents(db, query.teamId);
  const counts = await repo.openCounts(db, rows.map((r) => r.userId));
  return { items: rows.map((r) => present({ id: r.userId, name: r.name, teamId: r.teamId }, r.presence, counts.get(r.userId) ?? 0)) };
}
