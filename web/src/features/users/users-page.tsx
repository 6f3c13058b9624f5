import { Button, Group, Paper, Select, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconPlus, IconSearch, IconUsers } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Role, User } from '../../api/types';
import { EmptyState } from '../../ui/empty-state';
import { ErrorAlert } from '../../ui/error-alert';
import { LoadMore } from '../../ui/load-more';
import { PageHeader } from '../../ui/page-header';
import { TableSkeleton } from '../../ui/table-skeleton';
import { usePermissions } from '../auth/auth.api';
import { useDepartments } from '../departments/departments.api';
import { roleOptions } from '../roles/role-options';
import { useStoreOptions } from '../stores/stores.api';
import { UserCreateModal } from './user-create-modal';
import { UserEditModal } from './user-edit-modal';
import { UserPasswordModal } from './user-password-modal';
import { useUsersInfinite } from './users.api';
import { UsersTable } from './users-table';

export function UsersPage() {
  const { t } = useTranslation();
  const can = usePermissions();
  const canManage = can('users:manage');
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 300);
  const [role, setRole] = useState<Role | null>(null);
  const [storeId, setStoreId] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<User | null>(null);
  const [resetting, setResetting] = useState<User | null>(null);

  const list = useUsersInfinite({
    q: q || undefined,
    role: role ?? undefined,
    storeId: storeId ?? undefined,
    active: status === null ? undefined : status === 'active',
  });
  const stores = useStoreOptions();
  const departments = useDepartments();
  const users = list.data?.pages.flatMap((p) => p.items) ?? [];
  const filtered = Boolean(q || role || storeId || status);

  const storeName = (id: string | null) => (id ? (stores.data?.items.find((s) => s.id === id)?.name ?? '—') : '—');
  const unitName = (u: User) => {
    const dept = departments.data?.find((d) => d.id === u.departmentId);
    const team = dept?.teams.find((tm) => tm.id === u.teamId);
    return [dept?.name, team?.name].filter(Boolean).join(' / ') || '—';
  };

  return (
    <>
      <PageHeader
        title={t('nav.users')}
        description={t('users.description')}
        actions={
          canManage && (
            <Button leftSection={<IconPlus size={16} />} onClick={() => setCreating(true)}>
              {t('users.create')}
            </Button>
          )
        }
      />
      <Paper withBorder p="md" radius="md">
        <Group mb="md" gap="sm" wrap="wrap">
          <TextInput
            placeholder={t('users.searchPlaceholder')}
            aria-label={t('common.search')}
            leftSection={<IconSearch size={16} />}
            value={search}
            onChange={(e) => setSearch(e.currentTarget.value)}
            w={260}
          />
          <Select placeholder={t('users.allRoles')} aria-label={t('users.fields.role')} data={roleOptions(t)} value={role} onChange={(v) => setRole(v as Role | null)} clearable w={180} />
          <Select
            placeholder={t('users.allStores')}
            aria-label={t('users.fields.store')}
            data={(stores.data?.items ?? []).map((s) => ({ value: s.id, label: s.name }))}
            value={storeId}
            onChange={setStoreId}
            clearable
            searchable
            w={200}
          />
          <Select
            placeholder={t('users.anyStatus')}
            aria-label={t('users.fields.status')}
            data={[
              { value: 'active', label: t('common.active') },
              { value: 'inactive', label: t('common.inactive') },
            ]}
            value={status}
            onChange={setStatus}
            clearable
            w={140}
          />
        </Group>
        {list.isPending ? (
          <TableSkeleton />
        ) : list.error ? (
          <ErrorAlert error={list.error} />
        ) : users.length === 0 ? (
          <EmptyState icon={<IconUsers size={28} />} title={filtered ? t('common.noMatches') : t('users.empty')} description={filtered ? t('common.noMatchesHint') : undefined} />
        ) : (
          <UsersTable users={users} storeName={storeName} unitName={unitName} canManage={canManage} onEdit={setEditing} onResetPassword={setResetting} />
        )}
        <LoadMore hasMore={Boolean(list.hasNextPage)} loading={list.isFetchingNextPage} onLoad={() => void list.fetchNextPage()} />
      </Paper>
      {canManage && (
        <>
          <UserCreateModal opened={creating} onClose={() => setCreating(false)} />
          <UserEditModal user={editing} onClose={() => setEditing(null)} />
          <UserPasswordModal user={resetting} onClose={() => setResetting(null)} />
        </>
      )}
    </>
  );
}
