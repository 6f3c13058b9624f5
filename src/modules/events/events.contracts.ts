import { Type, type Static } from 'typebox';
import { MAX_EVENTS_PER_BATCH } from './ingest.service';

// Request and response shapes of the events API (docs/api.md "Events").

/** Items are checked one by one by rules/validate-event.ts, so a bad item is rejected alone. */
export const IngestBody = Type.Object(
  {
    events: Type.Array(Type.Unknown({ description: 'EventInput (docs/api.md); each item is validated on its own' }), {
      minItems: 1,
      maxItems: MAX_EVENTS_PER_BATCH,
    }),
  },
  { additionalProperties: false },
);
export type IngestBody = Static<typeof IngestBody>;

export const IngestQuery = Type.Object({
  createCustomers: Type.Optional(Type.Boolean({ description: 'Create customers for unknown identities (default true)' })),
});
export type IngestQuery = Static<typeof IngestQuery>;

export const IngestAnswer = Type.Object({
  accepted: Type.Integer(),
  duplicate: Type.Integer(),
  rejected: Type.Integer(),
  errors: Type.Array(
    Type.Object({
      index: Type.Integer(),
      id: Type.Union([Type.String(), Type.Null()]),
      code: Type.String(),
      reason: Type.String(),
    }),
  ),
});
export type IngestAnswer = Static<typeof IngestAnswer>;
