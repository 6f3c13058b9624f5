import { Badge, Button, Paper, Table, Tabs, Text } from '@mantine/core';
import { IconUserShield } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../ui/empty-state';
import { ErrorAlert } from '../../ui/error-alert';
import { formatDateTime } from '../../ui/format';
import { LoadMore } from '../../ui/load-more';
import { PageHeader } from '../../ui/page-header';
import { TableSkeleton } from '../../ui/table-skeleton';
import { PriorityBadge, StatusBadge } from '../tickets/ticket-format';
import { AppealDrawer, appealStatusColor } from './appeal-drawer';
import { useAppeals, type AppealScope } from './appeals.api';
import type { AppealSummary } from './appeals.types';

/** A row: the appeal's account, score and status, and its ticket. */
function AppealRow({ appeal: a, onOpen }: { appeal: AppealSummary; onOpen: () => void }) {
  const { t, i18n } = useTranslation();
  return (
    <Table.Tr data-appeal={a.ticketNumber}>
      <Table.Td>
        <Text size="sm">{formatDateTime(a.createdAt, i18n.language)}</Text>
        <Text size="xs" c="dimmed" ff="monospace">
          #{a.ticketNumber}
        </Text>
      </Table.Td>
      <Table.Td ff="monospace" style={{ overflowWrap: 'anywhere' }}>
        {a.gameAccount}
      </Table.Td>
      <Table.Td>
        <Text fw={700}>{a.score}</Text>
      </Table.Td>
      <Table.Td>
        <Badge size="sm" variant="light" color={appealStatusColor[a.status]}>
          {t(`casework.appeals.status.${a.status}`)}
        </Badge>
      </Table.Td>
      <Table.Td>
        <StatusBadge status={a.ticketStatus} /> <PriorityBadge priority={a.ticketPriority} />
      </Table.Td>
      <Table.Td>
        <Button size="xs" variant="light" onClick={onOpen} aria-label={t('casework.appeals.reviewFor', { account: a.gameAccount })}>
          {t('casework.appeals.review')}
        </Button>
      </Table.Td>
    </Table.Tr>
  );
}

function AppealsTable({ scope, onOpen }: { scope: AppealScope; onOpen: (appeal: AppealSummary) => void }) {
  const { t } = useTranslation();
  const list = useAppeals(scope);
  const items = useMemo(() => list.data?.pages.flatMap((p) => p.items) ?? [], [list.data]);
  if (list.isPending) return <TableSkeleton />;
  if (list.isError) return <ErrorAlert error={list.error} />;
  if (items.length === 0) return <EmptyState icon={<IconUserShield />} title={t(`casework.appeals.empty.${scope}`)} description={t('casework.appeals.emptyHint')} />;
  return (
    <>
      <Table.ScrollContainer minWidth={720}>
        <Table highlightOnHover verticalSpacing="xs" aria-label={t(`casework.appeals.tabs.${scope}`)}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('casework.appeals.columns.received')}</Table.Th>
              <Table.Th>{t('casework.appeals.columns.account')}</Table.Th>
              <Table.Th>{t('casework.appeals.columns.score')}</Table.Th>
              <Table.Th>{t('casework.appeals.columns.status')}</Table.Th>
              <Table.Th>{t('casework.appeals.columns.ticket')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((a) => (
              <AppealRow key={a.id} appeal={a} onOpen={() => onOpen(a)} />
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <LoadMore hasMore={Boolean(list.hasNextPage)} loading={list.isFetchingNextPage} onLoad={() => void list.fetchNextPage()} />
    </>
  );
}

/** /appeals: account-recovery appeals waiting for a decision (oldest first) and those decided; each opens its checklist. */
export function AppealsPage() {
  const { t } = useTranslation();
  const [scope, setScope] = useState<AppealScope>('pending');
  const [selected, setSelected] = useState<AppealSummary | null>(null);
  return (
    <>
      <PageHeader title={t('casework.appeals.title')} description={t('casework.appeals.intro')} />
      <Tabs value={scope} onChange={(v) => v && setScope(v as AppealScope)} keepMounted={false}>
        <Tabs.List mb="md">
          <Tabs.Tab value="pending">{t('casework.appeals.tabs.pending')}</Tabs.Tab>
          <Tabs.Tab value="decided">{t('casework.appeals.tabs.decided')}</Tabs.Tab>
        </Tabs.List>
        <Paper withBorder p="md" radius="md">
          <AppealsTable scope={scope} onOpen={setSelected} />
        </Paper>
      </Tabs>
      <AppealDrawer row={selected} onClose={() => setSelected(null)} />
    </>
  );
}
