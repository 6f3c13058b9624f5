import { primaryLanguage } from './routing-rules';

// Choosing the agent of a routed ticket within its team. The `Assigner` interface is the seam:
// the ticket services call whatever assigner the app was given; round robin is the default.

export type PresenceStatus = 'online' | 'away' | 'offline';
export const presenceStatuses = ['online', 'away', 'offline'] as const;

/** An agent of the ticket's team as the assigner sees them: availability and skills. */
export interface AgentCandidate {
  userId: string;
  status: PresenceStatus;
  /** Most unsolved tickets the agent may hold. */
  capacity: number;
  /** Languages spoken (BCP 47, compared by primary language); empty: any. */
  languages: string[];
  /** Categories handled (with their sub-categories); empty: any. */
  categoryIds: string[];
}

/** What of the ticket matters for the choice. */
export interface AssignmentTicket {
  language: string | null;
  /** The ticket's category first, then its ancestors; empty without a category. */
  categoryPath: string[];
}

/** The team's load at the moment of the choice. */
export interface AssignmentState {
  /** Unsolved tickets assigned to each agent (missing: 0). */
  openCounts: ReadonlyMap<string, number>;
  /** When each agent was last given a ticket automatically (missing or null: never). */
  lastAssignedAt: ReadonlyMap<string, Date | null>;
}

/** Picks the agent for a ticket among the candidates, or null when none may take it. */
export interface Assigner {
  readonly name: string;
  pick(candidates: readonly AgentCandidate[], ticket: AssignmentTicket, state: AssignmentState): string | null;
}

/** Why nobody was picked, for the ticket's routing note. */
export type NoPickReason = 'no_agents' | 'none_online' | 'no_skill_match' | 'at_capacity';

/** Whether the agent speaks the ticket's language and handles its category. */
export function hasSkills(agent: AgentCandidate, ticket: AssignmentTicket): boolean {
  if (ticket.language && agent.languages.length > 0 && !agent.languages.some((l) => primaryLanguage(l) === primaryLanguage(ticket.language!))) return false;
  if (ticket.categoryPath.length > 0 && agent.categoryIds.length > 0 && !ticket.categoryPath.some((id) => agent.categoryIds.includes(id))) return false;
  return true;
}

const hasRoom = (agent: AgentCandidate, state: AssignmentState) => (state.openCounts.get(agent.userId) ?? 0) < agent.capacity;

/** The agents who may take the ticket: online (away and offline never), with the skills, below capacity. */
export function eligibleAgents(candidates: readonly AgentCandidate[], ticket: AssignmentTicket, state: AssignmentState): AgentCandidate[] {
  return candidates.filter((a) => a.status === 'online' && hasSkills(a, ticket) && hasRoom(a, state));
}

/**
 * The first filter nobody passed, checked in the order availability → skills → capacity.
 * @example noPickReason([], ticket, state) // 'no_agents'
 */
export function noPickReason(candidates: readonly AgentCandidate[], ticket: AssignmentTicket, state: AssignmentState): NoPickReason {
  if (candidates.length === 0) return 'no_agents';
  const online = candidates.filter((a) => a.status === 'online');
  if (online.length === 0) return 'none_online';
  const skilled = online.filter((a) => hasSkills(a, ticket));
  if (skilled.length === 0) return 'no_skill_match';
  return 'at_capacity';
}

const time = (d: Date | null | undefined) => (d ? d.getTime() : -Infinity);

/**
 * Round robin: among eligible agents, the one given a ticket longest ago (never first), ties by
 * user id. Stamping `last_assigned_at` after each pick moves the agent to the back of the line.
 */
export const roundRobinAssigner: Assigner = {
  name: 'round_robin',
  pick(candidates, ticket, state) {
    const eligible = eligibleAgents(candidates, ticket, state);
    eligible.sort((a, b) => time(state.lastAssignedAt.get(a.userId)) - time(state.lastAssignedAt.get(b.userId)) || (a.userId < b.userId ? -1 : a.userId > b.userId ? 1 : 0));
    return eligible[0]?.userId ?? null;
  },
};

/**
 * The `last_assigned_at` to stamp on the picked agent: now, or just after the team's latest stamp
 * when the clock has not moved past it (two picks in one millisecond still take turns).
 * @example nextAssignmentStamp(new Date(1000), { openCounts: new Map(), lastAssignedAt: new Map([['a', new Date(1000)]]) }) // new Date(1001)
 */
export function nextAssignmentStamp(now: Date, state: AssignmentState): Date {
  let latest = -Infinity;
  for (const at of state.lastAssignedAt.values()) if (at && at.getTime() > latest) latest = at.getTime();
  return latest >= now.getTime() ? new Date(latest + 1) : now;
}
