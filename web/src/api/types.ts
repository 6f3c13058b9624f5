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
import type * as CustomerContracts from '../../../src/modules/customers/customers.contracts';
import type * as CustomerRecordContracts from '../../../src/modules/customers/customer-records.contracts';

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
  'customer.pii_revealed',
  'customfield.created',
  'customfield.updated',
  'customfield.deleted',
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

// ---- customers (docs/api.md "Customers") ----

export const identityTypes = ['phone', 'email', 'game_account', 'member_card', 'wechat', 'qq', 'external'] as const;
export type IdentityType = (typeof identityTypes)[number];

/** A way to recognise a customer. `attrs` of a game account: `server`, `roleId`, `roleName`, `level`. */
export interface Identity {
  id: Id;
  type: IdentityType;
  /** E.164 phone, lower-case email, account id, card number, `<system>:<id>` for external. Masked without customers:pii. */
  value: string;
  attrs: Record<string, unknown>;
  isPrimary: boolean;
}

export const genders = ['male', 'female', 'other', 'unknown'] as const;
export type Gender = (typeof genders)[number];

export const customerSources = ['registration', 'store', 'referral', 'community', 'import', 'api'] as const;
export type CustomerSource = (typeof customerSources)[number];

export const consentKinds = ['marketingEmail', 'marketingSms', 'marketingPhone', 'dataProcessing'] as const;
export type ConsentKind = (typeof consentKinds)[number];

export interface ConsentEntry {
  granted: boolean;
  at: Timestamp;
  /** Where it was given: form, store, import, api… */
  source: string;
}
export type Consent = Partial<Record<ConsentKind, ConsentEntry>>;

export interface Interests {
  games?: string[];
  modes?: string[];
  roles?: string[];
}

/** active, or merged into another profile, or erased. */
export type CustomerStatus = 'active' | 'merged' | 'erased';

/** Money is a decimal string, e.g. `"139.12"`. */
export type Money = string;

export interface CustomerSummary {
  id: Id;
  displayName: string;
  /** Masked (`张*`) without customers:pii. */
  realName: string | null;
  /** Primary phone, masked (`+86 138****1234`) without customers:pii. */
  phone: string | null;
  /** Primary email, masked (`l***@example.com`) without customers:pii. */
  email: string | null;
  tags: string[];
  homeStoreId: Id | null;
  source: CustomerSource;
  status: CustomerStatus;
  createdAt: Timestamp;
  /** True when personal values in this answer are masked. */
  masked: boolean;
  stats: { totalSpend: Money; lastSeenAt: Timestamp | null; visitCount: number };
}

export interface CustomerStats {
  firstSeenAt: Timestamp | null;
  lastSeenAt: Timestamp | null;
  lastLoginAt: Timestamp | null;
  totalSpend: Money;
  spend12m: Money;
  rechargeCount: number;
  rechargeTotal: Money;
  lastRechargeAt: Timestamp | null;
  purchaseCount: number;
  visitCount: number;
  lastVisitAt: Timestamp | null;
  playtimeSeconds: number;
  eventCount: number;
}

export interface Customer extends Omit<CustomerSummary, 'stats'> {
  gender: Gender | null;
  /** YYYY-MM-DD */
  birthday: string | null;
  region: string;
  city: string;
  preferredLocale: Locale | null;
  registeredAt: Timestamp | null;
  interests: Interests;
  custom: Record<string, unknown>;
  consent: Consent;
  identities: Identity[];
  stats: CustomerStats;
  updatedAt: Timestamp;
}

export type CustomValue = string | number | boolean | null;

export interface IdentityInput {
  type: IdentityType;
  value: string;
  attrs?: Record<string, unknown>;
}

export interface CreateCustomerRequest {
  displayName: string;
  realName?: string;
  gender?: Gender;
  /** YYYY-MM-DD */
  birthday?: string;
  region?: string;
  city?: string;
  preferredLocale?: Locale;
  source?: CustomerSource;
  registeredAt?: Timestamp;
  homeStoreId?: Id;
  interests?: Interests;
  tags?: string[];
  custom?: Record<string, CustomValue>;
  consent?: Partial<Record<ConsentKind, { granted: boolean; source: string }>>;
  identities?: IdentityInput[];
}

/** Any create field except identities; null clears a nullable value; `custom` keys given replace, null removes one. */
export type UpdateCustomerRequest = Partial<Omit<CreateCustomerRequest, 'identities' | NullableProfileKey>> & {
  [K in NullableProfileKey]?: CreateCustomerRequest[K] | null;
};
type NullableProfileKey = 'realName' | 'gender' | 'birthday' | 'preferredLocale' | 'registeredAt' | 'homeStoreId';

export const customerSorts = ['-createdAt', 'createdAt', 'displayName', '-totalSpend', '-lastSeenAt'] as const;
export type CustomerSort = (typeof customerSorts)[number];

/** List filters; custom-field filters travel as `custom.<key>=<value>`. */
export interface CustomerListQuery extends PageQuery {
  q?: string;
  tag?: string;
  storeId?: Id;
  source?: CustomerSource;
  minSpend?: number;
  maxSpend?: number;
  lastSeenFrom?: Timestamp;
  lastSeenTo?: Timestamp;
  consent?: ConsentKind;
  sort?: CustomerSort;
  [custom: `custom.${string}`]: string | undefined;
}

export type SearchMatch = 'phone' | 'email' | 'identity' | 'name';
export interface CustomerSearchResult {
  customer: CustomerSummary;
  matchedBy: SearchMatch;
  score: number;
}
export interface CustomerSearchResponse {
  items: CustomerSearchResult[];
}

