import { Type, type Static } from 'typebox';
import { DateTime, Id, Nullable, pageQueryFields } from '../../platform/http/schemas';
import { CustomerSummary } from '../customers/customers.contracts';
import { ticketStatuses } from './rules/ticket-status';

// Request and response shapes of the tickets API (docs/tickets.md).

export const ticketChannels = ['web', 'email', 'chat', 'phone', 'forum', 'social', 'in_game', 'api'] as const;
export const ticketPriorities = ['low', 'normal', 'high', 'urgent'] as const;
export const ticketSorts = ['-updatedAt', 'updatedAt', '-createdAt', 'createdAt'] as const;
export type TicketSort = (typeof ticketSorts)[number];

export const TicketStatus = Type.Enum(ticketStatuses);
export const TicketChannel = Type.Enum(ticketChannels);
export const TicketPriority = Type.Enum(ticketPriorities);

const Subject = Type.String({ minLength: 1, maxLength: 200, pattern: '\\S' });
const Description = Type.String({ maxLength: 20_000 });
const Tags = Type.Array(Type.String({ minLength: 1, maxLength: 50 }), { maxItems: 30 });
const CustomValue = Type.Union([Type.String({ maxLength: 2000 }), Type.Number(), Type.Boolean(), Type.Null()]);
const Custom = Type.Record(Type.String({ pattern: '^[a-z][a-z0-9_]{0,62}$' }), CustomValue, { maxProperties: 50 });

const ticketFields = {
  id: Id,
  number: Type.Integer({ description: 'Human reference, shown as #100042' }),
  subject: Type.String(),
  channel: TicketChannel,
  categoryId: Nullable(Id),
  priority: TicketPriority,
  status: TicketStatus,
  requesterId: Id,
  requester: Nullable(CustomerSummary),
  departmentId: Nullable(Id),
  teamId: Nullable(Id),
  assigneeId: Nullable(Id),
  tags: Type.Array(Type.String()),
  reopenCount: Type.Integer(),
  mergedIntoId: Nullable(Id),
  createdAt: DateTime,
  updatedAt: DateTime,
  firstResponseAt: Nullable(DateTime),
  resolvedAt: Nullable(DateTime),
  closedAt: Nullable(DateTime),
  archivedAt: Nullable(DateTime),
};

/** A list row: the ticket without its description, custom values and links. */
export const TicketSummary = Type.Object(ticketFields);
export type TicketSummary = Static<typeof TicketSummary>;

export const TicketLink = Type.Object({ ticketId: Id, number: Type.Integer(), status: TicketStatus, kind: Type.Union([Type.Literal('related'), Type.Literal('duplicate')]), createdAt: DateTime });
export type TicketLink = Static<typeof TicketLink>;

export const Ticket = Type.Object({
  ...ticketFields,
  description: Type.String(),
  custom: Type.Record(Type.String(), Type.Unknown()),
  createdBy: Type.String(),
  links: Type.Array(TicketLink),
});
export type Ticket = Static<typeof Ticket>;

export const CreateTicketBody = Type.Object(
  {
    subject: Subject,
    description: Type.Optional(Description),
    channel: TicketChannel,
    requesterId: Id,
    categoryId: Type.Optional(Nullable(Id)),
    priority: Type.Optional(TicketPriority),
    departmentId: Type.Optional(Nullable(Id)),
    teamId: Type.Optional(Nullable(Id)),
    assigneeId: Type.Optional(Nullable(Id)),
    tags: Type.Optional(Tags),
    custom: Type.Optional(Custom),
  },
  { additionalProperties: false },
);
export type CreateTicketBody = Static<typeof CreateTicketBody>;

export const patchFields = {
  subject: Type.Optional(Subject),
  description: Type.Optional(Description),
  requesterId: Type.Optional(Id),
  categoryId: Type.Optional(Nullable(Id)),
  priority: Type.Optional(TicketPriority),
  status: Type.Optional(TicketStatus),
  departmentId: Type.Optional(Nullable(Id)),
  teamId: Type.Optional(Nullable(Id)),
  assigneeId: Type.Optional(Nullable(Id)),
  tags: Type.Optional(Tags),
  custom: Type.Optional(Custom),
};
export const PatchTicketBody = Type.Object(patchFields, { additionalProperties: false });
export type PatchTicketBody = Static<typeof PatchTicketBody>;

const filterFields = {
  status: Type.Optional(Type.Array(TicketStatus, { maxItems: 6 })),
  priority: Type.Optional(Type.Array(TicketPriority, { maxItems: 4 })),
  channel: Type.Optional(Type.Array(TicketChannel, { maxItems: 8 })),
  categoryId: Type.Optional(Id),
  departmentId: Type.Optional(Type.Union([Id, Type.Literal('none')])),
  teamId: Type.Optional(Id),
  assigneeId: Type.Optional(Type.Union([Id, Type.Literal('me'), Type.Literal('none')])),
  requesterId: Type.Optional(Id),
  tag: Type.Optional(Type.String({ minLength: 1, maxLength: 50 })),
  number: Type.Optional(Type.Integer({ minimum: 1 })),
  createdFrom: Type.Optional(DateTime),
  createdTo: Type.Optional(DateTime),
  archived: Type.Optional(Type.Boolean({ default: false, description: 'true: only archived tickets; false (default): none' })),
  ...pageQueryFields,
};

export const TicketListQuery = Type.Object({ ...filterFields, sort: Type.Optional(Type.Enum(ticketSorts, { default: '-updatedAt' })) });
export type TicketListQuery = Static<typeof TicketListQuery>;
export type TicketFilterQuery = Omit<TicketListQuery, 'sort' | 'limit' | 'cursor'>;

export const TicketSearchQuery = Type.Object({ q: Type.String({ minLength: 1, maxLength: 200 }), ...filterFields });
export type TicketSearchQuery = Static<typeof TicketSearchQuery>;
export const TicketSearchHit = Type.Object({ ...ticketFields, rank: Type.Number() });

const Count = Type.Integer({ minimum: 0 });
export const TicketViews = Type.Object({
  mineOpen: Count,
  unassigned: Count,
  byStatus: Type.Object(Object.fromEntries(ticketStatuses.map((s) => [s, Count])) as Record<(typeof ticketStatuses)[number], typeof Count>),
  byDepartment: Type.Array(Type.Object({ departmentId: Nullable(Id), unsolved: Count })),
});
export type TicketViews = Static<typeof TicketViews>;

export const BulkUpdateBody = Type.Object(
  {
    ids: Type.Array(Id, { minItems: 1, maxItems: 100, uniqueItems: true }),
    changes: Type.Object(
      {
        status: Type.Optional(TicketStatus),
        priority: Type.Optional(TicketPriority),
        assigneeId: Type.Optional(Nullable(Id)),
        addTags: Type.Optional(Tags),
        removeTags: Type.Optional(Tags),
      },
      { additionalProperties: false, minProperties: 1 },
    ),
  },
  { additionalProperties: false },
);
export type BulkUpdateBody = Static<typeof BulkUpdateBody>;
export const BulkResult = Type.Object({
  id: Id,
  ok: Type.Boolean(),
  changed: Type.Optional(Type.Array(Type.String())),
  code: Type.Optional(Type.String()),
  detail: Type.Optional(Type.String()),
});
export type BulkResult = Static<typeof BulkResult>;
export const BulkUpdateAnswer = Type.Object({ results: Type.Array(BulkResult) });
