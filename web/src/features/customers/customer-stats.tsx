import { Group, Paper, SimpleGrid, Stack, Text, ThemeIcon, Title, Tooltip } from '@mantine/core';
import { IconActivity, IconCalendarPlus, IconCoin, IconLogin, IconMapPin, IconReceipt, IconShoppingBag, type Icon } from '@tabler/icons-react';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { CustomerStats } from '../../api/types';
import { formatDateTime } from '../../ui/format';
import { formatCount, formatMoney, formatRelative } from './customer-format';
import { SpendChart } from './spend-chart';

function StatCard({ icon: StatIcon, label, value, hint, color }: { icon: Icon; label: string; value: string; hint?: string; color: string }) {
  return (
    <Paper withBorder p="sm" radius="md">
      <Group gap="sm" wrap="nowrap" align="flex-start">
        <ThemeIcon variant="light" color={color} size={32} radius="md">
          <StatIcon size={18} />
        </ThemeIcon>
        <Stack gap={0} style={{ minWidth: 0 }}>
          <Text size="xs" c="dimmed" truncate>
            {label}
          </Text>
          <Tooltip label={hint} disabled={!hint}>
            <Text fw={600} size="sm" truncate style={{ fontVariantNumeric: 'tabular-nums' }}>
              {value}
            </Text>
          </Tooltip>
        </Stack>
      </Group>
    </Paper>
  );
}

/** The aggregates the header does not show, and a chart of the spend figures. */
export function CustomerStatsPanel({ stats, currency }: { stats: CustomerStats; currency: string | undefined }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const money = useCallback((n: number) => formatMoney(n, currency, locale), [currency, locale]);
  const when = (iso: string | null) => (iso ? formatRelative(iso, locale) : t('customers.never'));
  const exact = (iso: string | null) => (iso ? formatDateTime(iso, locale) : undefined);

  const bars = useMemo(
    () => [
      { label: t('customers.stats.totalSpend'), value: Number(stats.totalSpend) || 0, color: '#4c6ef5' },
      { label: t('customers.stats.spend12m'), value: Number(stats.spend12m) || 0, color: '#7950f2' },
      { label: t('customers.stats.rechargeTotal'), value: Number(stats.rechargeTotal) || 0, color: '#12b886' },
    ],
    [stats.totalSpend, stats.spend12m, stats.rechargeTotal, t],
  );
  const hasSpend = bars.some((b) => b.value > 0);

  return (
    <Paper withBorder p="lg" radius="md" data-testid="customer-stats">
      <Title order={4} mb="sm">
        {t('customers.stats.title')}
      </Title>
      <SimpleGrid cols={{ base: 2, sm: 3, lg: 4 }} spacing="sm">
        <StatCard icon={IconReceipt} color="teal" label={t('customers.stats.rechargeTotal')} value={money(Number(stats.rechargeTotal) || 0)} />
        <StatCard icon={IconShoppingBag} color="cyan" label={t('customers.stats.purchases')} value={formatCount(stats.purchaseCount, locale)} />
        <StatCard icon={IconCoin} color="teal" label={t('customers.stats.lastRecharge')} value={when(stats.lastRechargeAt)} hint={exact(stats.lastRechargeAt)} />
        <StatCard icon={IconMapPin} color="orange" label={t('customers.stats.lastVisit')} value={when(stats.lastVisitAt)} hint={exact(stats.lastVisitAt)} />
        <StatCard icon={IconLogin} color="gray" label={t('customers.stats.lastLogin')} value={when(stats.lastLoginAt)} hint={exact(stats.lastLoginAt)} />
        <StatCard icon={IconCalendarPlus} color="indigo" label={t('customers.stats.firstSeen')} value={when(stats.firstSeenAt)} hint={exact(stats.firstSeenAt)} />
        <StatCard icon={IconActivity} color="grape" label={t('customers.stats.events')} value={formatCount(stats.eventCount, locale)} />
      </SimpleGrid>
      <Text size="sm" fw={600} mt="lg" mb={4}>
        {t('customers.stats.spendChart')}
      </Text>
      {hasSpend ? (
        <SpendChart bars={bars} format={money} ariaLabel={bars.map((b) => `${b.label}: ${money(b.value)}`).join('; ')} />
      ) : (
        <Text size="sm" c="dimmed">
          {t('customers.stats.noSpend')}
        </Text>
      )}
    </Paper>
  );
}
