import { Type, type Static } from 'typebox';
import { DateTime, Id, Nullable } from '../../platform/http/schemas';
import { actions, parties, severities, stages } from './rules/complaint-workflow';

const Text = (max: number) => Type.String({ minLength: 1, maxLength: max, pattern: '\\S' });
const Severity = Type.Enum(severities);
const Party = Type.Enum(parties);
const Stage = Type.Enum(stages);
const Action = Type.Enum(actions);
const stepActions = ['receive', ...actions] as const;

/** One step; `action` decides which other fields are needed. */
export const ComplaintStepBody = Type.Union([
  Type.Object({ action: Type.Literal('classify'), severity: Severity, cause: Text(80) }, { additionalProperties: false }),
  Type.Object({ action: Type.Literal('investigate'), note: Text(10_000) }, { additionalProperties: false }),
  Type.Object({ action: Type.Literal('responsibility'), party: Party, reason: Text(2_000) }, { additionalProperties: false }),
  Type.Object({ action: Type.Literal('propose_plan'), plan: Text(10_000) }, { additionalProperties: false }),
  Type.Object({ action: Type.Literal('decide_plan'), approved: Type.Boolean(), comment: Type.String({ maxLength: 2_000 }) }, { additionalProperties: false }),
  Type.Object({ action: Type.Literal('execute'), note: Text(10_000) }, { additionalProperties: false }),
  Type.Object({ action: Type.Literal('follow_up'), note: Text(10_000) }, { additionalProperties: false }),
  Type.Object({ action: Type.Literal('send_result'), process: Text(5_000), result: Text(5_000), improvement: Text(5_000) }, { additionalProperties: false }),
]);
export type ComplaintStepBody = Static<typeof ComplaintStepBody>;

export const ComplaintStep = Type.Object({
  id: Id,
  action: Type.Enum(stepActions),
  stageAfter: Stage,
  details: Type.Record(Type.String(), Type.Unknown()),
  actor: Type.String(),
  actorLabel: Type.String(),
  at: DateTime,
});

export const Complaint = Type.Object({
  ticketId: Id,
  stage: Stage,
  severity: Nullable(Severity),
  cause: Nullable(Type.String()),
  party: Nullable(Party),
  partyReason: Nullable(Type.String()),
  plan: Nullable(Type.String()),
  planRejected: Type.Boolean(),
  planApprovedBy: Nullable(Type.String()),
  planApprovedAt: Nullable(DateTime),
  receivedBy: Type.String(),
  receivedAt: DateTime,
  resultSentAt: Nullable(DateTime),
  /** What the process accepts next. */
  next: Type.Array(Action),
  steps: Type.Array(ComplaintStep),
});
export type Complaint = Static<typeof Complaint>;

export const ComplaintReportQuery = Type.Object({ from: Type.Optional(DateTime), to: Type.Optional(DateTime) });
export type ComplaintReportQuery = Static<typeof ComplaintReportQuery>;
const Count = Type.Integer({ minimum: 0 });
export const ComplaintReport = Type.Object({
  total: Count,
  bySeverity: Type.Array(Type.Object({ severity: Nullable(Type.String()), count: Count })),
  byParty: Type.Array(Type.Object({ party: Nullable(Type.String()), count: Count })),
  byCause: Type.Array(Type.Object({ cause: Nullable(Type.String()), count: Count })),
  byStage: Type.Array(Type.Object({ stage: Type.String(), count: Count })),
});
