import { Type, type Static } from 'typebox';
import { DateTime, Id, Nullable } from '../http/schemas';

const EventName = Type.String({ minLength: 1, maxLength: 80, pattern: '^(\\*|[a-z_]+\\.[a-z_]+)$' });

export const CreateEndpointBody = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 100, pattern: '\\S' }),
    url: Type.String({ minLength: 8, maxLength: 2000 }),
    events: Type.Array(EventName, { minItems: 1, maxItems: 50, uniqueItems: true, description: 'Event names such as `sanction.applied`, or `*` for all' }),
  },
  { additionalProperties: false },
);
export type CreateEndpointBody = Static<typeof CreateEndpointBody>;

export const PatchEndpointBody = Type.Partial(Type.Object({ ...CreateEndpointBody.properties, active: Type.Boolean() }), { additionalProperties: false, minProperties: 1 });
export type PatchEndpointBody = Static<typeof PatchEndpointBody>;

export const WebhookEndpoint = Type.Object({
  id: Id,
  name: Type.String(),
  url: Type.String(),
  events: Type.Array(Type.String()),
  active: Type.Boolean(),
  /** The first characters of the signing secret, to tell secrets apart. */
  secretPrefix: Type.String(),
  createdAt: DateTime,
  updatedAt: DateTime,
});
export type WebhookEndpoint = Static<typeof WebhookEndpoint>;

export const CreatedEndpoint = Type.Object({ ...WebhookEndpoint.properties, secret: Type.String({ description: 'Shown only here: keep it to verify signatures' }) });

export const WebhookDelivery = Type.Object({
  id: Id,
  event: Type.String(),
  attempts: Type.Integer(),
  nextAttemptAt: DateTime,
  lastStatus: Nullable(Type.Integer()),
  lastError: Nullable(Type.String()),
  deliveredAt: Nullable(DateTime),
  failedAt: Nullable(DateTime),
  createdAt: DateTime,
});
