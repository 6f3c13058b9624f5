import {
  IconAdjustmentsHorizontal,
  IconApi,
  IconBug,
  IconBuildingStore,
  IconCash,
  IconCashRegister,
  IconLayoutGrid,
  IconTicket,
  IconChartBar,
  IconDeviceGamepad2,
  IconFileImport,
  IconForms,
  IconGavel,
  IconGift,
  IconHeadset,
  IconHistory,
  IconHome,
  IconSettings,
  IconShieldLock,
  IconSitemap,
  IconUsers,
  IconUserShield,
  IconUsersGroup,
  type Icon,
} from '@tabler/icons-react';
import type { Permission } from '../../api/types';

export interface NavItem {
  /** i18n key under `nav.` */
  key:
    | 'dashboard'
    | 'customers'
    | 'imports'
    | 'frontDesk'
    | 'ledgers'
    | 'venueSetup'
    | 'walletProducts'
    | 'tickets'
    | 'knownIssues'
    | 'deskSettings'
    | 'moderation'
    | 'appeals'
    | 'venues'
    | 'loyalty'
    | 'analytics'
    | 'users'
    | 'roles'
    | 'stores'
    | 'departments'
    | 'customFields'
    | 'apiKeys'
    | 'audit'
    | 'organisation';
  path: string;
  icon: Icon;
  /** Shown only to users holding this permission. */
  permission?: Permission;
}

export const mainNav: NavItem[] = [
  { key: 'dashboard', path: '/', icon: IconHome },
  { key: 'frontDesk', path: '/front-desk', icon: IconCashRegister, permission: 'members:read' },
  { key: 'venues', path: '/venues', icon: IconDeviceGamepad2, permission: 'sessions:operate' },
  { key: 'customers', path: '/customers', icon: IconUsersGroup, permission: 'customers:read' },
  { key: 'tickets', path: '/tickets', icon: IconHeadset, permission: 'tickets:read' },
  { key: 'knownIssues', path: '/known-issues', icon: IconBug, permission: 'tickets:read' },
  { key: 'moderation', path: '/moderation', icon: IconGavel, permission: 'tickets:read' },
  { key: 'appeals', path: '/appeals', icon: IconUserShield, permission: 'tickets:read' },
  { key: 'ledgers', path: '/ledgers', icon: IconCash, permission: 'ledgers:read' },
  { key: 'loyalty', path: '/loyalty', icon: IconGift, permission: 'loyalty:manage' },
  { key: 'imports', path: '/imports', icon: IconFileImport, permission: 'customers:import' },
];

/** Domains on the roadmap: each opens a page saying the module is planned. */
export const comingSoonNav: NavItem[] = [
  { key: 'analytics', path: '/analytics', icon: IconChartBar },
];

export const adminNav: NavItem[] = [
  { key: 'users', path: '/admin/users', icon: IconUsers, permission: 'users:read' },
  { key: 'roles', path: '/admin/roles', icon: IconShieldLock, permission: 'roles:read' },
  { key: 'stores', path: '/admin/stores', icon: IconBuildingStore, permission: 'org:read' },
  { key: 'departments', path: '/admin/departments', icon: IconSitemap, permission: 'org:read' },
  { key: 'deskSettings', path: '/admin/service-desk', icon: IconAdjustmentsHorizontal, permission: 'tickets:manage' },
  { key: 'venueSetup', path: '/admin/venues', icon: IconLayoutGrid, permission: 'venues:manage' },
  { key: 'walletProducts', path: '/admin/wallet-products', icon: IconTicket, permission: 'venues:manage' },
  { key: 'customFields', path: '/admin/customer-fields', icon: IconForms, permission: 'customfields:manage' },
  { key: 'apiKeys', path: '/admin/api-keys', icon: IconApi, permission: 'apikeys:manage' },
  { key: 'audit', path: '/admin/audit', icon: IconHistory, permission: 'audit:read' },
  { key: 'organisation', path: '/admin/organisation', icon: IconSettings, permission: 'org:read' },
];
