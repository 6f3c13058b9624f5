import { Alert, Anchor, Badge, Divider, Drawer, Group, Paper, Skeleton, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../ui/error-alert';
import { formatDateTime } from '../../ui/format';
import { usePermissions } from '../auth/auth.api';
import { AppealChecklist, AppealScore } from './appeal-checklist';
import { AppealDecisionForm } from './appeal-decision-form';
import { useAppeal } from './appeals.api';
import type { AppealClaims, AppealStatus, AppealSummary } from './appeals.types';

export const appealStatusColor: Record<AppealStatus, string> = { open: 'blue', more_info: 'yellow', approved: 'teal', rejected: 'red' };

/** One appeal: the appellant's account and story, the checklist with the score, and the decision. */
export function AppealDrawer({ row, onClose }: { row: Pick<AppealSummary, 'ticketId' | 'ticketNumber'> | null; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const can = usePermissions();
  const appeal = useAppeal(row?.ticketId ?? null);
  const a = appeal.data;
  const decided = a?.status === 'approved' || a?.status === 'rejected';
  return (
    <Drawer opened={row !== null} onClose={onClose} position="right" size="xl" title={a ? t('casework.appeals.drawerTitle', { account: a.gameAccount }) : t('casework.appeals.title')}>
      {row && appeal.isPending && <Skeleton height={360} />}
      {appeal.isError && <ErrorAlert error={appeal.error} />}
      {row && a && (
        <Stack gap="md" data-testid="appeal-detail">
          <Group gap="xs">
            <Badge variant="light" color={appealStatusColor[a.status]} data-testid="appeal-status">
              {t(`casework.appeals.status.${a.status}`)}
            </Badge>
            <Anchor component={Link} to={`/tickets/${a.ticketId}`} size="sm">
              {t('casework.appeals.openTicket', { number: row.ticketNumber })}
            </Anchor>
            <Text size="sm" c="dimmed">
              {t('casework.appeals.receivedAt', { time: formatDateTime(a.createdAt, i18n.language) })}
            </Text>
          </Group>
          <AppealScore appeal={a} />
          <AppealChecklist appeal={a} />
          {typeof (a.claims as AppealClaims).description === 'string' && (
            <Paper withBorder p="sm" radius="md">
              <Text size="xs" fw={700} c="dimmed" mb={4}>
                {t('casework.appeals.story')}
              </Text>
              <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                {(a.claims as AppealClaims).description}
              </Text>
            </Paper>
          )}
          {a.decidedAt && (
            <Alert variant="light" color={appealStatusColor[a.status]} title={t(`casework.appeals.status.${a.status}`)} data-testid="appeal-decision">
              <Text size="sm">{a.decisionReason}</Text>
              <Text size="xs" c="dimmed" mt={4}>
                {t('casework.appeals.decidedAt', { time: formatDateTime(a.decidedAt, i18n.language) })}
              </Text>
            </Alert>
          )}
          <Divider />
          {decided ? null : can('appeals:decide') ? (
            <AppealDecisionForm key={a.status} ticketId={a.ticketId} />
          ) : (
            <Alert color="gray" variant="light">
              {t('casework.appeals.readOnly')}
            </Alert>
          )}
        </Stack>
      )}
    </Drawer>
  );
}
