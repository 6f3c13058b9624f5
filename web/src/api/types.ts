/**
 * Request and response shapes of the Guildhall API, mirroring docs/api.md.
 *
 * This is the only file the web app takes API shapes from. The declarations narrow the
 * server's TypeBox contracts (role, permission and locale unions where the server says
 * `string`); the checks at the end fail to compile when a contract gains, loses or retypes a
 * field. To use the server's types directly, replace a declaration here with
 * `Static<typeof Contracts.X>`; no other file changes.
 */
import type { Permission as ServerPermission, Role as ServerRole } from '../../../src/platform/auth/permissions';
import type { ErrorCode as ServerErrorCode } from '../../../src/platform/http/error-catalog';
// permissions.ts augments Fastify's route config; that augmentation needs 'fastify' in the program.
import type {} from 'fastify';
import type { Static, TSchema } from 'typebox';
import type * as AuthContracts from '../../../src/platform/auth/auth.contracts';
import type * as OrgContracts from '../../../src/modules/organisation/organisation.contracts';

// Role and permission names are runtime values in the UI (selects, matrix, translations), so
// they are listed here; the checks below fail to compile if they drift from the server.
export const roles = ['admin', 'manager', 'supervisor', 'team_lead', 'agent', 'store_manager', 'store_staff', 'analyst'] as const;
export type Role = (typeof roles)[number];

export const permissionNames = [
  'org:read',
  'org:manage',
  'stores:manage',
  'users:read',
  'users:manage',
  'roles:read',
  'apikeys:manage',
  'audit:read',
  'customers:read',
  'customers:write',
  'customers:pii',
  'customers:merge',
  'customers:import',
  'customers:export',
  'customers:erase',
  'customfields:manage',
  'events:read',
  'events:write',
] as const;
export type Permission = (typeof permissionNames)[number];

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const rolesMatchServer: Same<Role, ServerRole> = true;
const permissionsMatchServer: Same<Permission, ServerPermission> = true;
void rolesMatchServer;
void permissionsMatchServer;

/** Every problem `code` the server can answer with. */
export type ErrorCode = ServerErrorCode;

export type Locale = 'zh-CN' | 'en';
export const locales: readonly Locale[] = ['zh-CN', 'en'];

/** ISO 8601 timestamp with offset. */
export type Timestamp = string;
/** UUIDv7. */
export type Id = string;

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export interface PageQuery {
  limit?: number;
  cursor?: string;
}

export interface ProblemFieldError {
  in: string;
  /** JSON pointer such as `/email`. */
  path: string;
  message: string;
}

export interface ProblemBody {
  type: string;
  title: string;
  status: number;
  detail?: string;
  instance?: string;
  code: string;
  requestId?: string;
  errors?: ProblemFieldError[];
}

// ---- auth ----

export interface User {
  id: Id;
  email: string;
  name: string;
  role: Role;
  locale: Locale | null;
  departmentId: Id | null;
  teamId: Id | null;
  storeId: Id | null;
  managerId: Id | null;
  active: boolean;
  lastLoginAt: Timestamp | null;
  createdAt: Timestamp;
}

export interface Me extends User {
  permissions: Permission[];
}

export interface LoginRequest {
  email: string;
  password: string;
}
export interface MeResponse {
  user: Me;
  csrfToken: string;
}
export type LoginResponse = MeResponse;

export interface UpdateMeRequest {
  name?: string;
  locale?: Locale;
}

export interface ChangePasswordRequest {
  currentPassword: string;
  newPassword: string;
}

export interface Session {
  id: string;
  createdAt: Timestamp;
  expiresAt: Timestamp;
  lastSeenAt: Timestamp;
  ip: string;
  userAgent: string;
  current: boolean;
}

// ---- users, roles, API keys, audit ----

export interface UserListQuery extends PageQuery {
  q?: string;
  role?: Role;
  departmentId?: Id;
  teamId?: Id;
  storeId?: Id;
  active?: boolean;
}

export interface CreateUserRequest {
  email: string;
  name: string;
  role: Role;
  password: string;
  locale?: Locale;
  departmentId?: Id;
  teamId?: Id;
  storeId?: Id;
  managerId?: Id;
}

export interface UpdateUserRequest {
  name?: string;
  role?: Role;
  locale?: Locale;
  departmentId?: Id | null;
  teamId?: Id | null;
  storeId?: Id | null;
  managerId?: Id | null;
  active?: boolean;
}

export interface ResetPasswordRequest {
  newPassword: string;
}

export interface RolesResponse {
  roles: { role: Role; permissions: Permission[] }[];
  permissions: { name: Permission; description: string }[];
}

export interface ApiKey {
  id: Id;
  name: string;
  prefix: string;
  scopes: Permission[];
  storeId: Id | null;
  createdBy: Id | null;
  createdAt: Timestamp;
  lastUsedAt: Timestamp | null;
  revokedAt: Timestamp | null;
}

export interface CreateApiKeyRequest {
  name: string;
  scopes: Permission[];
  storeId?: Id | null;
}
export interface CreateApiKeyResponse {
  apiKey: ApiKey;
  /** The secret; shown only once. */
  key: string;
}

export interface AuditEntry {
  id: Id;
  at: Timestamp;
  actorType: string;
  actorId: string | null;
  actorLabel: string;
  action: string;
  targetType: string | null;
  targetId: string | null;
  ip: string;
  requestId: string;
  details: Record<string, unknown>;
}

