import { Badge, Button, Paper, SegmentedControl, Table, Text } from '@mantine/core';
import { IconBug, IconCircleCheck, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../ui/empty-state';
import { ErrorAlert } from '../../ui/error-alert';
import { formatDateTime } from '../../ui/format';
import { PageHeader } from '../../ui/page-header';
import { TableSkeleton } from '../../ui/table-skeleton';
import { usePermissions } from '../auth/auth.api';
import { useKnownIssues } from './desk-settings.api';
import type { KnownIssue } from './desk-settings.types';
import { FixIssueModal } from './fix-issue-modal';
import { KnownIssueModal } from './known-issue-modal';

type Filter = 'open' | 'fixed' | 'all';

/** /known-issues: what players keep reporting, how many reports are linked, and the fix that tells them. */
export function KnownIssuesPage() {
  const { t, i18n } = useTranslation();
  const can = usePermissions();
  const issues = useKnownIssues();
  const [filter, setFilter] = useState<Filter>('open');
  const [creating, setCreating] = useState(false);
  const [fixing, setFixing] = useState<KnownIssue | null>(null);
  const all = issues.data ?? [];
  const items = filter === 'all' ? all : all.filter((i) => i.status === filter);

  return (
    <>
      <PageHeader
        title={t('knownIssues.title')}
        description={t('knownIssues.description')}
        actions={
          can('tickets:write') && (
            <Button leftSection={<IconPlus size={16} />} onClick={() => setCreating(true)}>
              {t('knownIssues.create')}
            </Button>
          )
        }
      />
      <SegmentedControl
        mb="md"
        aria-label={t('knownIssues.filter')}
        value={filter}
        onChange={(v) => setFilter(v as Filter)}
        data={(['open', 'fixed', 'all'] as const).map((f) => ({ value: f, label: `${t(`knownIssues.filters.${f}`)} (${f === 'all' ? all.length : all.filter((i) => i.status === f).length})` }))}
      />
      {issues.isPending ? (
        <TableSkeleton />
      ) : issues.error ? (
        <ErrorAlert error={issues.error} />
      ) : items.length === 0 ? (
        <EmptyState icon={<IconBug size={28} />} title={t(all.length === 0 ? 'knownIssues.empty' : 'knownIssues.emptyFilter')} description={all.length === 0 ? t('knownIssues.emptyHint') : undefined} />
      ) : (
        <Paper withBorder radius="md">
          <Table verticalSpacing="sm" highlightOnHover data-testid="known-issues">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('knownIssues.fields.title')}</Table.Th>
                <Table.Th w={200}>{t('knownIssues.fields.status')}</Table.Th>
                <Table.Th w={130}>{t('knownIssues.fields.linkedReports')}</Table.Th>
                <Table.Th w={180}>{t('knownIssues.fields.createdAt')}</Table.Th>
                {can('tickets:manage') && <Table.Th w={140} />}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((issue) => (
                <Table.Tr key={issue.id} data-issue={issue.title}>
                  <Table.Td>
                    <Text size="sm" fw={500}>
                      {issue.title}
                    </Text>
                    {issue.description && (
                      <Text size="xs" c="dimmed" lineClamp={2}>
                        {issue.description}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    {issue.status === 'fixed' ? (
                      <Badge color="teal" variant="light" leftSection={<IconCircleCheck size={12} />}>
                        {t('knownIssues.fixedIn', { version: issue.fixedInVersion ?? '' })}
                      </Badge>
                    ) : (
                      <Badge color="orange" variant="light">
                        {t('knownIssues.filters.open')}
                      </Badge>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" data-testid="linked-reports">
                      {issue.linkedReports}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="xs" c="dimmed">
                      {formatDateTime(issue.createdAt, i18n.language)}
                    </Text>
                  </Table.Td>
                  {can('tickets:manage') && (
                    <Table.Td>
                      {issue.status === 'open' && (
                        <Button size="xs" variant="light" color="teal" onClick={() => setFixing(issue)} aria-label={t('knownIssues.markFixedNamed', { title: issue.title })}>
                          {t('knownIssues.markFixed')}
                        </Button>
                      )}
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Paper>
      )}
      <KnownIssueModal opened={creating} onClose={() => setCreating(false)} />
      <FixIssueModal issue={fixing} onClose={() => setFixing(null)} />
    </>
  );
}
