import { Type, type Static } from 'typebox';
import { MAX_PASSWORD_LENGTH } from './password';
import { DateTime, Id, IdParams, Locale, Nullable, pageQueryFields } from '../http/schemas';

// Request and response shapes of the auth, users, roles and API key API (docs/api.md).

const Name = Type.String({ minLength: 1, maxLength: 200 });
const Email = Type.String({ format: 'email', maxLength: 320 });
const Password = Type.String({ minLength: 1, maxLength: MAX_PASSWORD_LENGTH });

/** For writes that take no body: nothing, null or `{}`; fields and other values are rejected. */
export const NoBody = Type.Unsafe<Record<string, never> | null | undefined>({
  // Untyped on purpose: a request without a body validates `undefined`, which `type: object` refuses.
  not: { type: ['array', 'string', 'number', 'boolean'] },
  additionalProperties: false,
  properties: {},
  description: 'No body',
});

export { IdParams, Locale };

export const User = Type.Object({
  id: Id,
  email: Type.String(),
  name: Type.String(),
  role: Type.String(),
  locale: Nullable(Type.String()),
  departmentId: Nullable(Id),
  teamId: Nullable(Id),
  storeId: Nullable(Id),
  managerId: Nullable(Id),
  active: Type.Boolean(),
  lastLoginAt: Nullable(DateTime),
  createdAt: DateTime,
});

export const Me = Type.Object({ ...User.properties, permissions: Type.Array(Type.String()) });
export const MeAnswer = Type.Object({ user: Me, csrfToken: Type.String() });

export const LoginBody = Type.Object(
  { email: Type.String({ minLength: 1, maxLength: 320 }), password: Password },
  { additionalProperties: false },
);
export type LoginBody = Static<typeof LoginBody>;

export const PatchMeBody = Type.Object({ name: Type.Optional(Name), locale: Type.Optional(Locale) }, { additionalProperties: false });
export type PatchMeBody = Static<typeof PatchMeBody>;

export const ChangePasswordBody = Type.Object({ currentPassword: Password, newPassword: Password }, { additionalProperties: false });
export type ChangePasswordBody = Static<typeof ChangePasswordBody>;

export const Session = Type.Object({
  id: Type.String(),
  createdAt: DateTime,
  expiresAt: DateTime,
  lastSeenAt: DateTime,
  ip: Type.String(),
  userAgent: Type.String(),
  current: Type.Boolean(),
});
export const SessionParams = Type.Object({ id: Type.String({ minLength: 1, maxLength: 128 }) });
export type SessionParams = Static<typeof SessionParams>;

export const CreateUserBody = Type.Object(
  {
    email: Email,
    name: Name,
    role: Type.String({ minLength: 1, maxLength: 64 }),
    password: Password,
    locale: Type.Optional(Nullable(Locale)),
    departmentId: Type.Optional(Nullable(Id)),
    teamId: Type.Optional(Nullable(Id)),
    storeId: Type.Optional(Nullable(Id)),
    managerId: Type.Optional(Nullable(Id)),
  },
  { additionalProperties: false },
);
export type CreateUserBody = Static<typeof CreateUserBody>;

export const PatchUserBody = Type.Object(
  {
    name: Type.Optional(Name),
    role: Type.Optional(Type.String({ minLength: 1, maxLength: 64 })),
    locale: Type.Optional(Nullable(Locale)),
    departmentId: Type.Optional(Nullable(Id)),
    teamId: Type.Optional(Nullable(Id)),
    storeId: Type.Optional(Nullable(Id)),
    managerId: Type.Optional(Nullable(Id)),
    active: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);
export type PatchUserBody = Static<typeof PatchUserBody>;

export const ResetPasswordBody = Type.Object({ newPassword: Password }, { additionalProperties: false });
export type ResetPasswordBody = Static<typeof ResetPasswordBody>;

export const UserQuery = Type.Object({
  q: Type.Optional(Type.String({ maxLength: 200 })),
  role: Type.Optional(Type.String({ maxLength: 64 })),
  departmentId: Type.Optional(Id),
  teamId: Type.Optional(Id),
  storeId: Type.Optional(Id),
  active: Type.Optional(Type.Boolean()),
  ...pageQueryFields,
});
export type UserQuery = Static<typeof UserQuery>;

export const RolesAnswer = Type.Object({
  roles: Type.Array(Type.Object({ role: Type.String(), permissions: Type.Array(Type.String()) })),
  permissions: Type.Array(Type.Object({ name: Type.String(), description: Type.String() })),
});

export const ApiKey = Type.Object({
  id: Id,
  name: Type.String(),
  prefix: Type.String(),
  scopes: Type.Array(Type.String()),
  storeId: Nullable(Id),
  createdBy: Nullable(Id),
  createdAt: DateTime,
  lastUsedAt: Nullable(DateTime),
  revokedAt: Nullable(DateTime),
});

export const CreateApiKeyBody = Type.Object(
  {
    name: Name,
    scopes: Type.Array(Type.String({ minLength: 1, maxLength: 64 }), { minItems: 1, maxItems: 64 }),
    storeId: Type.Optional(Nullable(Id)),
  },
  { additionalProperties: false },
);
export type CreateApiKeyBody = Static<typeof CreateApiKeyBody>;
