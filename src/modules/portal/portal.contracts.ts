import { Type, type Static } from 'typebox';
import { DateTime, Id, Nullable } from '../../platform/http/schemas';

// The public portal's contracts (docs/service-portal.md). Bodies reject unknown fields.

const Text = (max: number) => Type.String({ minLength: 1, maxLength: max, pattern: '\\S' });
const Email = Type.String({ format: 'email', maxLength: 254 });
const GameAccount = Type.String({ minLength: 1, maxLength: 128, pattern: '\\S' });

export const PublicForm = Type.Object({
  code: Type.String({ description: 'recharge-not-received | general' }),
  kind: Type.Union([Type.Literal('recharge'), Type.Literal('generic')]),
  categories: Type.Array(Type.Object({ code: Type.String(), nameZh: Type.String(), nameEn: Type.String() })),
});
export type PublicForm = Static<typeof PublicForm>;

export const PublicTicketBody = Type.Object(
  {
    email: Email,
    gameAccount: Type.Optional(GameAccount),
    subject: Text(200),
    description: Text(5000),
    category: Type.String({ minLength: 1, maxLength: 64, description: 'A category code of the general form' }),
  },
  { additionalProperties: false },
);
export type PublicTicketBody = Static<typeof PublicTicketBody>;

export const RechargeClaimBody = Type.Object(
  {
    gameAccount: Type.Optional(GameAccount),
    phone: Type.Optional(Type.String({ minLength: 5, maxLength: 32 })),
    email: Type.Optional(Email),
    orderId: Type.String({ minLength: 1, maxLength: 128, pattern: '^\\S+$' }),
    amount: Type.String({ pattern: '^\\d{1,10}(\\.\\d{1,2})?$', description: 'Decimal amount paid, e.g. "68.00"' }),
    paymentChannel: Text(64),
    paidAt: DateTime,
    contactEmail: Email,
    description: Type.Optional(Type.String({ maxLength: 2000 })),
  },
  { additionalProperties: false },
);
export type RechargeClaimBody = Static<typeof RechargeClaimBody>;

export const ClaimOutcome = Type.Union([
  Type.Literal('credited'),
  Type.Literal('escalated'),
  Type.Literal('proof_needed'),
  Type.Literal('refunded'),
  Type.Literal('failed'),
  Type.Literal('duplicate'),
]);

export const PortalTicketAnswer = Type.Object({
  number: Type.Integer(),
  token: Type.String(),
  statusUrl: Type.String(),
  outcome: Nullable(ClaimOutcome),
  /** The answer in plain words (English; the web app shows its own translation of `outcome`). */
  message: Type.String(),
});
export type PortalTicketAnswer = Static<typeof PortalTicketAnswer>;

export const LookupBody = Type.Object({ email: Email, number: Type.Integer({ minimum: 1 }) }, { additionalProperties: false });
export type LookupBody = Static<typeof LookupBody>;

export const TokenParams = Type.Object({ token: Type.String({ minLength: 1, maxLength: 128 }) });

export const PublicMessage = Type.Object({
  id: Id,
  from: Type.Union([Type.Literal('agent'), Type.Literal('support'), Type.Literal('player')]),
  /** The agent's display name for staff replies; null for the player and automatic answers. */
  authorName: Nullable(Type.String()),
  body: Type.String(),
  createdAt: DateTime,
});

export const PublicTicketView = Type.Object({
  number: Type.Integer(),
  subject: Type.String(),
  status: Type.String(),
  createdAt: DateTime,
  updatedAt: DateTime,
  resolvedAt: Nullable(DateTime),
  messages: Type.Array(PublicMessage),
  csat: Type.Object({ open: Type.Boolean(), given: Nullable(Type.Object({ rating: Type.Integer(), comment: Type.String(), createdAt: DateTime })) }),
});
export type PublicTicketView = Static<typeof PublicTicketView>;

export const PlayerMessageBody = Type.Object({ body: Text(5000) }, { additionalProperties: false });
export type PlayerMessageBody = Static<typeof PlayerMessageBody>;

export const ScreenshotBody = Type.Object(
  {
    filename: Type.String({ minLength: 1, maxLength: 255 }),
    contentType: Type.Optional(Type.String({ maxLength: 100, description: 'The type the browser declared; the bytes decide' })),
    content: Type.String({ minLength: 1, description: 'The file, base64' }),
    note: Type.Optional(Type.String({ maxLength: 2000 })),
  },
  { additionalProperties: false },
);
export type ScreenshotBody = Static<typeof ScreenshotBody>;

export const ScreenshotAnswer = Type.Object({
  id: Id,
  messageId: Id,
  filename: Type.String(),
  contentType: Type.String(),
  size: Type.Integer(),
  createdAt: DateTime,
  /** `proof_received` when this was the proof a recharge claim waited for. */
  claim: Nullable(Type.Literal('proof_received')),
});
export type ScreenshotAnswer = Static<typeof ScreenshotAnswer>;

export const CsatBody = Type.Object({ rating: Type.Integer({ minimum: 1, maximum: 5 }), comment: Type.Optional(Type.String({ maxLength: 2000 })) }, { additionalProperties: false });
export type CsatBody = Static<typeof CsatBody>;

export const CsatRating = Type.Object({
  id: Id,
  ticketId: Id,
  resolvedAt: DateTime,
  agentId: Nullable(Id),
  agentName: Nullable(Type.String()),
  rating: Type.Integer(),
  comment: Type.String(),
  createdAt: DateTime,
});
export type CsatRating = Static<typeof CsatRating>;
