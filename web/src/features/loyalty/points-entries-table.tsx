import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../ui/error-alert';
import { formatDateTime } from '../../ui/format';
import { LoadMore } from '../../ui/load-more';
import { TableSkeleton } from '../../ui/table-skeleton';
import { usePointsEntries } from './loyalty.api';

/** A member's points ledger, newest first, "load more" at the end. */
export function PointsEntriesTable({ customerId }: { customerId: string }) {
  const { t, i18n } = useTranslation();
  const entries = usePointsEntries(customerId, true);
  if (entries.isPending) return <TableSkeleton rows={3} />;
  if (entries.error) return <ErrorAlert error={entries.error} />;
  const rows = entries.data.pages.flatMap((p) => p.items);
  if (rows.length === 0) return <Text size="sm" c="dimmed">{t('loyalty.panel.noEntries')}</Text>;
  return (
    <>
      <Table striped mt="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('loyalty.panel.when')}</Table.Th>
            <Table.Th>{t('loyalty.panel.kind')}</Table.Th>
            <Table.Th ta="right">{t('loyalty.fields.points')}</Table.Th>
            <Table.Th ta="right">{t('loyalty.panel.after')}</Table.Th>
            <Table.Th>{t('loyalty.panel.reason')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((e) => (
            <Table.Tr key={e.id}>
              <Table.Td>{formatDateTime(e.at, i18n.language)}</Table.Td>
              <Table.Td>{t(`loyalty.entryKinds.${e.kind}`)}</Table.Td>
              <Table.Td ta="right" c={e.delta < 0 ? 'red' : 'teal'}>{e.delta > 0 ? `+${e.delta}` : e.delta}</Table.Td>
              <Table.Td ta="right">{e.balanceAfter}</Table.Td>
              <Table.Td><Text size="sm" lineClamp={1}>{e.reason}</Text></Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <LoadMore hasMore={Boolean(entries.hasNextPage)} loading={entries.isFetchingNextPage} onLoad={() => void entries.fetchNextPage()} />
    </>
  );
}
