import type { Permission as ServerPermission, Role as ServerRole } from '../../../../src/platform/auth/permissions';
import type { ErrorCode as ServerErrorCode } from '../../../../src/platform/http/error-catalog';
// permissions.ts augments Fastify's route config; that augmentation needs 'fastify' in the program.
import type {} from 'fastify';

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
  'members:read',
  'members:write',
  'wallets:operate',
  'wallets:refund',
  'ledgers:read',
  'venues:manage',
  'sessions:operate',
  'sessions:override',
  'loyalty:manage',
  'loyalty:operate',
  'points:adjust',
  'complaints:approve',
  'sanctions:write',
  'integrations:manage',
  'appeals:decide',
  'tickets:read',
  'tickets:read_all',
  'tickets:write',
  'tickets:manage',
] as const;
export type Permission = (typeof permissionNames)[number];

export type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
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
