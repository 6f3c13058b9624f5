import { Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconBuildingStore, IconSitemap, IconUsers } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../ui/page-header';
import { useCurrentUser, usePermissions } from '../auth/auth.api';
import { useDepartments } from '../departments/departments.api';
import { useStoreOptions } from '../stores/stores.api';
import { useUserOptions } from '../users/users.api';
import { SummaryCard } from './summary-card';

/** Home: a welcome and the size of the organisation, read from the API. */
export function DashboardPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const can = usePermissions();
  const stores = useStoreOptions(can('org:read'));
  const users = useUserOptions(can('users:read'));
  const departments = useDepartments(can('org:read'));

  return (
    <>
      <PageHeader title={t('dashboard.welcome', { name: me.name })} description={t('dashboard.subtitle')} />
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="lg">
        {can('org:read') && (
          <SummaryCard
            testId="summary-stores"
            label={t('dashboard.stores')}
            icon={IconBuildingStore}
            to="/admin/stores"
            count={stores.data?.items.length}
            more={Boolean(stores.data?.nextCursor)}
            loading={stores.isPending}
            error={stores.error}
          />
        )}
        {can('users:read') && (
          <SummaryCard
            testId="summary-users"
            label={t('dashboard.users')}
            icon={IconUsers}
            to="/admin/users"
            count={users.data?.items.length}
            more={Boolean(users.data?.nextCursor)}
            loading={users.isPending}
            error={users.error}
          />
        )}
        {can('org:read') && (
          <SummaryCard
            testId="summary-departments"
            label={t('dashboard.departments')}
            icon={IconSitemap}
            to="/admin/departments"
            count={departments.data?.length}
            loading={departments.isPending}
            error={departments.error}
          />
        )}
      </SimpleGrid>
      <Paper withBorder p="lg" radius="md" mt="lg">
        <Stack gap={6}>
          <Title order={4}>{t('dashboard.roadmapTitle')}</Title>
          <Text c="dimmed" size="sm">
            {t('dashboard.roadmapText')}
          </Text>
        </Stack>
      </Paper>
    </>
  );
}
