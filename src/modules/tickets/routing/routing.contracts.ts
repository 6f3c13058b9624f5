import { Type, type Static } from 'typebox';
import { DateTime, Id, Nullable } from '../../../platform/http/schemas';
import { TicketChannel, TicketPriority, Ticket } from '../tickets.contracts';

// Request and response shapes of routing rules, agent presence and auto-assignment
// (docs/ticket-routing.md).

const List = <T extends Parameters<typeof Type.Array>[0]>(item: T, maxItems = 50) => Type.Array(item, { minItems: 1, maxItems });
const Word = Type.String({ minLength: 1, maxLength: 100, pattern: '\\S' });
const LanguageTag = Type.String({ minLength: 2, maxLength: 35, pattern: '^[A-Za-z]{2,8}([-_][A-Za-z0-9]{1,8})*$' });

export const RuleConditions = Type.Object(
  {
    channels: Type.Optional(List(TicketChannel, 8)),
    categoryIds: Type.Optional(List(Id)),
    priorities: Type.Optional(List(TicketPriority, 4)),
    tierCodes: Type.Optional(List(Word)),
    vip: Type.Optional(Type.Boolean()),
    languages: Type.Optional(List(LanguageTag, 20)),
    storeIds: Type.Optional(List(Id)),
    keywords: Type.Optional(List(Word, 100)),
  },
  { additionalProperties: false, description: 'Every given condition must hold; a list matches any of its values. {} matches every ticket.' },
);

export const RuleActions = Type.Object(
  {
    departmentId: Type.Optional(Id),
    teamId: Type.Optional(Id),
    priority: Type.Optional(TicketPriority),
    addTags: Type.Optional(List(Type.String({ minLength: 1, maxLength: 50, pattern: '\\S' }), 10)),
  },
  { additionalProperties: false, minProperties: 1, description: 'At least one action' },
);

export const RoutingRule = Type.Object({
  id: Id,
  name: Type.String(),
  position: Type.Integer(),
  active: Type.Boolean(),
  conditions: RuleConditions,
  actions: RuleActions,
  createdAt: DateTime,
  updatedAt: DateTime,
});
export type RoutingRule = Static<typeof RoutingRule>;

const Name = Type.String({ minLength: 1, maxLength: 100, pattern: '\\S' });

export const CreateRuleBody = Type.Object({ name: Name, active: Type.Optional(Type.Boolean()), conditions: RuleConditions, actions: RuleActions }, { additionalProperties: false });
export type CreateRuleBody = Static<typeof CreateRuleBody>;

export const PatchRuleBody = Type.Object(
  { name: Type.Optional(Name), active: Type.Optional(Type.Boolean()), conditions: Type.Optional(RuleConditions), actions: Type.Optional(RuleActions) },
  { additionalProperties: false },
);
export type PatchRuleBody = Static<typeof PatchRuleBody>;

export const ReorderBody = Type.Object({ ids: Type.Array(Id, { maxItems: 500, description: 'Every rule id, in the new order' }) }, { additionalProperties: false });
export type ReorderBody = Static<typeof ReorderBody>;

export const PresenceStatus = Type.Enum(['online', 'away', 'offline'] as const);

export const AgentPresence = Type.Object({
  userId: Id,
  name: Type.String(),
  teamId: Nullable(Id),
  status: PresenceStatus,
  capacity: Type.Integer(),
  languages: Type.Array(Type.String()),
  categoryIds: Type.Array(Id),
  openTickets: Type.Integer({ description: 'Unsolved tickets assigned to the agent' }),
  lastAssignedAt: Nullable(DateTime),
  updatedAt: Nullable(DateTime),
});
export type AgentPresence = Static<typeof AgentPresence>;

export const MyPresenceBody = Type.Object({ status: PresenceStatus }, { additionalProperties: false });
export type MyPresenceBody = Static<typeof MyPresenceBody>;

export const AgentPresenceBody = Type.Object(
  {
    status: Type.Optional(PresenceStatus),
    capacity: Type.Optional(Type.Integer({ minimum: 0, maximum: 1000 })),
    languages: Type.Optional(Type.Array(LanguageTag, { maxItems: 20 })),
    categoryIds: Type.Optional(Type.Array(Id, { maxItems: 100 })),
  },
  { additionalProperties: false, minProperties: 1 },
);
export type AgentPresenceBody = Static<typeof AgentPresenceBody>;

export const UserIdParams = Type.Object({ userId: Id });
export const AgentListQuery = Type.Object({ teamId: Type.Optional(Id) });
export type AgentListQuery = Static<typeof AgentListQuery>;

export const AutoAssignResult = Type.Object({
  assigned: Type.Boolean(),
  assigneeId: Nullable(Id),
  reason: Nullable(Type.Enum(['no_agents', 'none_online', 'no_skill_match', 'at_capacity'] as const)),
  ticket: Ticket,
});
export type AutoAssignResult = Static<typeof AutoAssignResult>;

/** What one agent going online assigned from the team's backlog. */
export const PresenceUpdate = Type.Object({ ...AgentPresence.properties, backlogAssigned: Type.Integer({ description: 'Unassigned team tickets given out because the agent came online' }) });
export type PresenceUpdate = Static<typeof PresenceUpdate>;
