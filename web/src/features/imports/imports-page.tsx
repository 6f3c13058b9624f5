import { Anchor, Button, Paper, Table, Text } from '@mantine/core';
import { IconFileImport, IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState } from '../../ui/empty-state';
import { ErrorAlert } from '../../ui/error-alert';
import { formatDateTime } from '../../ui/format';
import { LoadMore } from '../../ui/load-more';
import { PageHeader } from '../../ui/page-header';
import { TableSkeleton } from '../../ui/table-skeleton';
import { formatBytes, formatInt } from './import-format';
import { ImportStatusBadge } from './import-status-badge';
import { useImportsInfinite } from './imports.api';

/** Past imports, newest first, with their status and counters. */
export function ImportsPage() {
  const { t, i18n } = useTranslation();
  const list = useImportsInfinite();
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];
  const n = (v: number) => formatInt(v, i18n.language);
  const newButton = (
    <Button component={Link} to="/imports/new" leftSection={<IconPlus size={16} />}>
      {t('imports.new')}
    </Button>
  );
  return (
    <>
      <PageHeader title={t('nav.imports')} description={t('imports.description')} actions={newButton} />
      {list.isPending ? (
        <TableSkeleton rows={5} />
      ) : list.error ? (
        <ErrorAlert error={list.error} />
      ) : items.length === 0 ? (
        <EmptyState icon={<IconFileImport size={28} />} title={t('imports.empty')} description={t('imports.emptyHint')} action={newButton} />
      ) : (
        <Paper withBorder radius="md">
          <Table highlightOnHover verticalSpacing="sm" data-testid="imports-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('imports.list.file')}</Table.Th>
                <Table.Th>{t('imports.list.kind')}</Table.Th>
                <Table.Th>{t('imports.list.status')}</Table.Th>
                <Table.Th ta="right">{t('imports.run.processed')}</Table.Th>
                <Table.Th ta="right">{t('imports.run.ok')}</Table.Th>
                <Table.Th ta="right">{t('imports.run.failed')}</Table.Th>
                <Table.Th>{t('imports.list.createdAt')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((imp) => (
                <Table.Tr key={imp.id} data-import-id={imp.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`/imports/${imp.id}`} fw={500} size="sm">
                      {imp.fileName}
                    </Anchor>
                    <Text size="xs" c="dimmed">
                      {formatBytes(imp.fileSize)}
                    </Text>
                  </Table.Td>
                  <Table.Td>{t(`imports.kinds.${imp.kind}`)}</Table.Td>
                  <Table.Td>
                    <ImportStatusBadge imp={imp} />
                  </Table.Td>
                  <Table.Td ta="right">{n(imp.rowsProcessed)}</Table.Td>
                  <Table.Td ta="right">{n(imp.rowsOk)}</Table.Td>
                  <Table.Td ta="right" c={imp.rowsFailed > 0 ? 'red.7' : undefined}>
                    {n(imp.rowsFailed)}
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{formatDateTime(imp.createdAt, i18n.language)}</Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Paper>
      )}
      <LoadMore hasMore={Boolean(list.hasNextPage)} loading={list.isFetchingNextPage} onLoad={() => void list.fetchNextPage()} />
    </>
  );
}
