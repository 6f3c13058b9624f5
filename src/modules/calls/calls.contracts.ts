import { Type } from 'typebox';
import { DateTime, Id, Nullable } from '../../platform/http/schemas';

export const CallInputSchema = Type.Object(
  {
    externalId: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
    direction: Type.String({ maxLength: 20 }),
    phone: Type.String({ maxLength: 40 }),
    startedAt: Type.String({ maxLength: 40 }),
    waitSeconds: Type.Optional(Type.Integer()),
    talkSeconds: Type.Optional(Type.Integer()),
    answered: Type.Boolean(),
    agentEmail: Type.Optional(Type.String({ maxLength: 254 })),
    recordingUrl: Type.Optional(Type.String({ maxLength: 2000 })),
    ticketNumber: Type.Optional(Type.Integer()),
  },
  { additionalProperties: false },
);
export const RecordCallsBody = Type.Object({ calls: Type.Array(CallInputSchema, { minItems: 1, maxItems: 1000 }) }, { additionalProperties: false });

export const CallsResult = Type.Object({
  created: Type.Integer(),
  duplicates: Type.Integer(),
  rejected: Type.Array(Type.Object({ line: Type.Integer({ description: 'Position in `calls` (JSON), or the CSV line' }), field: Type.String(), reason: Type.String() })),
});

export const CallRecord = Type.Object({
  id: Id,
  externalId: Nullable(Type.String()),
  direction: Type.String(),
  phone: Type.String(),
  customerId: Nullable(Id),
  agentId: Nullable(Id),
  startedAt: DateTime,
  waitSeconds: Type.Integer(),
  talkSeconds: Type.Integer(),
  answered: Type.Boolean(),
  recordingUrl: Nullable(Type.String()),
  ticketId: Nullable(Id),
  createdBy: Type.String(),
  createdAt: DateTime,
});

export const PeriodQuery = Type.Object({ from: Type.Optional(DateTime), to: Type.Optional(DateTime) });
export const CallListQuery = Type.Object({ from: Type.Optional(DateTime), to: Type.Optional(DateTime), customerId: Type.Optional(Id), limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500 })) });

const Ratio = Nullable(Type.Number());
export const CallReport = Type.Object({
  inbound: Type.Integer(),
  outbound: Type.Integer(),
  answered: Type.Integer(),
  abandoned: Type.Integer(),
  answerRate: Ratio,
  averageWaitSeconds: Ratio,
  answeredWithinTarget: Ratio,
  averageTalkSeconds: Ratio,
  meetsAnswerRate: Nullable(Type.Boolean()),
  meetsWait: Nullable(Type.Boolean()),
  targets: Type.Object({ answerRate: Type.Number(), waitSeconds: Type.Integer() }),
});