export interface AuditQuery extends PageQuery {
  action?: string;
  actorId?: Id;
  targetType?: string;
  targetId?: string;
  from?: Timestamp;
  to?: Timestamp;
}

export const auditActions = [
  'auth.login',
  'auth.login_failed',
  'auth.locked',
  'auth.logout',
  'auth.password_changed',
  'user.created',
  'user.updated',
  'user.role_changed',
  'user.deactivated',
  'user.password_reset',
  'apikey.created',
  'apikey.revoked',
  'organisation.updated',
  'store.created',
  'store.updated',
  'department.created',
  'department.updated',
  'department.deleted',
  'team.created',
  'team.updated',
  'team.deleted',
] as const;

// ---- organisation ----

export interface Organisation {
  name: string;
  timezone: string;
  defaultLocale: Locale;
  currency: string;
  updatedAt: Timestamp;
}
export type UpdateOrganisationRequest = Partial<Pick<Organisation, 'name' | 'timezone' | 'defaultLocale' | 'currency'>>;

/** One weekday's hours; `day` 0 = Sunday; `close` before `open` means past midnight. */
export interface OpeningHoursEntry {
  day: number;
  open: string;
  close: string;
}

export interface Store {
  id: Id;
  code: string;
  name: string;
  address: string;
  city: string;
  phone: string;
  timezone: string | null;
  openingHours: OpeningHoursEntry[];
  active: boolean;
  createdAt: Timestamp;
  updatedAt: Timestamp;
}

export interface StoreListQuery extends PageQuery {
  q?: string;
  active?: boolean;
}

export interface CreateStoreRequest {
  code: string;
  name: string;
  address?: string;
  city?: string;
  phone?: string;
  /** null: use the organisation's zone. */
  timezone?: string | null;
  openingHours?: OpeningHoursEntry[];
}
export type UpdateStoreRequest = Partial<CreateStoreRequest> & { active?: boolean };

export interface Department {
  id: Id;
  code: string;
  name: string;
  description: string;
  sortOrder: number;
}
export interface Team {
  id: Id;
  departmentId: Id;
  name: string;
  description: string;
}
export type DepartmentWithTeams = Department & { teams: Team[] };

export interface CreateDepartmentRequest {
  code: string;
  name: string;
  description?: string;
  sortOrder?: number;
}
export type UpdateDepartmentRequest = Partial<Omit<CreateDepartmentRequest, 'code'>>;

export interface CreateTeamRequest {
  departmentId: Id;
  name: string;
  description?: string;
}
export type UpdateTeamRequest = Partial<CreateTeamRequest>;

// ---- drift checks against the server's TypeBox contracts ----
// The shapes above are the server's, narrowed (role names, permission names, locales). These
// checks fail to compile when a field is added, removed or changes type on the server.

type Narrows<Mine, Theirs> = [Mine] extends [Theirs] ? (Same<keyof Mine, keyof Theirs> extends true ? true : false) : false;
type Server<T extends TSchema> = Static<T>;

const contractChecks: {
  user: Narrows<User, Server<typeof AuthContracts.User>>;
  me: Narrows<Me, Server<typeof AuthContracts.Me>>;
  session: Narrows<Session, Server<typeof AuthContracts.Session>>;
  apiKey: Narrows<ApiKey, Server<typeof AuthContracts.ApiKey>>;
  createUser: Narrows<CreateUserRequest, Server<typeof AuthContracts.CreateUserBody>>;
  updateUser: Narrows<UpdateUserRequest, Server<typeof AuthContracts.PatchUserBody>>;
  createApiKey: Narrows<CreateApiKeyRequest, Server<typeof AuthContracts.CreateApiKeyBody>>;
  organisation: Narrows<Organisation, Server<typeof OrgContracts.OrganisationSettings>>;
  updateOrganisation: Narrows<UpdateOrganisationRequest, Server<typeof OrgContracts.PatchOrganisationBody>>;
  store: Narrows<Store, Server<typeof OrgContracts.Store>>;
  createStore: Narrows<CreateStoreRequest, Server<typeof OrgContracts.CreateStoreBody>>;
  updateStore: Narrows<UpdateStoreRequest, Server<typeof OrgContracts.PatchStoreBody>>;
  department: Narrows<DepartmentWithTeams, Server<typeof OrgContracts.DepartmentWithTeams>>;
  createDepartment: Narrows<CreateDepartmentRequest, Server<typeof OrgContracts.CreateDepartmentBody>>;
  updateDepartment: Narrows<UpdateDepartmentRequest, Server<typeof OrgContracts.PatchDepartmentBody>>;
  createTeam: Narrows<CreateTeamRequest, Server<typeof OrgContracts.CreateTeamBody>>;
  updateTeam: Narrows<UpdateTeamRequest, Server<typeof OrgContracts.PatchTeamBody>>;
} = {
  user: true,
  me: true,
  session: true,
  apiKey: true,
  createUser: true,
  updateUser: true,
  createApiKey: true,
  organisation: true,
  updateOrganisation: true,
  store: true,
  createStore: true,
  updateStore: true,
  department: true,
  createDepartment: true,
  updateDepartment: true,
  createTeam: true,
  updateTeam: true,
};
void contractChecks;
