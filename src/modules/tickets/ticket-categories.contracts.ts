import { Type, type Static } from 'typebox';
import { DateTime, Id, Nullable } from '../../platform/http/schemas';

export const TicketCategory = Type.Object({
  id: Id,
  parentId: Nullable(Id),
  code: Type.String(),
  nameZh: Type.String(),
  nameEn: Type.String(),
  sort: Type.Integer(),
  active: Type.Boolean(),
  depth: Type.Integer({ description: '0 for a top-level category' }),
  createdAt: DateTime,
  updatedAt: DateTime,
});
export type TicketCategory = Static<typeof TicketCategory>;

const Name = Type.String({ minLength: 1, maxLength: 100, pattern: '\\S' });
const categoryFields = {
  parentId: Type.Optional(Nullable(Id)),
  nameZh: Name,
  nameEn: Name,
  sort: Type.Optional(Type.Integer({ minimum: -10_000, maximum: 10_000 })),
  active: Type.Optional(Type.Boolean()),
};
export const CreateCategoryBody = Type.Object({ code: Type.String({ pattern: '^[a-z][a-z0-9_]{0,39}$' }), ...categoryFields }, { additionalProperties: false });
export type CreateCategoryBody = Static<typeof CreateCategoryBody>;
export const PatchCategoryBody = Type.Partial(Type.Object(categoryFields, { additionalProperties: false }));
export type PatchCategoryBody = Static<typeof PatchCategoryBody>;

export const CategoryListQuery = Type.Object({ active: Type.Optional(Type.Boolean()) });
export type CategoryListQuery = Static<typeof CategoryListQuery>;
