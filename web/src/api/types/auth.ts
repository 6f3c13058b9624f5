import type { Id, Locale, PageQuery, Permission, Role, Timestamp } from './common';

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
