import { Badge, Button, Card, Group, Progress, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { IconAward, IconCoins } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MemberLoyalty } from '../../api/types';
import { ErrorAlert } from '../../ui/error-alert';
import { formatDateTime } from '../../ui/format';
import { notifyError } from '../../ui/notify';
import { TableSkeleton } from '../../ui/table-skeleton';
import { usePermissions } from '../auth/auth.api';
import { formatCents } from '../membership/membership-format';
import { AdjustPointsModal } from './adjust-points-modal';
import { memberLoyaltyKey, referralCode, useMemberLoyalty } from './loyalty.api';
import { PointsEntriesTable } from './points-entries-table';

/** Progress to the next tier: the larger share of its spend and visit thresholds (the smaller when both are needed). */
function tierProgress(m: MemberLoyalty): number {
  const next = m.nextTier;
  if (!next) return 100;
  const shares = [next.minSpendCents > 0 ? m.activity.spendCents / next.minSpendCents : null, next.minVisits > 0 ? m.activity.visits / next.minVisits : null].filter((x): x is number => x !== null);
  if (shares.length === 0) return 100;
  const share = next.qualify === 'all' ? Math.min(...shares) : Math.max(...shares);
  return Math.min(100, Math.round(share * 100));
}

/** The customer 360 page's loyalty card: points, expiring soon, tier and progress, coupons, referrals, adjust. */
export function CustomerLoyaltyPanel({ customerId }: { customerId: string }) {
  const { t, i18n } = useTranslation();
  const can = usePermissions();
  const client = useQueryClient();
  const [adjusting, setAdjusting] = useState(false);
  const [showEntries, setShowEntries] = useState(false);
  const loyalty = useMemberLoyalty(customerId);
  const code = useMutation({ mutationFn: () => referralCode(customerId), onSuccess: () => client.invalidateQueries({ queryKey: memberLoyaltyKey(customerId) }), onError: (err) => notifyError(t, err) });
  if (loyalty.isPending) return <TableSkeleton rows={3} />;
  if (loyalty.error) return <ErrorAlert error={loyalty.error} />;
  const m = loyalty.data;
  const expiring = m.expiringSoon.reduce((s, l) => s + l.points, 0);
  return (
    <Card withBorder radius="md" data-testid="customer-loyalty">
      <Group justify="space-between" mb="sm">
        <Title order={4}>{t('loyalty.panel.title')}</Title>
        {can('points:adjust') && <Button size="xs" variant="light" leftSection={<IconCoins size={14} />} onClick={() => setAdjusting(true)}>{t('loyalty.panel.adjust')}</Button>}
      </Group>
      <SimpleGrid cols={{ base: 1, sm: 3 }} mb="md">
        <Stack gap={2}>
          <Text size="xs" c="dimmed">{t('loyalty.panel.balance')}</Text>
          <Text size="xl" fw={700}>{m.balance.toLocaleString(i18n.language)}</Text>
          <Text size="xs" c={expiring > 0 ? 'orange' : 'dimmed'}>
            {expiring > 0 ? t('loyalty.panel.expiring', { points: expiring, date: formatDateTime(m.expiringSoon[0]!.expiresAt, i18n.language) }) : t('loyalty.panel.noExpiring')}
          </Text>
        </Stack>
        <Stack gap={4}>
          <Text size="xs" c="dimmed">{t('loyalty.panel.tier')}</Text>
          <Group gap={6}>
            {m.tier ? <Badge size="lg" leftSection={<IconAward size={14} />}>{m.tier.name}</Badge> : <Text size="sm">{t('loyalty.panel.noTier')}</Text>}
            {m.tier?.priorityService && <Badge color="grape" variant="light">{t('loyalty.tiers.priority')}</Badge>}
          </Group>
          {m.nextTier ? (
            <>
              <Progress value={tierProgress(m)} aria-label={t('loyalty.panel.progress')} />
              <Text size="xs" c="dimmed">
                {t('loyalty.panel.toNext', {
                  name: m.nextTier.name,
                  parts: [
                    m.nextTier.minSpendCents > 0 && t('loyalty.panel.spendPart', { spend: formatCents(m.activity.spendCents, i18n.language), target: formatCents(m.nextTier.minSpendCents, i18n.language) }),
                    m.nextTier.minVisits > 0 && t('loyalty.panel.visitsPart', { visits: m.activity.visits, target: m.nextTier.minVisits }),
                  ]
                    .filter(Boolean)
                    .join(m.nextTier.qualify === 'all' ? t('loyalty.panel.and') : t('loyalty.panel.or')),
                })}
              </Text>
            </>
          ) : (
            m.tier && <Text size="xs" c="dimmed">{t('loyalty.panel.topTier')}</Text>
          )}
        </Stack>
        <Stack gap={2}>
          <Text size="xs" c="dimmed">{t('loyalty.panel.referral')}</Text>
          {m.referral.code ? (
            <Text ff="monospace" fw={600}>{m.referral.code}</Text>
          ) : (
            <Button size="compact-xs" variant="subtle" onClick={() => code.mutate()} loading={code.isPending}>{t('loyalty.panel.makeCode')}</Button>
          )}
          <Text size="xs" c="dimmed">{t('loyalty.panel.referralStats', { invited: m.referral.invited, rewarded: m.referral.rewarded })}</Text>
        </Stack>
      </SimpleGrid>
      <Text size="sm" fw={500} mb={4}>{t('loyalty.panel.coupons')}</Text>
      {m.coupons.length === 0 ? (
        <Text size="sm" c="dimmed" mb="sm">{t('loyalty.panel.noCoupons')}</Text>
      ) : (
        <Table mb="sm">
          <Table.Tbody>
            {m.coupons.slice(0, 8).map((c) => (
              <Table.Tr key={c.id}>
                <Table.Td>{c.templateName}</Table.Td>
                <Table.Td ff="monospace">{c.code}</Table.Td>
                <Table.Td><Badge variant="light" color={c.status === 'issued' ? 'teal' : 'gray'}>{t(`loyalty.coupons.statuses.${c.status}`)}</Badge></Table.Td>
                <Table.Td><Text size="xs" c="dimmed">{c.validUntil ? t('loyalty.panel.until', { date: formatDateTime(c.validUntil, i18n.language) }) : ''}</Text></Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Button size="xs" variant="subtle" onClick={() => setShowEntries((v) => !v)}>{showEntries ? t('loyalty.panel.hideEntries') : t('loyalty.panel.showEntries')}</Button>
      {showEntries && <PointsEntriesTable customerId={customerId} />}
      {adjusting && <AdjustPointsModal customerId={customerId} balance={m.balance} onClose={() => setAdjusting(false)} />}
    </Card>
  );
}
