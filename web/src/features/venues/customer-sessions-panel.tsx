import { Badge, Paper, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../ui/error-alert';
import { formatDateTime } from '../../ui/format';
import { TableSkeleton } from '../../ui/table-skeleton';
import { usePermissions } from '../auth/auth.api';
import { formatCents } from '../membership/membership-format';
import { useMemberSessions } from './venues.api';

const reasons = ['manual', 'balance_exhausted', 'override'] as const;

/** Seat sessions on the customer 360 page: the running one first, then history. */
export function CustomerSessionsPanel({ customerId }: { customerId: string }) {
  return usePermissions()('members:read') ? <SessionsTable customerId={customerId} /> : null;
}

function SessionsTable({ customerId }: { customerId: string }) {
  const { t, i18n } = useTranslation();
  const sessions = useMemberSessions(customerId);
  const items = sessions.data?.items ?? [];
  return (
    <Paper withBorder p="md" radius="md">
      <Title order={4} mb="sm">
        {t('venues.sessions.title')}
      </Title>
      {sessions.isPending ? (
        <TableSkeleton rows={3} />
      ) : sessions.error ? (
        <ErrorAlert error={sessions.error} />
      ) : items.length === 0 ? (
        <Text c="dimmed" size="sm">
          {t('venues.sessions.none')}
        </Text>
      ) : (
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('venues.sessions.seat')}</Table.Th>
              <Table.Th>{t('venues.sessions.started')}</Table.Th>
              <Table.Th>{t('venues.sessions.ended')}</Table.Th>
              <Table.Th>{t('venues.sessions.minutes')}</Table.Th>
              <Table.Th>{t('venues.sessions.charged')}</Table.Th>
              <Table.Th>{t('venues.sessions.reason')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((s) => {
              const reason = reasons.find((r) => r === s.endReason);
              return (
                <Table.Tr key={s.id}>
                  <Table.Td>{s.seatLabel}</Table.Td>
                  <Table.Td>{formatDateTime(s.startedAt, i18n.language)}</Table.Td>
                  <Table.Td>
                    {s.status === 'active' ? <Badge color="blue">{t('venues.sessions.status.active')}</Badge> : formatDateTime(s.endedAt, i18n.language)}
                  </Table.Td>
                  <Table.Td>{s.chargedMinutes}</Table.Td>
                  <Table.Td>{formatCents(s.centsCharged, i18n.language)}</Table.Td>
                  <Table.Td>{reason ? t(`venues.sessions.reasons.${reason}`) : s.status === 'active' ? t('venues.floor.minutesLeft', { minutes: s.minutesLeft ?? 0 }) : ''}</Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      )}
    </Paper>
  );
}
