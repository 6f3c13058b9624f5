import { Group, Select, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { notifyError } from '../../ui/notify';
import { useCurrentUser, usePermissions } from '../auth/auth.api';
import { useUserOptions } from '../users/users.api';
import { SlaBadge } from './sla-badge';
import { useSlaBadges } from './sla-badges.api';
import { relativeTime } from './ticket-format';
import { usePatchTicket } from './tickets.api';
import { ticketPriorities, ticketStatuses, type PatchTicketRequest, type Ticket } from './tickets.types';

const NONE = '__none__';

/** Subject, number and the status / priority / assignee selects; each change saves at once. */
export function TicketHeader({ ticket }: { ticket: Ticket }) {
  const { t, i18n } = useTranslation();
  const me = useCurrentUser();
  const can = usePermissions();
  const users = useUserOptions(can('users:read'));
  const patch = usePatchTicket(ticket.id);
  const sla = useSlaBadges([ticket.id], ticket.id);
  const closed = ticket.status === 'closed';
  const save = (body: PatchTicketRequest) => patch.mutate(body, { onError: (err) => notifyError(t, err) });

  const assignees = [
    { value: NONE, label: t('tickets.assignee.none') },
    { value: me.id, label: t('tickets.assignee.me', { name: me.name }) },
    ...(users.data?.items ?? []).filter((u) => u.active && u.id !== me.id).map((u) => ({ value: u.id, label: u.name })),
  ];
  if (ticket.assigneeId && !assignees.some((a) => a.value === ticket.assigneeId)) assignees.push({ value: ticket.assigneeId, label: t('tickets.assignee.other') });

  return (
    <Stack gap="xs">
      <Group gap="xs" wrap="nowrap" align="baseline">
        <Text c="dimmed" ff="monospace">
          {t('tickets.detail.number', { number: ticket.number })}
        </Text>
        <Title order={3} style={{ overflowWrap: 'anywhere' }}>
          {ticket.subject}
        </Title>
      </Group>
      <Group gap="xs">
        <Text size="xs" c="dimmed">
          {t(`tickets.channel.${ticket.channel}`)} · {t('tickets.detail.updated', { time: relativeTime(ticket.updatedAt, i18n.language) })}
        </Text>
        <SlaBadge badge={sla.data?.get(ticket.id)} />
      </Group>
      <Group gap="sm" grow>
        <Select
          size="xs"
          label={t('tickets.status.label')}
          disabled={closed || patch.isPending}
          value={ticket.status}
          allowDeselect={false}
          data={ticketStatuses.map((s) => ({ value: s, label: t(`tickets.status.${s}`), disabled: s === 'new' && ticket.status !== 'new' }))}
          onChange={(v) => v && v !== ticket.status && save({ status: v as Ticket['status'] })}
        />
        <Select
          size="xs"
          label={t('tickets.priority.label')}
          disabled={closed || patch.isPending}
          value={ticket.priority}
          allowDeselect={false}
          data={ticketPriorities.map((p) => ({ value: p, label: t(`tickets.priority.${p}`) }))}
          onChange={(v) => v && v !== ticket.priority && save({ priority: v as Ticket['priority'] })}
        />
        <Select
          size="xs"
          label={t('tickets.assignee.label')}
          disabled={closed || patch.isPending}
          value={ticket.assigneeId ?? NONE}
          allowDeselect={false}
          searchable
          data={assignees}
          onChange={(v) => v && v !== (ticket.assigneeId ?? NONE) && save({ assigneeId: v === NONE ? null : v })}
        />
      </Group>
    </Stack>
  );
}
