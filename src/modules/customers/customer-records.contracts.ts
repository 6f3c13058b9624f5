import { Type, type Static } from 'typebox';
import { DateTime, Id, Nullable, pageQueryFields } from '../../platform/http/schemas';
import { CustomerSortSchema, viewFilterFields } from './customers.contracts';
import { customFieldTypes } from './rules/custom-field-value';

// Shapes of the customer API around profiles: custom fields, saved views, notes and the timeline.

const Label = Type.String({ minLength: 1, maxLength: 100 });
const Options = Type.Array(Type.String({ minLength: 1, maxLength: 100 }), { maxItems: 100 });
const SortOrder = Type.Integer({ minimum: -100000, maximum: 100000 });

export const CustomField = Type.Object({
  id: Id,
  key: Type.String(),
  label: Type.String(),
  type: Type.Enum(customFieldTypes),
  options: Type.Array(Type.String()),
  required: Type.Boolean(),
  sortOrder: Type.Integer(),
  createdAt: DateTime,
  updatedAt: DateTime,
});
export type CustomField = Static<typeof CustomField>;
export const CustomFieldList = Type.Object({ items: Type.Array(CustomField) });

export const CreateCustomFieldBody = Type.Object(
  {
    key: Type.String({ pattern: '^[a-z][a-z0-9_]{0,62}$' }),
    label: Label,
    type: Type.Enum(customFieldTypes),
    options: Type.Optional(Options),
    required: Type.Optional(Type.Boolean()),
    sortOrder: Type.Optional(SortOrder),
  },
  { additionalProperties: false },
);
export type CreateCustomFieldBody = Static<typeof CreateCustomFieldBody>;

export const PatchCustomFieldBody = Type.Object(
  { label: Type.Optional(Label), options: Type.Optional(Options), required: Type.Optional(Type.Boolean()), sortOrder: Type.Optional(SortOrder) },
  { additionalProperties: false },
);
export type PatchCustomFieldBody = Static<typeof PatchCustomFieldBody>;

/** What a saved view stores: the list filters without paging (`custom.<key>` too). */
export const ViewFilters = Type.Object(
  viewFilterFields,
  { additionalProperties: false, patternProperties: { '^custom\\.[a-z][a-z0-9_]{0,62}$': Type.String({ maxLength: 200 }) } },
);

export const SavedView = Type.Object({
  id: Id,
  name: Type.String(),
  ownerId: Id,
  shared: Type.Boolean(),
  filters: ViewFilters,
  sort: CustomerSortSchema,
  createdAt: DateTime,
  updatedAt: DateTime,
});
export type SavedView = Static<typeof SavedView>;
export const SavedViewList = Type.Object({ items: Type.Array(SavedView) });

export const CreateSavedViewBody = Type.Object(
  { name: Label, filters: ViewFilters, sort: CustomerSortSchema, shared: Type.Optional(Type.Boolean()) },
  { additionalProperties: false },
);
export type CreateSavedViewBody = Static<typeof CreateSavedViewBody>;
export const PatchSavedViewBody = Type.Object(
  { name: Type.Optional(Label), filters: Type.Optional(ViewFilters), sort: Type.Optional(CustomerSortSchema), shared: Type.Optional(Type.Boolean()) },
  { additionalProperties: false },
);
export type PatchSavedViewBody = Static<typeof PatchSavedViewBody>;

export const Note = Type.Object({
  id: Id,
  customerId: Id,
  authorId: Nullable(Id),
  authorLabel: Type.String(),
  body: Type.String(),
  createdAt: DateTime,
});
export type Note = Static<typeof Note>;
export const NoteList = Type.Object({ items: Type.Array(Note) });
export const CreateNoteBody = Type.Object({ body: Type.String({ minLength: 1, maxLength: 5000 }) }, { additionalProperties: false });
export type CreateNoteBody = Static<typeof CreateNoteBody>;

export const timelineTypes = ['recharge', 'purchase', 'login', 'logout', 'play_session', 'level_up', 'visit', 'custom', 'note', 'profile'] as const;

export const TimelineItem = Type.Object({
  id: Id,
  at: DateTime,
  kind: Type.Enum(['event', 'note', 'profile'] as const),
  type: Type.String(),
  summary: Type.String(),
  data: Type.Record(Type.String(), Type.Unknown()),
});
export type TimelineItem = Static<typeof TimelineItem>;

export const TimelineQuery = Type.Object({
  types: Type.Optional(Type.String({ pattern: `^(${timelineTypes.join('|')})(,(${timelineTypes.join('|')}))*$` })),
  from: Type.Optional(DateTime),
  to: Type.Optional(DateTime),
  ...pageQueryFields,
});
export type TimelineQuery = Static<typeof TimelineQuery>;
