import { Type, type Static } from 'typebox';
import { Id } from '../../platform/http/schemas';
import { Customer, CustomerSummary } from './customers.contracts';

// Request and response shapes of merge, duplicate suggestions and erasure (docs/api.md "Customers").

export const MergeBody = Type.Object({ loserId: Id }, { additionalProperties: false });
export type MergeBody = Static<typeof MergeBody>;

const Count = Type.Integer({ minimum: 0 });
export const MergeMoved = Type.Object({ identities: Count, notes: Count, history: Count, events: Count });
export type MergeMoved = Static<typeof MergeMoved>;

export const MergeAnswer = Type.Object({ customer: Customer, moved: MergeMoved });
export type MergeAnswer = Static<typeof MergeAnswer>;

export const duplicateReasons = ['similarDisplayName', 'similarRealName', 'sameRealName', 'sameBirthday', 'sameHomeStore', 'sameCity'] as const;
export type DuplicateReason = (typeof duplicateReasons)[number];

export const DuplicatesAnswer = Type.Object({
  items: Type.Array(Type.Object({ customer: CustomerSummary, reasons: Type.Array(Type.Enum(duplicateReasons)), score: Type.Number() })),
});
export type DuplicatesAnswer = Static<typeof DuplicatesAnswer>;

export const EraseBody = Type.Object({ reason: Type.String({ minLength: 1, maxLength: 500, pattern: '\\S' }) }, { additionalProperties: false });
export type EraseBody = Static<typeof EraseBody>;
