import type { Tx } from '../../../platform/db/database';
import { AppError } from '../../../platform/http/app-error';
import { findDepartmentById, findTeamById } from '../../organisation/departments.repository';
import { resolvePlacement } from '../ticket-refs';
import type { CreateTicketBody } from '../tickets.contracts';
import { normaliseTags } from '../rules/field-changes';
import type { Placement } from '../rules/placement';
import { assignerOf, assignWithinTeam, ticketLanguage, ticketStore, type AssignResult, type RoutingDeps } from './auto-assign';
import { staffName, type RequesterFacts } from './routing-refs';
import { evaluateRules, type Priority, type RoutingOutcome, type RoutingRule } from './rules/routing-rules';
import { routingNote } from './rules/routing-note';

/** Where a new ticket goes and who gets it, with the note explaining it (null: nothing to say). */
export interface CreateRouting {
  placement: Placement;
  priority: Priority;
  tags: string[];
  assigneeId: string | null;
  note: string | null;
}

/** What routing reads for a new ticket, loaded once for a batch of creates. */
export interface CreateFacts {
  requester: RequesterFacts;
  /** The ticket's category and its ancestors, nearest first. */
  categoryPath: string[];
  /** The active rules, in order. */
  rules: RoutingRule[];
}

/** The rules' placement, or none when a rule names a department or team deleted since it was saved. */
async function rulePlacement(tx: Tx, outcome: RoutingOutcome): Promise<Placement> {
  try {
    return await resolvePlacement(tx, { departmentId: null, teamId: null }, { departmentId: outcome.departmentId, teamId: outcome.teamId });
  } catch (err) {
    if (err instanceof AppError) return { departmentId: null, teamId: null };
    throw err;
  }
}

/**
 * Routes a ticket being created, in its transaction: the active rules run over the ticket's
 * facts (channel, category path, priority, requester tier / VIP / language / store, text); what
 * the caller set explicitly wins (department and team together, priority, assignee), rule tags
 * are added to the caller's. Then, with a team and no assignee given, the assigner picks an agent.
 */
export async function routeOnCreate(deps: RoutingDeps, tx: Tx, body: CreateTicketBody, facts: CreateFacts, text: { subject: string; description: string }): Promise<CreateRouting> {
  const custom = body.custom ?? {};
  const { requester, categoryPath: path } = facts;
  const outcome = evaluateRules(facts.rules, {
    channel: body.channel,
    categoryPath: path,
    priority: body.priority ?? 'normal',
    tierCode: requester.tierCode,
    vip: requester.vip,
    language: ticketLanguage(custom, requester),
    storeId: ticketStore(custom, requester),
    ...text,
  });
  const callerPlaces = body.departmentId !== undefined || body.teamId !== undefined;
  const placement = callerPlaces
    ? await resolvePlacement(tx, { departmentId: null, teamId: null }, { departmentId: body.departmentId, teamId: body.teamId })
    : await rulePlacement(tx, outcome);
  const priority = body.priority ?? outcome.priority ?? 'normal';
  const tags = normaliseTags([...(body.tags ?? []), ...outcome.addTags]);
  let assignment: AssignResult | undefined;
  if (body.assigneeId === undefined && placement.teamId) {
    assignment = await assignWithinTeam(tx, assignerOf(deps), placement.teamId, { language: ticketLanguage(custom, requester), categoryPath: path }, deps.clock.now());
  }
  const assigneeId = body.assigneeId ?? assignment?.agentId ?? null;
  const ruled = outcome.matched.length > 0;
  // Without rules, "nobody online / no agents" on every team ticket would be noise where
  // presence is not used; capacity and skill misses are worth a note.
  const quiet = !ruled && assignment?.agentId === null && (assignment.reason === 'none_online' || assignment.reason === 'no_agents');
  const note = quiet ? null : routingNote({
    rules: outcome.matched.map((m) => m.name),
    department: ruled && !callerPlaces && placement.departmentId ? ((await findDepartmentById(tx, placement.departmentId))?.name ?? null) : null,
    team: ruled && !callerPlaces && placement.teamId ? ((await findTeamById(tx, placement.teamId))?.name ?? null) : null,
    priority: body.priority === undefined ? (outcome.priority ?? null) : null,
    tags: outcome.addTags,
    ...(assignment ? { assignment: { ...assignment, agent: assignment.agentId ? await staffName(tx, assignment.agentId) : null } } : {}),
  });
  return { placement, priority, tags, assigneeId, note };
}