export interface AddIdentityRequest extends IdentityInput {
  isPrimary?: boolean;
}

export interface RevealResponse {
  realName: string | null;
  identities: Identity[];
}

export interface Note {
  id: Id;
  customerId: Id;
  authorId: Id | null;
  authorLabel: string;
  body: string;
  createdAt: Timestamp;
}
export interface CreateNoteRequest {
  body: string;
}

export const timelineTypes = ['recharge', 'purchase', 'login', 'logout', 'play_session', 'level_up', 'visit', 'custom', 'note', 'profile'] as const;
export type TimelineType = (typeof timelineTypes)[number];

export interface TimelineItem {
  id: Id;
  at: Timestamp;
  kind: 'event' | 'note' | 'profile';
  /** An event type, `note`, or a profile change (`created`, `updated`, `identity_added`…). */
  type: string;
  /** The server's one-line English description; shown when the type is unknown here. */
  summary: string;
  data: Record<string, unknown>;
}

export interface TimelineQuery extends PageQuery {
  /** Comma-separated TimelineType list. */
  types?: string;
  from?: Timestamp;
  to?: Timestamp;
}

export const customFieldTypes = ['text', 'number', 'date', 'enum', 'boolean'] as const;
export type CustomFieldType = (typeof customFieldTypes)[number];

export interface CustomField {
  id: Id;
  key: string;
  label: string;
  type: CustomFieldType;
  options: string[];
  required: boolean;
  sortOrder: number;
  createdAt: Timestamp;
  updatedAt: Timestamp;
}
export interface CreateCustomFieldRequest {
  key: string;
  label: string;
  type: CustomFieldType;
  options?: string[];
  required?: boolean;
  sortOrder?: number;
}
export type UpdateCustomFieldRequest = Partial<Pick<CreateCustomFieldRequest, 'label' | 'options' | 'required' | 'sortOrder'>>;

/** What a saved view stores: the list filters, without paging. */
export type CustomerViewFilters = Omit<CustomerListQuery, 'limit' | 'cursor' | 'sort' | 'q'>;

export interface SavedView {
  id: Id;
  name: string;
  ownerId: Id;
  shared: boolean;
  filters: CustomerViewFilters;
  sort: CustomerSort;
  createdAt: Timestamp;
  updatedAt: Timestamp;
}
export interface CreateSavedViewRequest {
  name: string;
  filters: CustomerViewFilters;
  sort: CustomerSort;
  shared?: boolean;
}
export type UpdateSavedViewRequest = Partial<CreateSavedViewRequest>;

// ---- events (docs/api.md "Events") ----

export interface IngestEventsResponse {
  accepted: number;
  duplicate: number;
  rejected: number;
  /** One per rejected item; `id` is null when the item had no usable id. */
  errors: { index: number; id: string | null; code: string; reason: string }[];
}

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
  identity: Narrows<Identity, Server<typeof CustomerContracts.Identity>>;
  customerSummary: Narrows<CustomerSummary, Server<typeof CustomerContracts.CustomerSummary>>;
  customer: Narrows<Customer, Server<typeof CustomerContracts.Customer>>;
  customerStats: Narrows<CustomerStats, Server<typeof CustomerContracts.CustomerStats>>;
  createCustomer: Narrows<CreateCustomerRequest, Server<typeof CustomerContracts.CreateCustomerBody>>;
  updateCustomer: Narrows<UpdateCustomerRequest, Server<typeof CustomerContracts.PatchCustomerBody>>;
  addIdentity: Narrows<AddIdentityRequest, Server<typeof CustomerContracts.AddIdentityBody>>;
  customerSearch: Narrows<CustomerSearchResponse, Server<typeof CustomerContracts.CustomerSearchAnswer>>;
  reveal: Narrows<RevealResponse, Server<typeof CustomerContracts.RevealAnswer>>;
  customField: Narrows<CustomField, Server<typeof CustomerRecordContracts.CustomField>>;
  createCustomField: Narrows<CreateCustomFieldRequest, Server<typeof CustomerRecordContracts.CreateCustomFieldBody>>;
  updateCustomField: Narrows<UpdateCustomFieldRequest, Server<typeof CustomerRecordContracts.PatchCustomFieldBody>>;
  savedView: Narrows<Omit<SavedView, 'filters'>, Omit<Server<typeof CustomerRecordContracts.SavedView>, 'filters'>>;
  viewFilters: Narrows<Omit<CustomerViewFilters, `custom.${string}`>, Server<typeof CustomerRecordContracts.ViewFilters>>;
  createSavedView: Narrows<Omit<CreateSavedViewRequest, 'filters'>, Omit<Server<typeof CustomerRecordContracts.CreateSavedViewBody>, 'filters'>>;
  updateSavedView: Narrows<Omit<UpdateSavedViewRequest, 'filters'>, Omit<Server<typeof CustomerRecordContracts.PatchSavedViewBody>, 'filters'>>;
  note: Narrows<Note, Server<typeof CustomerRecordContracts.Note>>;
  createNote: Narrows<CreateNoteRequest, Server<typeof CustomerRecordContracts.CreateNoteBody>>;
  timelineItem: Narrows<TimelineItem, Server<typeof CustomerRecordContracts.TimelineItem>>;
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
  identity: true,
  customerSummary: true,
  customer: true,
  customerStats: true,
  createCustomer: true,
  updateCustomer: true,
  addIdentity: true,
  customerSearch: true,
  reveal: true,
  customField: true,
  createCustomField: true,
  updateCustomField: true,
  savedView: true,
  viewFilters: true,
  createSavedView: true,
  updateSavedView: true,
  note: true,
  createNote: true,
  timelineItem: true,
};
void contractChecks;
