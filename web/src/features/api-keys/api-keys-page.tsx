import { ActionIcon, Badge, Button, Group, Paper, Table, Text, Tooltip } from '@mantine/core';
import { IconApi, IconPlus, IconTrash } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiKey, CreateApiKeyResponse } from '../../api/types';
import { ConfirmDialog, useConfirmTarget } from '../../ui/confirm-dialog';
import { EmptyState } from '../../ui/empty-state';
import { ErrorAlert } from '../../ui/error-alert';
import { formatDateTime } from '../../ui/format';
import { LoadMore } from '../../ui/load-more';
import { notifyError, notifySuccess } from '../../ui/notify';
import { PageHeader } from '../../ui/page-header';
import { TableSkeleton } from '../../ui/table-skeleton';
import { useStoreOptions } from '../stores/stores.api';
import { ApiKeyCreateModal } from './api-key-create-modal';
import { ApiKeyRevealModal } from './api-key-reveal-modal';
import { apiKeysKey, revokeApiKey, useApiKeysInfinite } from './api-keys.api';

export function ApiKeysPage() {
  const { t, i18n } = useTranslation();
  const client = useQueryClient();
  const list = useApiKeysInfinite();
  const stores = useStoreOptions();
  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState<CreateApiKeyResponse | null>(null);
  const revoking = useConfirmTarget<ApiKey>();
  const keys = list.data?.pages.flatMap((p) => p.items) ?? [];

  const revoke = useMutation({
    mutationFn: (key: ApiKey) => revokeApiKey(key.id),
    onSuccess: (_, key) => {
      void client.invalidateQueries({ queryKey: apiKeysKey });
      notifySuccess(t('apiKeys.revoked', { name: key.name }));
      revoking.close();
    },
    onError: (err) => notifyError(t, err, t('apiKeys.revokeFailed')),
  });

  const storeName = (id: string | null) => (id ? (stores.data?.items.find((s) => s.id === id)?.name ?? '—') : t('apiKeys.allStores'));

  return (
    <>
      <PageHeader
        title={t('nav.apiKeys')}
        description={t('apiKeys.description')}
        actions={
          <Button leftSection={<IconPlus size={16} />} onClick={() => setCreating(true)}>
            {t('apiKeys.create')}
          </Button>
        }
      />
      <Paper withBorder p="md" radius="md">
        {list.isPending ? (
          <TableSkeleton />
        ) : list.error ? (
          <ErrorAlert error={list.error} />
        ) : keys.length === 0 ? (
          <EmptyState icon={<IconApi size={28} />} title={t('apiKeys.empty')} description={t('apiKeys.emptyHint')} />
        ) : (
          <Table.ScrollContainer minWidth={880}>
            <Table verticalSpacing="sm" highlightOnHover data-testid="api-keys-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('apiKeys.fields.name')}</Table.Th>
                  <Table.Th>{t('apiKeys.fields.scopes')}</Table.Th>
                  <Table.Th>{t('apiKeys.fields.store')}</Table.Th>
                  <Table.Th>{t('apiKeys.fields.created')}</Table.Th>
                  <Table.Th>{t('apiKeys.fields.lastUsed')}</Table.Th>
                  <Table.Th>{t('users.fields.status')}</Table.Th>
                  <Table.Th w={50} aria-label={t('common.actions')} />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {keys.map((k) => (
                  <Table.Tr key={k.id} opacity={k.revokedAt ? 0.6 : 1}>
                    <Table.Td>
                      <Text size="sm" fw={500}>
                        {k.name}
                      </Text>
                      <Text size="xs" c="dimmed" ff="monospace">
                        {k.prefix}…
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Group gap={4}>
                        {k.scopes.map((s) => (
                          <Tooltip key={s} label={t(`permissions.${s}`, { defaultValue: s })}>
                            <Badge size="xs" variant="light" ff="monospace" tt="none">
                              {s}
                            </Badge>
                          </Tooltip>
                        ))}
                      </Group>
                    </Table.Td>
                    <Table.Td>{storeName(k.storeId)}</Table.Td>
                    <Table.Td>{formatDateTime(k.createdAt, i18n.language)}</Table.Td>
                    <Table.Td>{k.lastUsedAt ? formatDateTime(k.lastUsedAt, i18n.language) : t('apiKeys.neverUsed')}</Table.Td>
                    <Table.Td>
                      <Badge variant="dot" color={k.revokedAt ? 'gray' : 'teal'}>
                        {k.revokedAt ? t('apiKeys.statusRevoked') : t('common.active')}
                      </Badge>
                    </Table.Td>
                    <Table.Td>
                      {!k.revokedAt && (
                        <Tooltip label={t('apiKeys.revoke')}>
                          <ActionIcon variant="subtle" color="red" aria-label={t('apiKeys.revokeNamed', { name: k.name })} onClick={() => revoking.ask(k)}>
                            <IconTrash size={16} />
                          </ActionIcon>
                        </Tooltip>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        <LoadMore hasMore={Boolean(list.hasNextPage)} loading={list.isFetchingNextPage} onLoad={() => void list.fetchNextPage()} />
      </Paper>
      <ApiKeyCreateModal
        opened={creating}
        onClose={() => setCreating(false)}
        onCreated={(res) => {
          setCreating(false);
          setCreated(res);
        }}
      />
      <ApiKeyRevealModal created={created} onClose={() => setCreated(null)} />
      <ConfirmDialog
        opened={revoking.opened}
        title={t('apiKeys.revokeTitle')}
        message={t('apiKeys.revokeConfirm', { name: revoking.target?.name ?? '' })}
        confirmLabel={t('apiKeys.revoke')}
        loading={revoke.isPending}
        onConfirm={() => revoking.target && revoke.mutate(revoking.target)}
        onClose={revoking.close}
      />
    </>
  );
}
