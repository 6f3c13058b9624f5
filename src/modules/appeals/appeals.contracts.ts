import { Type, type Static } from 'typebox';
import { DateTime, Id, Nullable, pageQueryFields } from '../../platform/http/schemas';
import { TicketPriority, TicketStatus } from '../tickets/tickets.contracts';

const Short = (max: number) => Type.String({ minLength: 1, maxLength: max, pattern: '\\S' });

export const AppealBody = Type.Object(
  {
    gameAccount: Short(128),
    contactEmail: Type.String({ format: 'email', maxLength: 254 }),
    claimedPhone: Type.Optional(Short(32)),
    claimedEmail: Type.Optional(Type.String({ format: 'email', maxLength: 254 })),
    recentLogins: Type.Optional(Type.Array(Type.Object({ at: DateTime, device: Type.Optional(Short(100)), region: Type.Optional(Short(100)) }, { additionalProperties: false }), { maxItems: 5 })),
    lastRecharge: Type.Optional(Type.Object({ orderId: Type.Optional(Short(100)), amount: Type.Optional(Type.Number({ exclusiveMinimum: 0, maximum: 1_000_000 })) }, { additionalProperties: false })),
    creationRegion: Type.Optional(Short(100)),
    description: Type.String({ minLength: 1, maxLength: 5000, pattern: '\\S' }),
  },
  { additionalProperties: false },
);
export type AppealBody = Static<typeof AppealBody>;

/** What the appellant hears: that the appeal was received, never what is on file. */
export const AppealReceipt = Type.Object({ number: Type.Integer(), token: Type.String(), statusUrl: Type.String() });

const Check = Type.Object({ name: Type.String(), status: Type.Enum(['match', 'mismatch', 'no_claim', 'no_data'] as const), weight: Type.Integer(), detail: Type.Optional(Type.String()) });

export const appealStatuses = ['open', 'more_info', 'approved', 'rejected'] as const;
const AppealStatus = Type.Enum(appealStatuses);

export const Appeal = Type.Object({
  id: Id,
  ticketId: Id,
  gameAccount: Type.String(),
  accountCustomerId: Nullable(Id),
  requesterId: Id,
  claims: Type.Record(Type.String(), Type.Unknown()),
  checks: Type.Array(Check),
  score: Type.Integer({ minimum: 0, maximum: 100 }),
  status: AppealStatus,
  decisionReason: Nullable(Type.String()),
  decidedBy: Nullable(Type.String()),
  decidedAt: Nullable(DateTime),
  createdAt: DateTime,
});
export type Appeal = Static<typeof Appeal>;

export const AppealDecisionBody = Type.Object(
  { decision: Type.Enum(['approve', 'reject', 'more_info'] as const), reason: Short(2000), message: Type.Optional(Short(5000)) },
  { additionalProperties: false },
);
export type AppealDecisionBody = Static<typeof AppealDecisionBody>;

export const AppealListQuery = Type.Object(
  {
    status: Type.Optional(Type.Array(AppealStatus, { maxItems: 4, description: 'Repeat for several: `status=open&status=more_info`' })),
    sort: Type.Optional(Type.Enum(['createdAt', '-createdAt'] as const, { default: 'createdAt', description: 'Oldest first (the default) or newest first' })),
    ...pageQueryFields,
  },
  { additionalProperties: false },
);
export type AppealListQuery = Static<typeof AppealListQuery>;

/** A row of the appeals list: the appeal with its ticket, without the claims and checklist. */
export const AppealSummary = Type.Object({
  id: Id,
  ticketId: Id,
  ticketNumber: Type.Integer(),
  ticketStatus: TicketStatus,
  ticketPriority: TicketPriority,
  gameAccount: Type.String(),
  score: Type.Integer({ minimum: 0, maximum: 100 }),
  status: AppealStatus,
  decidedAt: Nullable(DateTime),
  createdAt: DateTime,
});
export type AppealSummary = Static<typeof AppealSummary>;
