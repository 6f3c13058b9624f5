import { Badge, Button, Group, Paper, SegmentedControl, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconBuildingStore, IconPencil, IconPlus, IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Store } from '../../api/types';
import { EmptyState } from '../../ui/empty-state';
import { ErrorAlert } from '../../ui/error-alert';
import { LoadMore } from '../../ui/load-more';
import { PageHeader } from '../../ui/page-header';
import { TableSkeleton } from '../../ui/table-skeleton';
import { usePermissions } from '../auth/auth.api';
import { StoreFormModal } from './store-form-modal';
import { useStoresInfinite } from './stores.api';
import { HoursSummary } from './hours-summary';
import { IconAction } from '../../ui/icon-action';

export function StoresPage() {
  const { t } = useTranslation();
  const canManage = usePermissions()('stores:manage');
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 300);
  const [status, setStatus] = useState('all');
  const [editing, setEditing] = useState<Store | null>(null);
  const [formOpen, setFormOpen] = useState(false);
  const list = useStoresInfinite({ q: q || undefined, active: status === 'all' ? undefined : status === 'active' });
  const stores = list.data?.pages.flatMap((p) => p.items) ?? [];
  const open = (store: Store | null) => {
    setEditing(store);
    setFormOpen(true);
  };

  return (
    <>
      <PageHeader
        title={t('nav.stores')}
        description={t('stores.description')}
        actions={
          canManage && (
            <Button leftSection={<IconPlus size={16} />} onClick={() => open(null)}>
              {t('stores.create')}
            </Button>
          )
        }
      />
      <Paper withBorder p="md" radius="md">
        <Group mb="md" gap="sm">
          <TextInput
            placeholder={t('stores.searchPlaceholder')}
            aria-label={t('common.search')}
            leftSection={<IconSearch size={16} />}
            value={search}
            onChange={(e) => setSearch(e.currentTarget.value)}
            w={260}
          />
          <SegmentedControl
            value={status}
            onChange={setStatus}
            data={[
              { value: 'all', label: t('common.all') },
              { value: 'active', label: t('common.active') },
              { value: 'inactive', label: t('common.inactive') },
            ]}
          />
        </Group>
        {list.isPending ? (
          <TableSkeleton />
        ) : list.error ? (
          <ErrorAlert error={list.error} />
        ) : stores.length === 0 ? (
          <EmptyState
            icon={<IconBuildingStore size={28} />}
            title={q || status !== 'all' ? t('common.noMatches') : t('stores.empty')}
            description={q || status !== 'all' ? t('common.noMatchesHint') : t('stores.emptyHint')}
            action={
              canManage &&
              !q && (
                <Button variant="light" onClick={() => open(null)}>
                  {t('stores.create')}
                </Button>
              )
            }
          />
        ) : (
          <Table.ScrollContainer minWidth={820}>
            <Table highlightOnHover verticalSpacing="sm" data-testid="stores-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('stores.fields.name')}</Table.Th>
                  <Table.Th>{t('stores.fields.city')}</Table.Th>
                  <Table.Th>{t('stores.fields.phone')}</Table.Th>
                  <Table.Th>{t('stores.fields.openingHours')}</Table.Th>
                  <Table.Th>{t('users.fields.status')}</Table.Th>
                  {canManage && <Table.Th w={50} aria-label={t('common.actions')} />}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {stores.map((s) => (
                  <Table.Tr key={s.id}>
                    <Table.Td>
                      <Text size="sm" fw={500}>
                        {s.name}
                      </Text>
                      <Text size="xs" c="dimmed">
                        {s.code}
                        {s.address ? ` · ${s.address}` : ''}
                      </Text>
                    </Table.Td>
                    <Table.Td>{s.city || '—'}</Table.Td>
                    <Table.Td>{s.phone || '—'}</Table.Td>
                    <Table.Td>
                      <HoursSummary hours={s.openingHours} />
                    </Table.Td>
                    <Table.Td>
                      <Badge variant="dot" color={s.active ? 'teal' : 'gray'}>
                        {s.active ? t('common.active') : t('common.inactive')}
                      </Badge>
                    </Table.Td>
                    {canManage && (
                      <Table.Td>
                        <IconAction label={t('common.edit')} ariaLabel={t('stores.editNamed', { name: s.name })} onClick={() => open(s)}>
                          <IconPencil size={16} />
                        </IconAction>
                      </Table.Td>
                    )}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        <LoadMore hasMore={Boolean(list.hasNextPage)} loading={list.isFetchingNextPage} onLoad={() => void list.fetchNextPage()} />
      </Paper>
      {canManage && <StoreFormModal opened={formOpen} store={editing} onClose={() => setFormOpen(false)} />}
    </>
  );
}
