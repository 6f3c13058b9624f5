import { Alert, Anchor, Breadcrumbs, Button, Grid, Skeleton, Stack, Text } from '@mantine/core';
import { IconArrowMerge, IconUserOff } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { isApiError } from '../../api/api-error';
import type { RevealResponse } from '../../api/types';
import { EmptyState } from '../../ui/empty-state';
import { ErrorAlert } from '../../ui/error-alert';
import { notifyError } from '../../ui/notify';
import { usePermissions } from '../auth/auth.api';
import { useOrganisation } from '../organisation/organisation.api';
import { useStoreOptions } from '../stores/stores.api';
import { CustomerContacts } from './customer-contacts';
import { CustomerFormModal } from './customer-form-modal';
import { CustomerHeader } from './customer-header';
import { CustomerMergeModal } from './customer-merge-modal';
import { CustomerNotes } from './customer-notes';
import { CustomerActionsMenu, CustomerEraseModal, CustomerExportModal, ErasedNotice } from './customer-privacy';
import { ConsentCard, CustomFieldsCard, InterestsCard, ProfileDetailsCard } from './customer-profile-cards';
import { CustomerStatsPanel } from './customer-stats';
import { CustomerTimeline } from './customer-timeline';
import { maskRealName } from './display-mask';
import { CustomerWalletPanel } from '../membership/customer-wallet-panel';
import { CustomerSessionsPanel } from '../venues/customer-sessions-panel';
import { CustomerLoyaltyPanel } from '../loyalty/customer-loyalty-panel';
import { revealCustomer, useCustomer, useCustomFields } from './customers.api';

function Loading() {
  return (
    <Stack aria-busy="true">
      <Skeleton height={180} radius="md" />
      <Grid>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Skeleton height={260} radius="md" />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Skeleton height={360} radius="md" />
        </Grid.Col>
      </Grid>
    </Stack>
  );
}

