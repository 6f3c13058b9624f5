import { Badge, Button, Group, Skeleton, Stack, Table, Text, Tooltip } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../ui/error-alert';
import { formatDateTime } from '../../ui/format';
import { usePermissions } from '../auth/auth.api';
import { useCustomerSanctions } from './moderation.api';
import { SanctionKindBadge, sanctionState, sanctionTerm } from './moderation-format';
import { RevokeModal } from './revoke-modal';

const stateColor = { revoked: 'gray', inForce: 'red', ended: 'teal', recorded: 'yellow' } as const;

/** A profile's sanctions, newest first, with the counts and a revoke action for moderators. */
export function SanctionsTable({ customerId }: { customerId: string }) {
  const { t, i18n } = useTranslation();
  const can = usePermissions();
  const sanctions = useCustomerSanctions(customerId);
  const [revoking, setRevoking] = useState<string | null>(null);

  if (sanctions.isPending) return <Skeleton height={80} />;
  if (sanctions.isError) return <ErrorAlert error={sanctions.error} />;
  const { items, summary } = sanctions.data;
  return (
    <Stack gap="xs" data-testid="sanctions">
      <Group gap="xs">
        <Badge variant="light" color="gray">{t('casework.moderation.sanctions.counts', { warnings: summary.warnings, mutes: summary.mutes, bans: summary.bans })}</Badge>
        <Badge variant="light" color={summary.inForce.length > 0 ? 'red' : 'teal'}>{t('casework.moderation.sanctions.inForceCount', { count: summary.inForce.length })}</Badge>
      </Group>
      {items.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('casework.moderation.sanctions.empty')}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={520}>
          <Table verticalSpacing={4} fz="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('casework.moderation.sanctions.kind')}</Table.Th>
                <Table.Th>{t('casework.moderation.sanctions.term')}</Table.Th>
                <Table.Th>{t('casework.moderation.form.reason')}</Table.Th>
                <Table.Th>{t('casework.moderation.sanctions.state')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((s) => {
                const state = sanctionState(s);
                return (
                  <Table.Tr key={s.id} data-sanction={s.id} data-state={state}>
                    <Table.Td>
                      <SanctionKindBadge kind={s.kind} />
                    </Table.Td>
                    <Table.Td>{sanctionTerm(t, s, i18n.language)}</Table.Td>
                    <Table.Td style={{ overflowWrap: 'anywhere' }}>
                      {s.reason}
                      <Text size="xs" c="dimmed">
                        {formatDateTime(s.createdAt, i18n.language)}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Tooltip label={s.revokeReason ?? ''} disabled={!s.revokeReason}>
                        <Badge size="sm" variant="outline" color={stateColor[state]}>
                          {t(`casework.moderation.sanctions.states.${state}`)}
                        </Badge>
                      </Tooltip>
                    </Table.Td>
                    <Table.Td>
                      {!s.revokedAt && can('sanctions:write') && (
                        <Button size="compact-xs" variant="subtle" color="red" onClick={() => setRevoking(s.id)}>
                          {t('casework.moderation.revoke.button')}
                        </Button>
                      )}
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <RevokeModal sanctionId={revoking} onClose={() => setRevoking(null)} />
    </Stack>
  );
}
