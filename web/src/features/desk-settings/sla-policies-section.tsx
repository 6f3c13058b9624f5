import { Badge, Button, Group, Paper, Table, Text, Title } from '@mantine/core';
import { IconClockHour4, IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../ui/empty-state';
import { ticketChannels, ticketPriorities } from '../tickets/tickets.types';
import type { BusinessCalendar, SlaPolicy } from './desk-settings.types';
import { PolicyRowActions, PolicyTargetCells, PolicyTargetHeads } from './policy-cells';
import type { PolicyTarget } from './policy-modal';

const rank = <T extends string>(list: readonly T[], v: string | null) => (v === null ? -1 : list.indexOf(v as T));

/** Base policies: one row per channel × priority (the API requires both), grouped by channel. */
export function SlaPoliciesSection(props: { policies: SlaPolicy[]; calendars: BusinessCalendar[]; onEdit: (t: PolicyTarget) => void; onDelete: (p: SlaPolicy) => void }) {
  const { t } = useTranslation();
  const base = props.policies
    .filter((p) => p.tierCode === null)
    .sort((a, b) => rank(ticketChannels, a.channel) - rank(ticketChannels, b.channel) || rank(ticketPriorities, a.priority) - rank(ticketPriorities, b.priority));
  const defaultCalendar = props.calendars.find((c) => c.isDefault);
  const calendarName = (id: string | null) => (id ? (props.calendars.find((c) => c.id === id)?.name ?? '—') : t('deskSettings.sla.defaultNamed', { name: defaultCalendar?.name ?? '' }));
  const label = (p: SlaPolicy) => `${p.channel ? t(`tickets.channel.${p.channel}`) : '*'} · ${p.priority ? t(`tickets.priority.${p.priority}`) : '*'}`;
  const groups = ticketChannels.map((channel) => ({ channel, rows: base.filter((p) => p.channel === channel) })).filter((g) => g.rows.length > 0);

  return (
    <Paper withBorder p="md" radius="md">
      <Group justify="space-between" mb="sm">
        <div>
          <Title order={4}>{t('deskSettings.sla.policies')}</Title>
          <Text size="sm" c="dimmed">
            {t('deskSettings.sla.policiesHint')}
          </Text>
        </div>
        <Button variant="light" leftSection={<IconPlus size={16} />} onClick={() => props.onEdit({ kind: 'base', policy: null })}>
          {t('deskSettings.sla.createPolicy')}
        </Button>
      </Group>
      {base.length === 0 ? (
        <EmptyState icon={<IconClockHour4 size={28} />} title={t('deskSettings.sla.noPolicies')} description={t('deskSettings.sla.noPoliciesHint')} />
      ) : (
        <Table verticalSpacing={6} data-testid="sla-policies" striped={false}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('tickets.channel.label')}</Table.Th>
              <Table.Th>{t('tickets.priority.label')}</Table.Th>
              <Table.Th>{t('deskSettings.sla.calendar')}</Table.Th>
              <PolicyTargetHeads />
              <Table.Th w={80} />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {groups.map((g) =>
              g.rows.map((p, i) => (
                <Table.Tr key={p.id} data-policy={`${p.channel}:${p.priority}`}>
                  {i === 0 && (
                    <Table.Td rowSpan={g.rows.length} valign="top">
                      <Text fw={600} size="sm">
                        {t(`tickets.channel.${g.channel}`)}
                      </Text>
                    </Table.Td>
                  )}
                  <Table.Td>
                    <Badge variant="light" color={p.priority === 'urgent' ? 'red' : p.priority === 'high' ? 'orange' : 'gray'}>
                      {p.priority ? t(`tickets.priority.${p.priority}`) : '*'}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    <Text size="xs" c="dimmed" lineClamp={1}>
                      {calendarName(p.calendarId)}
                    </Text>
                  </Table.Td>
                  <PolicyTargetCells policy={p} />
                  <Table.Td>
                    <PolicyRowActions label={label(p)} onEdit={() => props.onEdit({ kind: 'base', policy: p })} onDelete={() => props.onDelete(p)} />
                  </Table.Td>
                </Table.Tr>
              )),
            )}
          </Table.Tbody>
        </Table>
      )}
    </Paper>
  );
}
