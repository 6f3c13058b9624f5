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
  'members:read': 'See member cards, wallets, points, tiers, coupons and sessions of any member',
  'members:write': 'Issue, freeze, replace and link member cards',
  'wallets:operate': 'Top up wallets and sell time packages at the own store',
  'wallets:refund': 'Refund wallet balances at the own store',
  'ledgers:read': 'See store ledgers and the daily cash-up report (own store when store-bound)',
  'venues:manage': 'Configure zones, seats, rates, top-up promotions and time packages',
  'sessions:operate': 'Check members in and out of seats, change seats, reserve seats',
  'sessions:override': 'Override a session (free time, end, adjust) with a reason (audited)',
  'loyalty:manage': 'Configure points rules, tiers, rewards, coupon templates and referrals',
  'loyalty:operate': 'Redeem rewards and coupons, issue coupons to a member',
  'points:adjust': 'Adjust a member\'s points by hand with a reason (audited)',
  'complaints:approve': 'Approve or turn down the handling plan of a major complaint',
  'sanctions:write': 'Decide player reports and warn, mute or ban players and cafe users',
  'integrations:manage': 'Configure webhook endpoints and their secrets',
  'appeals:decide': 'Approve or reject account-recovery appeals (the game resets the account)',
  'tickets:read': 'See tickets of the own department and team, and tickets assigned to oneself',
  'tickets:read_all': 'See every ticket, whatever its department (with tickets:read)',
  'tickets:write': 'Create tickets, change the ones one may see, reply and add internal notes, link and merge',
  'tickets:manage': 'Configure ticket categories',
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
    'members:read', 'members:write', 'wallets:operate', 'wallets:refund', 'ledgers:read', 'venues:manage', 'sessions:operate', 'sessions:override',
    'loyalty:manage', 'loyalty:operate', 'points:adjust',
    'tickets:read', 'tickets:read_all', 'tickets:write', 'tickets:manage', 'complaints:approve', 'sanctions:write', 'integrations:manage', 'appeals:decide',
  ],
  supervisor: [
    ...everyone, 'users:read', 'roles:read', 'customers:read', 'customers:write', 'customers:pii', 'customers:merge', 'events:read', 'members:read',
    'tickets:read', 'tickets:read_all', 'tickets:write', 'complaints:approve', 'sanctions:write', 'appeals:decide',
  ],
  // Team leads and agents see their own department's tickets (and those assigned to them).
  team_lead: [...everyone, 'users:read', 'customers:read', 'customers:write', 'customers:pii', 'events:read', 'members:read', 'tickets:read', 'tickets:write', 'sanctions:write', 'appeals:decide'],
  agent: [...everyone, 'customers:read', 'customers:write', 'events:read', 'members:read', 'tickets:read', 'tickets:write'],
  store_manager: [
    ...everyone, 'users:read', 'customers:read', 'customers:write', 'customers:pii', 'customers:import', 'events:read',
    'members:read', 'members:write', 'wallets:operate', 'wallets:refund', 'ledgers:read', 'sessions:operate', 'sessions:override',
    'loyalty:operate', 'points:adjust', 'sanctions:write',
  ],
  store_staff: [...everyone, 'customers:read', 'customers:write', 'events:read', 'members:read', 'members:write', 'wallets:operate', 'sessions:operate', 'loyalty:operate'],
  // Analysts work on aggregates: they read profiles masked and export nothing personal.
  analyst: [...everyone, 'customers:read', 'events:read', 'members:read', 'ledgers:read'],
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
