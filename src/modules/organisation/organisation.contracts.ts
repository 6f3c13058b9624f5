import { Type, type Static } from 'typebox';
import { DateTime, Id, IdParams, Locale, pageQueryFields } from '../../platform/http/schemas';

// Request and response shapes of the organisation API (docs/api.md "Organisation").

const Code = Type.String({ pattern: '^[A-Za-z0-9_-]{2,32}$' });
const Name = Type.String({ minLength: 1, maxLength: 200 });
const Description = Type.String({ maxLength: 2000 });
const TimeZoneName = Type.String({ minLength: 1, maxLength: 64 });

export { IdParams, Locale };

export const OrganisationSettings = Type.Object({
  name: Type.String(),
  timezone: Type.String(),
  defaultLocale: Locale,
  currency: Type.String(),
  updatedAt: DateTime,
});
export type OrganisationSettings = Static<typeof OrganisationSettings>;

export const PatchOrganisationBody = Type.Object(
  {
    name: Type.Optional(Name),
    timezone: Type.Optional(TimeZoneName),
    defaultLocale: Type.Optional(Locale),
    currency: Type.Optional(Type.String({ pattern: '^[A-Z]{3}$' })),
  },
  { additionalProperties: false },
);
export type PatchOrganisationBody = Static<typeof PatchOrganisationBody>;

// Days, times and uniqueness are checked by rules/opening-hours.ts so the answer can name the day.
const OpeningHoursEntry = Type.Object(
  { day: Type.Integer(), open: Type.String({ maxLength: 5 }), close: Type.String({ maxLength: 5 }) },
  { additionalProperties: false },
);
const OpeningHoursList = Type.Array(OpeningHoursEntry, { maxItems: 7 });

export const Store = Type.Object({
  id: Id,
  code: Type.String(),
  name: Type.String(),
  address: Type.String(),
  city: Type.String(),
  phone: Type.String(),
  timezone: Type.Union([Type.String(), Type.Null()]),
  openingHours: OpeningHoursList,
  active: Type.Boolean(),
  createdAt: DateTime,
  updatedAt: DateTime,
});
export type Store = Static<typeof Store>;

const storeFields = {
  address: Type.Optional(Type.String({ maxLength: 500 })),
  city: Type.Optional(Type.String({ maxLength: 100 })),
  phone: Type.Optional(Type.String({ maxLength: 50 })),
  /** A store's own zone; null means the organisation's. */
  timezone: Type.Optional(Type.Union([TimeZoneName, Type.Null()])),
  openingHours: Type.Optional(OpeningHoursList),
};

export const CreateStoreBody = Type.Object({ code: Code, name: Name, ...storeFields }, { additionalProperties: false });
export type CreateStoreBody = Static<typeof CreateStoreBody>;

export const PatchStoreBody = Type.Object(
  { code: Type.Optional(Code), name: Type.Optional(Name), ...storeFields, active: Type.Optional(Type.Boolean()) },
  { additionalProperties: false },
);
export type PatchStoreBody = Static<typeof PatchStoreBody>;

export const StoreListQuery = Type.Object({
  q: Type.Optional(Type.String({ maxLength: 100 })),
  active: Type.Optional(Type.Boolean()),
  ...pageQueryFields,
});
export type StoreListQuery = Static<typeof StoreListQuery>;

export const Team = Type.Object({ id: Id, departmentId: Id, name: Type.String(), description: Type.String() });
export type Team = Static<typeof Team>;

export const Department = Type.Object({
  id: Id,
  code: Type.String(),
  name: Type.String(),
  description: Type.String(),
  sortOrder: Type.Integer(),
});
export type Department = Static<typeof Department>;

export const DepartmentWithTeams = Type.Object({ ...Department.properties, teams: Type.Array(Team) });
export type DepartmentWithTeams = Static<typeof DepartmentWithTeams>;

export const DepartmentList = Type.Object({ items: Type.Array(DepartmentWithTeams) });

const SortOrder = Type.Integer({ minimum: -100000, maximum: 100000 });

export const CreateDepartmentBody = Type.Object(
  { code: Code, name: Name, description: Type.Optional(Description), sortOrder: Type.Optional(SortOrder) },
  { additionalProperties: false },
);
export type CreateDepartmentBody = Static<typeof CreateDepartmentBody>;

export const PatchDepartmentBody = Type.Object(
  { name: Type.Optional(Name), description: Type.Optional(Description), sortOrder: Type.Optional(SortOrder) },
  { additionalProperties: false },
);
export type PatchDepartmentBody = Static<typeof PatchDepartmentBody>;

export const CreateTeamBody = Type.Object(
  { departmentId: Id, name: Name, description: Type.Optional(Description) },
  { additionalProperties: false },
);
export type CreateTeamBody = Static<typeof CreateTeamBody>;

export const PatchTeamBody = Type.Object(
  { name: Type.Optional(Name), description: Type.Optional(Description), departmentId: Type.Optional(Id) },
  { additionalProperties: false },
);
export type PatchTeamBody = Static<typeof PatchTeamBody>;
