import { Type, type Static } from 'typebox';
import { DateTime, Id, Nullable } from '../../../platform/http/schemas';

const MacroStatus = Type.Union([Type.Literal('open'), Type.Literal('pending_customer'), Type.Literal('on_hold'), Type.Literal('resolved')]);
export const MacroActions = Type.Object(
  {
    status: Type.Optional(MacroStatus),
    addTags: Type.Optional(Type.Array(Type.String({ minLength: 1, maxLength: 50 }), { maxItems: 10 })),
  },
  { additionalProperties: false, description: 'Applied with the reply: the new status, and tags added to the ticket' },
);

export const Macro = Type.Object({
  id: Id,
  nameZh: Type.String(),
  nameEn: Type.String(),
  bodyZh: Type.String(),
  bodyEn: Type.String(),
  actions: MacroActions,
  active: Type.Boolean(),
  shared: Type.Boolean({ description: 'true: every agent sees it; false: personal, only its owner' }),
  ownerId: Nullable(Id),
  position: Type.Integer(),
  createdAt: DateTime,
  updatedAt: DateTime,
});
export type Macro = Static<typeof Macro>;

const Name = Type.String({ minLength: 1, maxLength: 100, pattern: '\\S' });
const Body = Type.String({ minLength: 1, maxLength: 5000, pattern: '\\S' });
const macroFields = {
  nameZh: Name,
  nameEn: Name,
  bodyZh: Body,
  bodyEn: Body,
  actions: Type.Optional(MacroActions),
  active: Type.Optional(Type.Boolean()),
  position: Type.Optional(Type.Integer({ minimum: -10_000, maximum: 10_000 })),
};
export const CreateMacroBody = Type.Object({ shared: Type.Boolean(), ...macroFields }, { additionalProperties: false });
export type CreateMacroBody = Static<typeof CreateMacroBody>;
export const PatchMacroBody = Type.Partial(Type.Object(macroFields, { additionalProperties: false }));
export type PatchMacroBody = Static<typeof PatchMacroBody>;

export const MacroListQuery = Type.Object({ active: Type.Optional(Type.Boolean({ description: 'Only active (true) or inactive (false) macros' })) });
export type MacroListQuery = Static<typeof MacroListQuery>;
