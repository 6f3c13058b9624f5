import { lazy, Suspense, type ComponentType, type ReactNode } from 'react';
import { createBrowserRouter, Navigate } from 'react-router';
import type { Permission } from '../api/types';
import { LoginPage } from '../features/auth/login-page';
import { DashboardPage } from '../features/dashboard/dashboard-page';
import { AppLayout } from '../features/shell/app-layout';
import { ComingSoonPage } from '../features/shell/coming-soon-page';
import { NotFoundPage } from '../features/shell/not-found-page';
import { RequireAuth } from '../features/shell/require-auth';
import { RequirePermission } from '../features/shell/require-permission';

// Admin screens load on first visit, so signing in does not download every form.
const page = <K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) =>
  lazy(() => load().then((m) => ({ default: m[name] })));

const UsersPage = page(() => import('../features/users/users-page'), 'UsersPage');
const RolesPage = page(() => import('../features/roles/roles-page'), 'RolesPage');
const StoresPage = page(() => import('../features/stores/stores-page'), 'StoresPage');
const DepartmentsPage = page(() => import('../features/departments/departments-page'), 'DepartmentsPage');
const ApiKeysPage = page(() => import('../features/api-keys/api-keys-page'), 'ApiKeysPage');
const AuditPage = page(() => import('../features/audit/audit-page'), 'AuditPage');
const OrganisationPage = page(() => import('../features/organisation/organisation-page'), 'OrganisationPage');
const CustomersPage = page(() => import('../features/customers/customers-page'), 'CustomersPage');
const Customer360Page = page(() => import('../features/customers/customer-360-page'), 'Customer360Page');
const CustomFieldsPage = page(() => import('../features/customers/custom-fields-page'), 'CustomFieldsPage');
const ImportsPage = page(() => import('../features/imports/imports-page'), 'ImportsPage');
const ImportWizardPage = page(() => import('../features/imports/import-wizard-page'), 'ImportWizardPage');
const MePage = page(() => import('../features/me/me-page'), 'MePage');
const FrontDeskPage = page(() => import('../features/front-desk/front-desk-page'), 'FrontDeskPage');
const CashUpPage = page(() => import('../features/membership/cash-up-page'), 'CashUpPage');
const WalletProductsPage = page(() => import('../features/membership/wallet-products-page'), 'WalletProductsPage');
const FloorPage = page(() => import('../features/venues/floor-page'), 'FloorPage');
const VenueSetupPage = page(() => import('../features/venues/venue-setup-page'), 'VenueSetupPage');
const LoyaltyPage = page(() => import('../features/loyalty/loyalty-page'), 'LoyaltyPage');
// The public service portal (no sign-in): its own frame, loaded only by players.
const PortalLayout = page(() => import('../features/portal/portal-layout'), 'PortalLayout');
const SupportHomePage = page(() => import('../features/portal/support-home-page'), 'SupportHomePage');
const RechargeClaimPage = page(() => import('../features/portal/recharge-claim-page'), 'RechargeClaimPage');
const GeneralTicketPage = page(() => import('../features/portal/general-ticket-page'), 'GeneralTicketPage');
const TicketStatusPage = page(() => import('../features/portal/ticket-status-page'), 'TicketStatusPage');
const TicketsPage = page(() => import('../features/tickets/tickets-page'), 'TicketsPage');
const DeskSettingsPage = page(() => import('../features/desk-settings/desk-settings-page'), 'DeskSettingsPage');
const KnownIssuesPage = page(() => import('../features/desk-settings/known-issues-page'), 'KnownIssuesPage');
const ModerationPage = page(() => import('../features/moderation/moderation-page'), 'ModerationPage');
const AppealsPage = page(() => import('../features/appeals/appeals-page'), 'AppealsPage');

const guarded = (permission: Permission, element: ReactNode) => <RequirePermission permission={permission}>{element}</RequirePermission>;

export const router = createBrowserRouter([
  { path: '/login', element: <LoginPage /> },
  {
    path: '/support',
    element: (
      <Suspense>
        <PortalLayout />
      </Suspense>
    ),
    children: [
      { index: true, element: <SupportHomePage /> },
      { path: 'recharge', element: <RechargeClaimPage /> },
      { path: 'new', element: <GeneralTicketPage /> },
      { path: 't/:token', element: <TicketStatusPage /> },
    ],
  },
  {
    element: <RequireAuth />,
    children: [
      {
        element: <AppLayout />,
        children: [
          { index: true, element: <DashboardPage /> },
          { path: 'me', element: <MePage /> },
          { path: 'customers', element: guarded('customers:read', <CustomersPage />) },
          { path: 'customers/:id', element: guarded('customers:read', <Customer360Page />) },
          { path: 'imports', element: guarded('customers:import', <ImportsPage />) },
          { path: 'imports/new', element: guarded('customers:import', <ImportWizardPage />) },
          { path: 'imports/:id', element: guarded('customers:import', <ImportWizardPage />) },
          { path: 'tickets/:id?', element: guarded('tickets:read', <TicketsPage />) },
          { path: 'known-issues', element: guarded('tickets:read', <KnownIssuesPage />) },
          { path: 'admin/service-desk', element: guarded('tickets:manage', <DeskSettingsPage />) },
          { path: 'moderation', element: guarded('tickets:read', <ModerationPage />) },
          { path: 'appeals', element: guarded('tickets:read', <AppealsPage />) },
          // The service desk was announced here before it was built: its old address opens the console.
          { path: 'service-desk', element: <Navigate to="/tickets" replace /> },
          { path: 'front-desk', element: guarded('members:read', <FrontDeskPage />) },
          { path: 'venues', element: guarded('sessions:operate', <FloorPage />) },
          { path: 'ledgers', element: guarded('ledgers:read', <CashUpPage />) },
          { path: 'loyalty', element: guarded('loyalty:manage', <LoyaltyPage />) },
          { path: 'admin/venues', element: guarded('venues:manage', <VenueSetupPage />) },
          { path: 'admin/wallet-products', element: guarded('venues:manage', <WalletProductsPage />) },
          { path: 'analytics', element: <ComingSoonPage module="analytics" /> },
          { path: 'admin/users', element: guarded('users:read', <UsersPage />) },
          { path: 'admin/roles', element: guarded('roles:read', <RolesPage />) },
          { path: 'admin/stores', element: guarded('org:read', <StoresPage />) },
          { path: 'admin/departments', element: guarded('org:read', <DepartmentsPage />) },
          { path: 'admin/customer-fields', element: guarded('customfields:manage', <CustomFieldsPage />) },
          { path: 'admin/api-keys', element: guarded('apikeys:manage', <ApiKeysPage />) },
          { path: 'admin/audit', element: guarded('audit:read', <AuditPage />) },
          { path: 'admin/organisation', element: guarded('org:read', <OrganisationPage />) },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
]);