/** Everything about one customer: header and key figures, contacts, profile, activity, notes, timeline. */
export function Customer360Page() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const can = usePermissions();
  const customer = useCustomer(id);
  const fields = useCustomFields();
  const stores = useStoreOptions();
  const org = useOrganisation();
  const [editing, setEditing] = useState(false);
  const [dialog, setDialog] = useState<'merge' | 'export' | 'erase' | null>(null);
  const navigate = useNavigate();
  const location = useLocation();
  const mergedFrom = (location.state as { mergedFrom?: string } | null)?.mergedFrom;
  const [revealed, setRevealed] = useState<RevealResponse | null>(null);
  const currency = org.data?.currency;

  // Revealed values belong to this visit of this profile only.
  useEffect(() => setRevealed(null), [id]);

  // A merged profile lives on in the one it was merged into: go there, saying so.
  const mergedInto = isApiError(customer.error) && customer.error.code === 'customer_merged' && typeof customer.error.extra.mergedInto === 'string' ? customer.error.extra.mergedInto : null;
  useEffect(() => {
    if (mergedInto) void navigate(`/customers/${mergedInto}`, { replace: true, state: { mergedFrom: id } });
  }, [mergedInto, id, navigate]);

  const reveal = useMutation({
    mutationFn: () => revealCustomer(id),
    onSuccess: (r) => setRevealed(r),
    onError: (err) => notifyError(t, err),
  });

  const back = (
    <Breadcrumbs mb="sm">
      <Anchor component={Link} to="/customers" size="sm">
        {t('nav.customers')}
      </Anchor>
      <Text size="sm" c="dimmed">
        {customer.data?.displayName ?? '…'}
      </Text>
    </Breadcrumbs>
  );

  if (customer.isPending) {
    return (
      <>
        {back}
        <Loading />
      </>
    );
  }
  if (customer.error) {
    const err = customer.error;
    if (isApiError(err) && err.code === 'customer_merged') {
      const into = typeof err.extra.mergedInto === 'string' ? err.extra.mergedInto : null;
      return (
        <>
          {back}
          <Alert color="blue" variant="light" icon={<IconArrowMerge size={18} />} title={t('customers.mergedTitle')}>
            <Text size="sm">{t('errors.customer_merged')}</Text>
            {into && (
              <Button component={Link} to={`/customers/${into}`} size="xs" mt="sm" variant="light">
                {t('customers.openMerged')}
              </Button>
            )}
          </Alert>
        </>
      );
    }
    if (isApiError(err) && (err.code === 'customer_not_found' || err.code === 'not_found' || err.code === 'validation_failed')) {
      return (
        <>
          {back}
          <EmptyState
            icon={<IconUserOff size={28} />}
            title={t('errors.customer_not_found')}
            action={
              <Button component={Link} to="/customers" variant="light">
                {t('customers.backToList')}
              </Button>
            }
          />
        </>
      );
    }
    return (
      <>
        {back}
        <ErrorAlert error={err} />
      </>
    );
  }

  const c = customer.data;
  const storeName = c.homeStoreId ? (stores.data?.items.find((s) => s.id === c.homeStoreId)?.name ?? '—') : null;
  const canWrite = can('customers:write');
  const active = c.status === 'active';

  return (
    <>
      {back}
      <Stack gap="lg">
        <CustomerHeader
          customer={c}
          realName={revealed ? revealed.realName : c.realName && (c.masked ? c.realName : maskRealName(c.realName))}
          realNameMasked={!revealed}
          storeName={storeName}
          currency={currency}
          onEdit={canWrite && active ? () => setEditing(true) : undefined}
          actions={
            <CustomerActionsMenu
              onMerge={can('customers:merge') && active ? () => setDialog('merge') : undefined}
              onExport={can('customers:export') ? () => setDialog('export') : undefined}
              onErase={can('customers:erase') && active ? () => setDialog('erase') : undefined}
            />
          }
        />
        {c.status === 'erased' && <ErasedNotice />}
        {mergedFrom && (
          <Alert color="blue" variant="light" icon={<IconArrowMerge size={18} />} data-testid="merged-from-notice">
            {t('customers.merge.redirected')}
          </Alert>
        )}
        <Grid gap="lg">
          <Grid.Col span={{ base: 12, md: 5, lg: 4 }}>
            <Stack gap="lg">
              <CustomerContacts
                customer={c}
                revealed={revealed}
                revealing={reveal.isPending}
                canReveal={can('customers:pii')}
                canWrite={canWrite && c.status === 'active'}
                onReveal={() => reveal.mutateAsync()}
                onHide={() => setRevealed(null)}
              />
              <ProfileDetailsCard customer={c} />
              <CustomFieldsCard customer={c} fields={fields.data ?? []} />
              <ConsentCard customer={c} />
              <InterestsCard customer={c} />
            </Stack>
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 7, lg: 8 }}>
            <Stack gap="lg">
              <CustomerStatsPanel stats={c.stats} currency={currency} />
              {can('members:read') && (
                <>
                  <CustomerWalletPanel customerId={c.id} />
                  <CustomerLoyaltyPanel customerId={c.id} />
                  <CustomerSessionsPanel customerId={c.id} />
                </>
              )}
              <CustomerNotes customerId={c.id} canWrite={canWrite && active} />
              <CustomerTimeline customerId={c.id} currency={currency} />
            </Stack>
          </Grid.Col>
        </Grid>
      </Stack>
      {can('customers:merge') && <CustomerMergeModal key={c.id} opened={dialog === 'merge'} customer={c} currency={currency} onClose={() => setDialog(null)} />}
      {can('customers:export') && <CustomerExportModal opened={dialog === 'export'} customer={c} onClose={() => setDialog(null)} />}
      {can('customers:erase') && <CustomerEraseModal key={c.id} opened={dialog === 'erase'} customer={c} onClose={() => setDialog(null)} />}
      {canWrite && <CustomerFormModal opened={editing} customer={c} revealedRealName={revealed ? revealed.realName : null} onClose={() => setEditing(false)} />}
    </>
  );
}
