import { Badge, Button, Table, Text } from '@mantine/core';
import { IconGavel } from '@tabler/icons-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../ui/empty-state';
import { ErrorAlert } from '../../ui/error-alert';
import { formatDateTime } from '../../ui/format';
import { LoadMore } from '../../ui/load-more';
import { TableSkeleton } from '../../ui/table-skeleton';
import { useReports } from './moderation.api';
import { ReportTypeBadge, decisionText } from './moderation-format';
import type { PlayerReport, ReportStatus } from './moderation.types';

/** The reports in one status, page by page; each row opens its report. */
export function ReportsTable({ status, onOpen }: { status: ReportStatus; onOpen: (r: PlayerReport) => void }) {
  const { t, i18n } = useTranslation();
  const reports = useReports(status);
  const items = useMemo(() => reports.data?.pages.flatMap((p) => p.items) ?? [], [reports.data]);
  if (reports.isPending) return <TableSkeleton />;
  if (reports.isError) return <ErrorAlert error={reports.error} />;
  if (items.length === 0) return <EmptyState icon={<IconGavel />} title={t(`casework.moderation.empty.${status}`)} description={t('casework.moderation.emptyHint')} />;
  return (
    <>
      <Table.ScrollContainer minWidth={760}>
        <Table highlightOnHover verticalSpacing="xs" aria-label={t(`casework.moderation.tabs.${status}`)}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('casework.moderation.columns.reportedAt')}</Table.Th>
              <Table.Th>{t('casework.moderation.columns.type')}</Table.Th>
              <Table.Th>{t('casework.moderation.columns.account')}</Table.Th>
              <Table.Th>{t('casework.moderation.columns.offences')}</Table.Th>
              <Table.Th>{status === 'open' ? t('casework.moderation.columns.description') : t('casework.moderation.columns.decision')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((r) => (
              <Table.Tr key={r.id} data-report={r.reportedAccount}>
                <Table.Td>
                  <Text size="sm">{formatDateTime(r.createdAt, i18n.language)}</Text>
                  <Text size="xs" c="dimmed" ff="monospace">
                    #{r.ticketNumber}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <ReportTypeBadge type={r.type} />
                </Table.Td>
                <Table.Td ff="monospace">{r.reportedAccount}</Table.Td>
                <Table.Td>
                  <Badge variant={r.reportedOffences > 0 ? 'filled' : 'light'} color={r.reportedOffences > 0 ? 'orange' : 'gray'} title={t('casework.moderation.offences', { count: r.reportedOffences })}>
                    {r.reportedOffences}
                  </Badge>
                </Table.Td>
                <Table.Td maw={320}>
                  <Text size="sm" lineClamp={2}>
                    {status === 'open' ? r.description : decisionText(t, r.decision)}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Button size="xs" variant="light" onClick={() => onOpen(r)} aria-label={t('casework.moderation.reviewFor', { account: r.reportedAccount })}>
                    {status === 'open' ? t('casework.moderation.review') : t('casework.moderation.view')}
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <LoadMore hasMore={Boolean(reports.hasNextPage)} loading={reports.isFetchingNextPage} onLoad={() => void reports.fetchNextPage()} />
    </>
  );
}
