import { Type, type Static } from 'typebox';
import { DateTime, Id } from '../../platform/http/schemas';

const Ref = Type.String({ minLength: 1, maxLength: 200, pattern: '\\S' });

export const CreateIntegrationBody = Type.Object(
  { channel: Type.Enum(['forum', 'social', 'in_game'] as const), name: Type.String({ minLength: 1, maxLength: 100, pattern: '\\S' }) },
  { additionalProperties: false },
);
export const Integration = Type.Object({ id: Id, channel: Type.String(), name: Type.String(), active: Type.Boolean(), secretPrefix: Type.String(), createdAt: DateTime });
export const CreatedIntegration = Type.Object({ ...Integration.properties, secret: Type.String({ description: 'Shown only here: sign inbound posts with it' }) });

/** A post arriving from the forum, the official account or the game. */
export const InboundPost = Type.Object(
  {
    threadId: Ref,
    messageId: Ref,
    author: Type.Object(
      { gameAccount: Type.Optional(Ref), email: Type.Optional(Type.String({ format: 'email', maxLength: 254 })), phone: Type.Optional(Type.String({ minLength: 5, maxLength: 32 })), name: Type.Optional(Type.String({ maxLength: 100 })) },
      { additionalProperties: false },
    ),
    subject: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
    text: Type.String({ minLength: 1, maxLength: 20_000, pattern: '\\S' }),
  },
  { additionalProperties: false },
);
export type InboundPost = Static<typeof InboundPost>;

export const InboundAnswer = Type.Object({ ticketId: Id, ticketNumber: Type.Integer(), created: Type.Boolean(), duplicate: Type.Boolean() });
