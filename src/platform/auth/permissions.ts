/**
 * The permission matrix: every permission, and which roles hold it. The one place access
 * is decided. Routes declare `config: { permission }`; API key scopes use the same names.
 */
export const roles = [
  'admin',
  'manager',
  'supervisor',
  'team_lead',
  'agent',
  'store_manager',
  'store_staff',
  'analyst',
] as const;
export type Role = (typeof roles)[number];

export const permissions = {
  'org:read': 'See the organisation, stores, departments and teams',
  'org:manage': 'Change organisation settings, departments and teams',
  'stores:manage': 'Create and change stores',
  'users:read': 'See staff users',
  'users:manage': 'Create, change and disable staff users and their roles',
  'roles:read': 'See the role and permission matrix',
  'apikeys:manage': 'Create and revoke API keys',
  'audit:read': 'Read the audit log',
  'customers:read': 'See customer profiles',
  'customers:write': 'Create and change customer profiles',
  'customers:pii': 'See unmasked phone numbers, emails and real names',
  'customers:merge': 'Merge duplicate customers',
  'customers:import': 'Import customers and events from CSV',
  'customers:export': 'Export customer lists and data-subject exports (audited)',
  'customers:erase': 'Erase a customer\'s personal data (audited)',
  'customfields:manage': 'Define custom fields on customer profiles',
  'events:read': 'Read customer events and timelines',
  'events:write': 'Send events (integrations)',
} as const;
export type Permission = keyof typeof permissions;
export const allPermissions = Object.keys(permissions) as Permission[];

const everyone: Permission[] = ['org:read'];

export const roleMatrix: Record<Role, readonly Permission[]> = {
  admin: allPermissions,
  manager: [
    ...everyone, 'org:manage', 'users:read', 'users:manage', 'roles:read', 'audit:read',
    'customers:read', 'customers:write', 'customers:pii', 'customers:merge', 'customers:import', 'customers:export', 'customers:erase',
    'customfields:manage', 'events:read',
  ],
  supervisor: [...everyone, 'users:read', 'roles:read', 'customers:read', 'customers:write', 'customers:pii', 'customers:merge', 'events:read'],
  team_lead: [...everyone, 'users:read', 'customers:read', 'customers:write', 'customers:pii', 'events:read'],
  agent: [...everyone, 'customers:read', 'customers:write', 'events:read'],
  store_manager: [...everyone, 'users:read', 'customers:read', 'customers:write', 'customers:pii', 'customers:import', 'events:read'],
  store_staff: [...everyone, 'customers:read', 'customers:write', 'events:read'],
  // Analysts work on aggregates: they read profiles masked and export nothing personal.
  analyst: [...everyone, 'customers:read', 'events:read'],
};

/** What a route requires: a permission, any signed-in staff user, or nothing. */
export type RouteAccess = Permission | 'authenticated' | 'public';

export function isRole(value: string): value is Role {
  return (roles as readonly string[]).includes(value);
}

export function isPermission(value: string): value is Permission {
  return Object.hasOwn(permissions, value);
}

/** Does `role` hold `permission`? */
export function roleHas(role: Role, permission: Permission): boolean {
  return roleMatrix[role].includes(permission);
}

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Every /api route must declare this; the app refuses to start otherwise. */
    access?: RouteAccess;
  }
}
