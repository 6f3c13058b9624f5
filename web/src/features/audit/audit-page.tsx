import { Button, Group, Paper, Select, Table, TextInput } from '@mantine/core';
import { IconHistory } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { auditActions } from '../../api/types';
import { EmptyState } from '../../ui/empty-state';
import { ErrorAlert } from '../../ui/error-alert';
import { LoadMore } from '../../ui/load-more';
import { PageHeader } from '../../ui/page-header';
import { TableSkeleton } from '../../ui/table-skeleton';
import { useAuditInfinite } from './audit.api';
import { AuditRow } from './audit-row';

/** `YYYY-MM-DD` from a date input, as the start (or end) of that day in the reader's zone. */
function dayBound(value: string, end: boolean): string | undefined {
  if (!value) return undefined;
  const date = new Date(`${value}T${end ? '23:59:59.999' : '00:00:00'}`);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

export function AuditPage() {
  const { t } = useTranslation();
  const [action, setAction] = useState<string | null>(null);
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const rangeInvalid = Boolean(from && to && from > to);
  const list = useAuditInfinite({
    action: action ?? undefined,
    from: rangeInvalid ? undefined : dayBound(from, false),
    to: rangeInvalid ? undefined : dayBound(to, true),
  });
  const entries = list.data?.pages.flatMap((p) => p.items) ?? [];
  const filtered = Boolean(action || from || to);

  return (
    <>
      <PageHeader title={t('nav.audit')} description={t('audit.description')} />
      <Paper withBorder p="md" radius="md">
        <Group mb="md" gap="sm" align="flex-end" wrap="wrap">
          <Select
            label={t('audit.fields.action')}
            placeholder={t('audit.allActions')}
            data={auditActions.map((a) => ({ value: a, label: `${a} — ${t(`audit.actions.${a}`)}` }))}
            value={action}
            onChange={setAction}
            clearable
            searchable
            w={320}
          />
          <TextInput label={t('audit.fields.from')} type="date" value={from} onChange={(e) => setFrom(e.currentTarget.value)} w={170} />
          <TextInput
            label={t('audit.fields.to')}
            type="date"
            value={to}
            onChange={(e) => setTo(e.currentTarget.value)}
            error={rangeInvalid ? t('audit.rangeInvalid') : undefined}
            w={170}
          />
          {filtered && (
            <Button
              variant="subtle"
              onClick={() => {
                setAction(null);
                setFrom('');
                setTo('');
              }}
            >
              {t('common.clearFilters')}
            </Button>
          )}
        </Group>
        {list.isPending ? (
          <TableSkeleton rows={8} />
        ) : list.error ? (
          <ErrorAlert error={list.error} />
        ) : entries.length === 0 ? (
          <EmptyState icon={<IconHistory size={28} />} title={filtered ? t('common.noMatches') : t('audit.empty')} />
        ) : (
          <Table.ScrollContainer minWidth={900}>
            <Table verticalSpacing="xs" data-testid="audit-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th aria-label={t('audit.details')} />
                  <Table.Th>{t('audit.fields.at')}</Table.Th>
                  <Table.Th>{t('audit.fields.action')}</Table.Th>
                  <Table.Th>{t('audit.fields.actor')}</Table.Th>
                  <Table.Th>{t('audit.fields.target')}</Table.Th>
                  <Table.Th>{t('audit.fields.ip')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {entries.map((e) => (
                  <AuditRow key={e.id} entry={e} />
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        <LoadMore hasMore={Boolean(list.hasNextPage)} loading={list.isFetchingNextPage} onLoad={() => void list.fetchNextPage()} />
      </Paper>
    </>
  );
}
