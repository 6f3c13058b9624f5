import { Alert, Anchor, Badge, Button, Divider, Drawer, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '../../ui/format';
import { usePermissions } from '../auth/auth.api';
import { DecisionForm } from './decision-form';
import { decisionText, ReportStatusBadge, ReportTypeBadge } from './moderation-format';
import type { PlayerReport } from './moderation.types';
import { RevokeModal } from './revoke-modal';
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
export function ReportDrawer({ report, onClose, onDecided }: { report: PlayerReport | null; onClose: () => void; onDecided: (r: PlayerReport) => void }) {
  const { t, i18n } = useTranslation();
  const can = usePermissions();
  const [revoking, setRevoking] = useState<string | null>(null);
  const r = report;
  return (
    <Drawer opened={r !== null} onClose={onClose} position="right" size="xl" title={r ? t('casework.moderation.drawerTitle', { account: r.reportedAccount }) : ''}>
      {r && (
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
                <DecisionForm report={r} onDecided={onDecided} />
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
          <Title order={5}>{t('casework.moderation.sanctions.title')}</Title>
          {r.reportedCustomerId && can('customers:read') ? (
            <>
              <Anchor component={Link} to={`/customers/${r.reportedCustomerId}`} size="sm">
                {t('casework.moderation.openProfile')}
              </Anchor>
              <SanctionsTable customerId={r.reportedCustomerId} />
            </>
          ) : (
            <Stack gap="xs" align="flex-start">
              <Text size="sm" c="dimmed">
                {t(r.reportedCustomerId ? 'casework.moderation.sanctions.noAccess' : 'casework.moderation.sanctions.noProfile')}
              </Text>
              {r.sanctionId && can('sanctions:write') && (
                <Button size="xs" variant="light" color="red" onClick={() => setRevoking(r.sanctionId)}>
                  {t('casework.moderation.revoke.thisOne')}
                </Button>
              )}
            </Stack>
          )}
          <RevokeModal sanctionId={revoking} onClose={() => setRevoking(null)} />
        </Stack>
      )}
    </Drawer>
  );
}
