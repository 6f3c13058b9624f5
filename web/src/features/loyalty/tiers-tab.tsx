import { ActionIcon, Badge, Button, Group, Paper, Table, Title } from '@mantine/core';
import { IconAward, IconPlus, IconTrash } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { Tier } from '../../api/types';
import { EmptyState } from '../../ui/empty-state';
import { ErrorAlert } from '../../ui/error-alert';
import { notifyError, notifySuccess } from '../../ui/notify';
import { TableSkeleton } from '../../ui/table-skeleton';
import { SpendChart } from '../customers/spend-chart';
import { formatCents } from '../membership/membership-format';
import { deleteTier, listTiers, loyaltyKey, useLoyaltyList } from './loyalty.api';
import { TierFormModal } from './tier-form-modal';

const colors = ['#adb5bd', '#74c0fc', '#fcc419', '#845ef7', '#f06595', '#20c997'];

/** Tiers in rank order with thresholds and benefits, and a chart of members per tier. */
export function TiersTab() {
  const { t, i18n } = useTranslation();
  const client = useQueryClient();
  const [creating, setCreating] = useState(false);
  const tiers = useLoyaltyList('tiers', listTiers);
  const items = useMemo(() => tiers.data?.items ?? [], [tiers.data]);
  const bars = useMemo(() => items.map((tier, i) => ({ label: tier.name, value: tier.members, color: colors[i % colors.length]! })), [items]);
  const count = useCallback((n: number) => String(n), []);
  const remove = useMutation({
    mutationFn: (id: string) => deleteTier(id),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: [...loyaltyKey, 'tiers'] });
      notifySuccess(t('loyalty.tiers.deleted'));
    },
    onError: (err) => notifyError(t, err),
  });
  return (
    <Paper withBorder p="md" radius="md">
      <Group justify="space-between" mb="sm">
        <Title order={4}>{t('loyalty.tabs.tiers')}</Title>
        <Button leftSection={<IconPlus size={16} />} onClick={() => setCreating(true)}>{t('loyalty.tiers.create')}</Button>
      </Group>
      {tiers.isPending ? (
        <TableSkeleton />
      ) : tiers.error ? (
        <ErrorAlert error={tiers.error} />
      ) : items.length === 0 ? (
        <EmptyState icon={<IconAward size={28} />} title={t('loyalty.tiers.empty')} description={t('loyalty.tiers.emptyHint')} />
      ) : (
        <>
          <SpendChart bars={bars} format={count} ariaLabel={t('loyalty.tiers.chart')} />
          <Table mt="md" highlightOnHover>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('loyalty.tiers.rank')}</Table.Th>
                <Table.Th>{t('loyalty.fields.name')}</Table.Th>
                <Table.Th>{t('loyalty.tiers.thresholds')}</Table.Th>
                <Table.Th>{t('loyalty.tiers.benefits')}</Table.Th>
                <Table.Th>{t('loyalty.tiers.members')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((tier) => (
                <Table.Tr key={tier.id}>
                  <Table.Td>{tier.rank}</Table.Td>
                  <Table.Td>{tier.name} <Badge variant="outline" size="xs">{tier.code}</Badge></Table.Td>
                  <Table.Td>
                    {thresholdText(t, tier, i18n.language)}
                  </Table.Td>
                  <Table.Td>
                    <Group gap={4}>
                      {tier.rateDiscountPct > 0 && <Badge color="teal" variant="light">{t('loyalty.tiers.discountBadge', { pct: tier.rateDiscountPct })}</Badge>}
                      {tier.pointsMultiplier !== 1 && <Badge variant="light">×{tier.pointsMultiplier}</Badge>}
                      {tier.priorityService && <Badge color="grape" variant="light">{t('loyalty.tiers.priority')}</Badge>}
                      {tier.birthdayPoints > 0 && <Badge color="pink" variant="light">{t('loyalty.tiers.birthdayBadge', { points: tier.birthdayPoints })}</Badge>}
                    </Group>
                  </Table.Td>
                  <Table.Td>{tier.members}</Table.Td>
                  <Table.Td>
                    <ActionIcon variant="subtle" color="red" aria-label={t('loyalty.tiers.delete')} disabled={tier.members > 0} onClick={() => window.confirm(t('loyalty.tiers.deleteConfirm', { name: tier.name })) && remove.mutate(tier.id)}>
                      <IconTrash size={16} />
                    </ActionIcon>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </>
      )}
      {creating && <TierFormModal nextRank={items.length === 0 ? 0 : Math.max(...items.map((x) => x.rank)) + 1} onClose={() => setCreating(false)} />}
    </Paper>
  );
}

/** A tier's thresholds in words; a zero threshold is not set, so it is left out (as the server's rule does). */
function thresholdText(t: TFunction, tier: Tier, lang: string): string {
  const spend = formatCents(tier.minSpendCents, lang);
  if (tier.minSpendCents > 0 && tier.minVisits > 0) return t(tier.qualify === 'all' ? 'loyalty.tiers.thresholdAll' : 'loyalty.tiers.thresholdAny', { spend, visits: tier.minVisits });
  if (tier.minSpendCents > 0) return t('loyalty.tiers.thresholdSpend', { spend });
  if (tier.minVisits > 0) return t('loyalty.tiers.thresholdVisits', { visits: tier.minVisits });
  return t('loyalty.tiers.thresholdNone');
}
