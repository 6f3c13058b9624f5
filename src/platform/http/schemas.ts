import { Type, type Static, type TSchema } from 'typebox';

// Schema pieces every API contract shares.

export const Id = Type.String({ format: 'uuid' });
export const DateTime = Type.String({ format: 'date-time' });
export const Locale = Type.Union([Type.Literal('zh-CN'), Type.Literal('en')]);

/** `T` or null. */
export const Nullable = <T extends TSchema>(t: T) => Type.Union([t, Type.Null()]);

/** `/:id` route params. */
export const IdParams = Type.Object({ id: Id });
export type IdParams = Static<typeof IdParams>;

/** `limit` and `cursor` of every paginated list; spread into a list's query schema. */
export const pageQueryFields = {
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 50 })),
  cursor: Type.Optional(Type.String({ maxLength: 512 })),
};

/** The query of a list with no filters. */
export const PageQuery = Type.Object(pageQueryFields);
export type PageQuery = Static<typeof PageQuery>;
