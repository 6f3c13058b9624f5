import { isoOrNull } from '../iso-time';
import { isRole, roleMatrix } from './permissions';
import type { ApiKeyRecord } from './api-keys.repository';
import type { SessionRow } from './sessions.repository';
import type { UserRecord } from './users.repository';

// Records as the API shows them: times as ISO strings, secrets never.

/** A user as answered by the API (`User` in docs/api.md). */
export function userView(u: UserRecord) {
  return {
    id: u.id,
    email: u.email,
    name: u.name,
    role: u.role,
    locale: u.locale,
    departmentId: u.departmentId,
    teamId: u.teamId,
    storeId: u.storeId,
    managerId: u.managerId,
    active: u.active,
    lastLoginAt: isoOrNull(u.lastLoginAt),
    createdAt: u.createdAt.toISOString(),
  };
}

/** The signed-in user's own view: the user plus the permissions of the role (`Me`). */
export function meView(u: UserRecord) {
  return { ...userView(u), permissions: isRole(u.role) ? [...roleMatrix[u.role]] : [] };
}

/** An API key as listed: never the key or its hash. */
export function apiKeyView(k: ApiKeyRecord) {
  return {
    id: k.id,
    name: k.name,
    prefix: k.prefix,
    scopes: k.scopes,
    storeId: k.storeId,
    createdBy: k.createdBy,
    createdAt: k.createdAt.toISOString(),
    lastUsedAt: isoOrNull(k.lastUsedAt),
    revokedAt: isoOrNull(k.revokedAt),
  };
}

/** One of the caller's sessions; `current` marks the one making the request. */
export function sessionView(s: SessionRow, currentId: string) {
  return {
    id: s.id,
    createdAt: s.createdAt.toISOString(),
    expiresAt: s.expiresAt.toISOString(),
    lastSeenAt: s.lastSeenAt.toISOString(),
    ip: s.ip,
    userAgent: s.userAgent,
    current: s.id === currentId,
  };
}
