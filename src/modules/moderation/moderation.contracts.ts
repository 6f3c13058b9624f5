import { Type, type Static } from 'typebox';
import { DateTime, Id, Nullable, pageQueryFields } from '../../platform/http/schemas';
import { reportTypes, sanctionKinds } from './rules/sanction-terms';

const Text = (max: number) => Type.String({ minLength: 1, maxLength: max, pattern: '\\S' });
const Account = Type.String({ minLength: 1, maxLength: 128, pattern: '\\S' });
const terms = {
  hours: Type.Optional(Type.Integer({ minimum: 1, maximum: 8760 })),
  days: Type.Optional(Type.Integer({ minimum: 1, maximum: 3650 })),
  permanent: Type.Optional(Type.Boolean()),
};

export const CreateReportBody = Type.Object(
  {
    reporterId: Type.Optional(Id),
    reporterAccount: Type.Optional(Account),
    reportedAccount: Account,
    type: Type.Enum(reportTypes),
    description: Text(5000),
    evidence: Type.Optional(Type.Array(Type.String({ minLength: 1, maxLength: 2000 }), { maxItems: 10, description: 'Links to screenshots or videos, chat excerpts' })),
    channel: Type.Optional(Type.Enum(['in_game', 'web', 'forum', 'social', 'api'] as const)),
  },
  { additionalProperties: false },
);
export type CreateReportBody = Static<typeof CreateReportBody>;

export const DecisionBody = Type.Object(
  { action: Type.Enum(['dismiss', 'warn', 'mute', 'ban'] as const), reason: Text(2000), ...terms },
  { additionalProperties: false },
);
export type DecisionBody = Static<typeof DecisionBody>;

export const CreateSanctionBody = Type.Object(
  { kind: Type.Enum(sanctionKinds), reason: Text(2000), storeId: Type.Optional(Id), gameAccount: Type.Optional(Account), ...terms },
  { additionalProperties: false },
);
export type CreateSanctionBody = Static<typeof CreateSanctionBody>;

export const RevokeBody = Type.Object({ reason: Text(2000) }, { additionalProperties: false });

export const Sanction = Type.Object({
  id: Id,
  customerId: Nullable(Id),
  gameAccount: Nullable(Type.String()),
  kind: Type.Enum(sanctionKinds),
  storeId: Nullable(Id),
  reason: Type.String(),
  reportId: Nullable(Id),
  startsAt: DateTime,
  endsAt: Nullable(DateTime),
  inForce: Type.Boolean(),
  createdBy: Type.String(),
  createdAt: DateTime,
  revokedAt: Nullable(DateTime),
  revokeReason: Nullable(Type.String()),
});
export type Sanction = Static<typeof Sanction>;

export const SanctionSummary = Type.Object({
  warnings: Type.Integer(),
  mutes: Type.Integer(),
  bans: Type.Integer(),
  /** Sanctions not revoked: how often this player has offended. */
  offences: Type.Integer(),
  inForce: Type.Array(Sanction),
});

export const PlayerReport = Type.Object({
  id: Id,
  ticketId: Id,
  ticketNumber: Type.Integer(),
  reporterId: Id,
  reportedAccount: Type.String(),
  reportedCustomerId: Nullable(Id),
  /** Earlier sanctions of the reported account (repeat offenders first in mind). */
  reportedOffences: Type.Integer(),
  type: Type.Enum(reportTypes),
  description: Type.String(),
  evidence: Type.Array(Type.String()),
  status: Type.Enum(['open', 'dismissed', 'actioned'] as const),
  decision: Nullable(Type.Record(Type.String(), Type.Unknown())),
  sanctionId: Nullable(Id),
  decidedBy: Nullable(Type.String()),
  decidedAt: Nullable(DateTime),
  createdAt: DateTime,
});
export type PlayerReport = Static<typeof PlayerReport>;

export const ReportQueueQuery = Type.Object({ status: Type.Optional(Type.Enum(['open', 'dismissed', 'actioned'] as const, { default: 'open' })), ...pageQueryFields });
export type ReportQueueQuery = Static<typeof ReportQueueQuery>;

export const SanctionListQuery = Type.Object(
  {
    gameAccount: Type.Optional(Type.String({ minLength: 1, maxLength: 128, pattern: '\\S', description: 'Sanctions on this game account (with customerId: on either)' })),
    customerId: Type.Optional(Type.String({ format: 'uuid', description: "Sanctions on this customer's profile (with gameAccount: on either)" })),
    storeId: Type.Optional(Type.String({ format: 'uuid', description: "A cafe's house-rule sanctions" })),
    active: Type.Optional(Type.Boolean({ description: 'true: in force now (a mute or ban not revoked, not ended); false: the others' })),
    ...pageQueryFields,
  },
  { additionalProperties: false },
);
export type SanctionListQuery = Static<typeof SanctionListQuery>;

/** Counts over every sanction the filters match (not only the page): kinds not revoked, and those in force. */
export const SanctionCounts = Type.Object({ warnings: Type.Integer(), mutes: Type.Integer(), bans: Type.Integer(), inForce: Type.Integer() });
export type SanctionCounts = Static<typeof SanctionCounts>;

export const SanctionPage = Type.Object({ items: Type.Array(Sanction), nextCursor: Nullable(Type.String()), counts: SanctionCounts });
