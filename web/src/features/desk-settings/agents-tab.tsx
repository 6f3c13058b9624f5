import { Badge, Group, Paper, Progress, Table, Text, Title } from '@mantine/core';
import { IconPencil, IconUsersGroup } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../ui/empty-state';
import { ErrorAlert } from '../../ui/error-alert';
import { formatDateTime } from '../../ui/format';
import { TableSkeleton } from '../../ui/table-skeleton';
import { AgentPresenceModal } from './agent-presence-modal';
import { useAgents } from './desk-settings.api';
import type { AgentPresence } from './desk-settings.types';
import { useDeskRefs } from './use-desk-refs';
import { IconAction } from '../../ui/icon-action';

const statusColor = { online: 'teal', away: 'yellow', offline: 'gray' } as const;

/** Who can take tickets: team members with their status, load against capacity and skills. */
export function AgentsTab() {
  const { t, i18n } = useTranslation();
  const agents = useAgents();
  const refs = useDeskRefs();
  const [editing, setEditing] = useState<AgentPresence | null>(null);
  const items = agents.data ?? [];
  return (
    <Paper withBorder p="md" radius="md">
      <Title order={4}>{t('deskSettings.tabs.agents')}</Title>
      <Text size="sm" c="dimmed" mb="md">
        {t('deskSettings.agents.description')}
      </Text>
      {agents.isPending ? (
        <TableSkeleton />
      ) : agents.error ? (
        <ErrorAlert error={agents.error} />
      ) : items.length === 0 ? (
        <EmptyState icon={<IconUsersGroup size={28} />} title={t('deskSettings.agents.empty')} description={t('deskSettings.agents.emptyHint')} />
      ) : (
        <Table verticalSpacing="sm" highlightOnHover>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('deskSettings.agents.name')}</Table.Th>
              <Table.Th>{t('deskSettings.rules.team')}</Table.Th>
              <Table.Th>{t('deskSettings.agents.status')}</Table.Th>
              <Table.Th w={160}>{t('deskSettings.agents.load')}</Table.Th>
              <Table.Th>{t('deskSettings.agents.skills')}</Table.Th>
              <Table.Th>{t('deskSettings.agents.lastAssigned')}</Table.Th>
              <Table.Th w={50} />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((a) => (
              <Table.Tr key={a.userId}>
                <Table.Td>
                  <Text size="sm" fw={500}>
                    {a.name}
                  </Text>
                </Table.Td>
                <Table.Td>{a.teamId ? refs.names.team(a.teamId) : '—'}</Table.Td>
                <Table.Td>
                  <Badge color={statusColor[a.status]} variant="light">
                    {t(`deskSettings.agents.statuses.${a.status}`)}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  <Text size="xs">{t('deskSettings.agents.loadValue', { open: a.openTickets, capacity: a.capacity })}</Text>
                  <Progress value={a.capacity > 0 ? Math.min(100, (a.openTickets / a.capacity) * 100) : 100} size="sm" color={a.openTickets >= a.capacity ? 'red' : 'blue'} />
                </Table.Td>
                <Table.Td>
                  <Group gap={4}>
                    {a.languages.length === 0 && a.categoryIds.length === 0 && (
                      <Text size="xs" c="dimmed">
                        {t('deskSettings.agents.anySkill')}
                      </Text>
                    )}
                    {a.languages.map((l) => (
                      <Badge key={l} size="xs" variant="outline">
                        {l}
                      </Badge>
                    ))}
                    {a.categoryIds.map((id) => (
                      <Badge key={id} size="xs" variant="light" color="grape">
                        {refs.names.category(id)}
                      </Badge>
                    ))}
                  </Group>
                </Table.Td>
                <Table.Td>
                  <Text size="xs" c="dimmed">
                    {a.lastAssignedAt ? formatDateTime(a.lastAssignedAt, i18n.language) : t('deskSettings.agents.never')}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <IconAction label={t('common.edit')} ariaLabel={t('deskSettings.editNamed', { name: a.name })} onClick={() => setEditing(a)}>
                    <IconPencil size={16} />
                  </IconAction>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <AgentPresenceModal agent={editing} refs={refs} onClose={() => setEditing(null)} />
    </Paper>
  );
}
