import { Type, type Static } from 'typebox';
import { DateTime, Id, Nullable, pageQueryFields } from '../../platform/http/schemas';
import { TicketStatus } from './tickets.contracts';

// Conversation, change trail, links and merge (docs/tickets.md).

export const TicketMessage = Type.Object({
  id: Id,
  ticketId: Id,
  kind: Type.Union([Type.Literal('public_reply'), Type.Literal('internal_note'), Type.Literal('customer_message'), Type.Literal('system')]),
  authorType: Type.Union([Type.Literal('user'), Type.Literal('api_key'), Type.Literal('customer'), Type.Literal('system')]),
  authorUserId: Nullable(Id),
  authorCustomerId: Nullable(Id),
  authorLabel: Type.String(),
  body: Type.String(),
  mentions: Type.Array(Id),
  channel: Type.String(),
  createdAt: DateTime,
});
export type TicketMessage = Static<typeof TicketMessage>;

export const AddMessageBody = Type.Object(
  {
    kind: Type.Union([Type.Literal('public_reply'), Type.Literal('internal_note')]),
    body: Type.String({ minLength: 1, maxLength: 20_000, pattern: '\\S' }),
    mentions: Type.Optional(Type.Array(Id, { maxItems: 20, uniqueItems: true, description: 'Staff user ids, besides @<email> in the body (internal notes only)' })),
    status: Type.Optional(TicketStatus),
  },
  { additionalProperties: false },
);
export type AddMessageBody = Static<typeof AddMessageBody>;

export const MessageListQuery = Type.Object({ ...pageQueryFields });
export type MessageListQuery = Static<typeof MessageListQuery>;

export const TicketChange = Type.Object({
  id: Id,
  field: Type.String(),
  from: Type.Unknown(),
  to: Type.Unknown(),
  actor: Type.String(),
  actorLabel: Type.String(),
  at: DateTime,
});
export type TicketChange = Static<typeof TicketChange>;

export const LinkBody = Type.Object(
  { ticketId: Id, kind: Type.Optional(Type.Union([Type.Literal('related'), Type.Literal('duplicate')], { default: 'related' })) },
  { additionalProperties: false },
);
export type LinkBody = Static<typeof LinkBody>;
export const LinkParams = Type.Object({ id: Id, linkedId: Id });

export const MergeBody = Type.Object({ intoId: Id }, { additionalProperties: false });
export type MergeBody = Static<typeof MergeBody>;
