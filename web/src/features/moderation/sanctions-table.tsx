import { Anchor, Badge, Button, Group, Skeleton, Stack, Table, Text, Tooltip } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../ui/error-alert';
import { formatDateTime } from '../../ui/format';
import { LoadMore } from '../../ui/load-more';
import { usePermissions } from '../auth/auth.api';
import { useStoreOptions } from '../stores/stores.api';
import { useSanctions } from './moderation.api';
import { SanctionKindBadge, sanctionState, sanctionTerm } from './moderation-format';
import type { Sanction, SanctionFilter } from './moderation.types';
import { RevokeModal } from './revoke-modal';

const stateColor = { revoked: 'gray', inForce: 'red', ended: 'teal', recorded: 'yellow' } as const;

/** Who was sanctioned: the game account, and a link to the profile when there is one (and it may be opened). */
function Player({ s, canOpen }: { s: Sanction; canOpen: boolean }) {
  const { t } = useTranslation();
  return (
    <Stack gap={0}>
      <Text size="sm" ff="monospace" style={{ overflowWrap: 'anywhere' }}>
        {s.gameAccount ?? '—'}
      </Text>
      {s.customerId && canOpen && (
        <Anchor component={Link} to={`/customers/${s.customerId}`} size="xs">
          {t('casework.moderation.sanctions.profile')}
        </Anchor>
      )}
    </Stack>
  );
}

/**
 * Sanctions matching `filter` (GET /sanctions), newest first, with the counts over all of them and
 * a revoke action for moderators. `wide` adds who was sanctioned and at which cafe (the list across players).
 */
export function SanctionsTable({ filter, wide = false, emptyText }: { filter: SanctionFilter; wide?: boolean; emptyText?: string }) {
  const { t, i18n } = useTranslation();
  const can = usePermissions();
  const sanctions = useSanctions(filter);
  const stores = useStoreOptions(wide);
  const storeName = useMemo(() => new Map((stores.data?.items ?? []).map((s) => [s.id, s.name])), [stores.data]);
  const [revoking, setRevoking] = useState<string | null>(null);

  if (sanctions.isPending) return <Skeleton height={80} />;
  if (sanctions.isError) return <ErrorAlert error={sanctions.error} />;
  const items = sanctions.data.pages.flatMap((p) => p.items);
  const counts = sanctions.data.pages[0]!.counts;
  return (
    <Stack gap="xs" data-testid="sanctions">
      <Group gap="xs">
        <Badge variant="light" color="gray">
          {t('casework.moderation.sanctions.counts', { warnings: counts.warnings, mutes: counts.mutes, bans: counts.bans })}
        </Badge>
        <Badge variant="light" color={counts.inForce > 0 ? 'red' : 'teal'}>
          {t('casework.moderation.sanctions.inForceCount', { count: counts.inForce })}
        </Badge>
      </Group>
      {items.length === 0 ? (
        <Text size="sm" c="dimmed">
          {emptyText ?? t('casework.moderation.sanctions.empty')}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={wide ? 860 : 520}>
          <Table verticalSpacing={4} fz="sm" aria-label={t('casework.moderation.sanctions.title')}>
            <Table.Thead>
              <Table.Tr>
                {wide && <Table.Th>{t('casework.moderation.sanctions.player')}</Table.Th>}
                {wide && <Table.Th>{t('casework.moderation.sanctions.store')}</Table.Th>}
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
                    {wide && (
                      <Table.Td>
                        <Player s={s} canOpen={can('customers:read')} />
                      </Table.Td>
                    )}
                    {wide && <Table.Td>{s.storeId ? (storeName.get(s.storeId) ?? t('casework.moderation.sanctions.unknownStore')) : '—'}</Table.Td>}
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
      <LoadMore hasMore={Boolean(sanctions.hasNextPage)} loading={sanctions.isFetchingNextPage} onLoad={() => void sanctions.fetchNextPage()} />
      <RevokeModal sanctionId={revoking} onClose={() => setRevoking(null)} />
    </Stack>
  );
}
