import { Alert, Anchor, Badge, Divider, Drawer, Group, List, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../ui/error-alert';
import { formatDateTime } from '../../ui/format';
import { usePermissions } from '../auth/auth.api';
import { DecisionForm } from './decision-form';
import { useReport } from './moderation.api';
import { decisionText, ReportStatusBadge, ReportTypeBadge } from './moderation-format';
import type { PlayerReport } from './moderation.types';
import { SanctionsTable } from './sanctions-table';

const isLink = (s: string) => /^https?:\/\/\S+$/i.test(s);

function Evidence({ items }: { items: string[] }) {
  const { t } = useTranslation();
  if (items.length === 0) return <Text size="sm" c="dimmed">{t('casework.moderation.noEvidence')}</Text>;
  return (
    <List size="sm" type="ordered" data-testid="evidence">
      {items.map((e, i) => (
        <List.Item key={i} style={{ overflowWrap: 'anywhere' }}>
          {isLink(e) ? (
            <Anchor href={e} target="_blank" rel="noopener noreferrer">
              {e}
            </Anchor>
          ) : (
            e
          )}
        </List.Item>
      ))}
    </List>
  );
}

/** One report: what was reported and the evidence, the decision (or the form to make it), and the account's sanctions. */
function ReportDetail({ report: r }: { report: PlayerReport }) {
  const { t, i18n } = useTranslation();
  const can = usePermissions();
  return (
    <Stack gap="md" data-testid="report-detail">
      <Group gap="xs">
        <ReportTypeBadge type={r.type} />
        <ReportStatusBadge status={r.status} />
        <Badge variant="light" color={r.reportedOffences > 0 ? 'orange' : 'gray'} data-testid="offences">
          {t('casework.moderation.offences', { count: r.reportedOffences })}
        </Badge>
      </Group>
      <Text size="sm" c="dimmed">
        {t('casework.moderation.reportedAt', { time: formatDateTime(r.createdAt, i18n.language) })} ·{' '}
        <Anchor component={Link} to={`/tickets/${r.ticketId}`} size="sm">
          {t('casework.moderation.reporterTicket', { number: r.ticketNumber })}
        </Anchor>
      </Text>
      <Paper withBorder p="sm" radius="md">
        <Text size="xs" fw={700} c="dimmed" mb={4}>
          {t('casework.moderation.description')}
        </Text>
        <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
          {r.description}
        </Text>
        <Text size="xs" fw={700} c="dimmed" mt="sm" mb={4}>
          {t('casework.moderation.evidence')}
        </Text>
        <Evidence items={r.evidence} />
      </Paper>
      {r.status === 'open' ? (
        can('sanctions:write') ? (
          <Paper withBorder p="sm" radius="md">
            <DecisionForm report={r} />
          </Paper>
        ) : (
          <Alert color="gray" variant="light">{t('casework.moderation.readOnly')}</Alert>
        )
      ) : (
        <Alert color={r.status === 'actioned' ? 'red' : 'gray'} variant="light" title={decisionText(t, r.decision)} data-testid="decision">
          <Text size="sm">{String(r.decision?.reason ?? '')}</Text>
          <Text size="xs" c="dimmed" mt={4}>
            {t('casework.moderation.decidedAt', { time: formatDateTime(r.decidedAt, i18n.language) })}
          </Text>
        </Alert>
      )}
      <Divider />
      <Group justify="space-between" gap="xs">
        <Title order={5}>{t('casework.moderation.sanctions.title')}</Title>
        {r.reportedCustomerId && can('customers:read') && (
          <Anchor component={Link} to={`/customers/${r.reportedCustomerId}`} size="sm">
            {t('casework.moderation.openProfile')}
          </Anchor>
        )}
      </Group>
      {!r.reportedCustomerId && (
        <Text size="sm" c="dimmed">
          {t('casework.moderation.sanctions.noProfile')}
        </Text>
      )}
      {/* On the account, and on the profile holding it: the sanctions `reportedOffences` counts. */}
      <SanctionsTable filter={r.reportedCustomerId ? { gameAccount: r.reportedAccount, customerId: r.reportedCustomerId } : { gameAccount: r.reportedAccount }} />
    </Stack>
  );
}

/** The drawer of the report `reportId` (from a queue row or `/moderation?report=<id>`). */
export function ReportDrawer({ reportId, onClose }: { reportId: string | null; onClose: () => void }) {
  const { t } = useTranslation();
  const report = useReport(reportId);
  const r = report.data;
  return (
    <Drawer opened={reportId !== null} onClose={onClose} position="right" size="xl" title={r ? t('casework.moderation.drawerTitle', { account: r.reportedAccount }) : t('casework.moderation.title')}>
      {reportId && report.isPending && <Skeleton height={360} />}
      {report.isError && <ErrorAlert error={report.error} />}
      {reportId && r && <ReportDetail report={r} />}
    </Drawer>
  );
}
