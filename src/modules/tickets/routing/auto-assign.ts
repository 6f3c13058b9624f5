import type { Tx } from '../../../platform/db/database';
import type { IdGenerator } from '../../../platform/ids';
import type { TicketDeps } from '../ticket-context';
import { insertMessages, type NewMessageRow } from '../ticket-messages.repository';
import { categoryPath, requesterFacts, type RequesterFacts } from './routing-refs';
import { lockTeamPresence, openCounts, teamMemberIds, touchLastAssigned, type PresenceRow } from './routing.repository';
import { nextAssignmentStamp, noPickReason, roundRobinAssigner, type AgentCandidate, type Assigner, type AssignmentTicket, type NoPickReason, type PresenceStatus } from './rules/assigner';

/** Ticket services' deps, optionally with another assigner than round robin (the swappable part). */
export type RoutingDeps = TicketDeps & { assigner?: Assigner };

export function assignerOf(deps: RoutingDeps): Assigner {
  return deps.assigner ?? roundRobinAssigner;
}

export interface AssignResult {
  agentId: string | null;
  reason: NoPickReason | null;
  assigner: string;
}

const candidateOf = (userId: string, row: PresenceRow | undefined): AgentCandidate =>
  row
    ? { userId, status: row.status as PresenceStatus, capacity: row.capacity, languages: row.languages, categoryIds: row.categoryIds }
    : { userId, status: 'offline', capacity: 0, languages: [], categoryIds: [] };

/**
 * Picks an agent of the team for a ticket in `tx`. The team's presence rows are locked first
 * (id order), so concurrent picks in one team queue and each sees the tickets the one before
 * assigned: capacity holds under load. The picked agent's round-robin stamp moves to now.
 * `exclude`: an agent not to pick (the current assignee when re-running).
 */
export async function assignWithinTeam(tx: Tx, assigner: Assigner, teamId: string, ticket: AssignmentTicket, now: Date, exclude?: string | null): Promise<AssignResult> {
  const locked = await lockTeamPresence(tx, teamId);
  const members = await teamMemberIds(tx, teamId);
  const presence = new Map(locked.map((row) => [row.userId, row]));
  const candidates = members.filter((id) => id !== exclude).map((id) => candidateOf(id, presence.get(id)));
  const state = { openCounts: await openCounts(tx, members), lastAssignedAt: new Map(locked.map((row) => [row.userId, row.lastAssignedAt])) };
  const agentId = assigner.pick(candidates, ticket, state);
  if (!agentId) return { agentId: null, reason: noPickReason(candidates, ticket, state), assigner: assigner.name };
  await touchLastAssigned(tx, agentId, nextAssignmentStamp(now, state));
  return { agentId, reason: null, assigner: assigner.name };
}

/** The ticket's language: `custom.language` when given, else the requester's preferred locale. */
export function ticketLanguage(custom: Record<string, unknown>, requester: RequesterFacts): string | null {
  return typeof custom.language === 'string' && custom.language.trim() ? custom.language.trim() : requester.language;
}

/** The ticket's store: `custom.store_id` when given, else the requester's home store. */
export function ticketStore(custom: Record<string, unknown>, requester: RequesterFacts): string | null {
  return typeof custom.store_id === 'string' && custom.store_id ? custom.store_id : requester.homeStoreId;
}

/** What the assigner needs of an existing ticket. */
export async function assignmentTicketOf(tx: Tx, row: { requesterId: string; categoryId: string | null; custom: Record<string, unknown> }): Promise<AssignmentTicket> {
  return { language: ticketLanguage(row.custom, await requesterFacts(tx, row.requesterId)), categoryPath: await categoryPath(tx, row.categoryId) };
}

/** The routing system note of a ticket, as a message row. */
export function routingNoteRow(ids: IdGenerator, ticketId: string, body: string, at: Date): NewMessageRow {
  return { id: ids.uuid(), ticketId, kind: 'system', authorType: 'system', authorLabel: 'routing', channel: 'system', body, createdAt: at };
}

/** Adds the routing system note to a ticket. */
export async function addRoutingNote(tx: Tx, ids: IdGenerator, ticketId: string, body: string, at: Date): Promise<void> {
  await insertMessages(tx, [routingNoteRow(ids, ticketId, body, at)]);
}
