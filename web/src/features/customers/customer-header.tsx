import { Avatar, Badge, Box, Button, Divider, Group, Paper, SimpleGrid, Stack, Text, Title, Tooltip } from '@mantine/core';
import { IconBuildingStore, IconCalendar, IconPencil, IconRoute } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Customer } from '../../api/types';
import { formatDateTime } from '../../ui/format';
import { formatCount, formatDate, formatHours, formatMoney, formatRelative } from './customer-format';
import { MaskedValue } from './masked-value';

function Fact({ label, value, hint, testId }: { label: string; value: string; hint?: string; testId: string }) {
  return (
    <Stack gap={2} data-testid={testId}>
      <Text size="xs" c="dimmed" fw={500}>
        {label}
      </Text>
      <Tooltip label={hint} disabled={!hint}>
        <Text fz={20} fw={700} lh={1.2} style={{ fontVariantNumeric: 'tabular-nums' }}>
          {value}
        </Text>
      </Tooltip>
    </Stack>
  );
}

function Meta({ icon, children }: { icon: ReactNode; children: ReactNode }) {
  return (
    <Group gap={4} wrap="nowrap">
      {icon}
      <Text size="sm" c="dimmed">
        {children}
      </Text>
    </Group>
  );
}

/** Name, real name, tags and where the customer comes from; the key figures underneath. */
export function CustomerHeader({
  customer,
  realName,
  realNameMasked,
  storeName,
  currency,
  onEdit,
  actions,
}: {
  customer: Customer;
  realName: string | null;
  realNameMasked: boolean;
  storeName: string | null;
  currency: string | undefined;
  onEdit?: () => void;
  /** More buttons beside Edit (the merge / export / erase menu). */
  actions?: ReactNode;
}) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const s = customer.stats;
  return (
    <Paper withBorder p="lg" radius="md" data-testid="customer-header">
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="md">
        <Group gap="md" wrap="nowrap" align="flex-start">
          <Avatar size={64} radius="xl" color="indigo" variant="filled">
            {customer.displayName.slice(0, 1).toUpperCase()}
          </Avatar>
          <Stack gap={6}>
            <Group gap="sm" align="center">
              <Title order={2}>{customer.displayName}</Title>
              {customer.status !== 'active' && (
                <Badge color="gray" variant="outline">
                  {t(`customers.status.${customer.status}`)}
                </Badge>
              )}
            </Group>
            {realName && (
              <Group gap={6}>
                <Text size="sm" c="dimmed">
                  {t('customers.fields.realName')}
                </Text>
                <MaskedValue value={realName} masked={realNameMasked} fw={500} data-testid="real-name" />
              </Group>
            )}
            <Group gap="md" wrap="wrap">
              <Meta icon={<IconBuildingStore size={14} color="var(--mantine-color-gray-6)" />}>
                {t('customers.fields.homeStore')}: {storeName ?? t('common.none')}
              </Meta>
              <Meta icon={<IconRoute size={14} color="var(--mantine-color-gray-6)" />}>
                {t('customers.fields.source')}: {t(`customers.sources.${customer.source}`)}
              </Meta>
              <Meta icon={<IconCalendar size={14} color="var(--mantine-color-gray-6)" />}>
                {t('customers.fields.registeredAt')}: {formatDate(customer.registeredAt ?? customer.createdAt, locale)}
              </Meta>
            </Group>
            {customer.tags.length > 0 && (
              <Group gap={6} data-testid="customer-tags">
                {customer.tags.map((tag) => (
                  <Badge key={tag} variant="light" tt="none">
                    {tag}
                  </Badge>
                ))}
              </Group>
            )}
          </Stack>
        </Group>
        <Group gap="sm" wrap="nowrap" style={{ flexShrink: 0 }}>
          {onEdit && (
            <Button variant="default" leftSection={<IconPencil size={16} />} onClick={onEdit}>
              {t('customers.editProfile')}
            </Button>
          )}
          {actions}
        </Group>
      </Group>
      <Divider my="md" />
      <Box>
        <SimpleGrid cols={{ base: 2, sm: 3, lg: 6 }} spacing="md">
          <Fact testId="fact-total-spend" label={t('customers.stats.totalSpend')} value={formatMoney(s.totalSpend, currency, locale)} />
          <Fact testId="fact-spend-12m" label={t('customers.stats.spend12m')} value={formatMoney(s.spend12m, currency, locale)} />
          <Fact
            testId="fact-last-seen"
            label={t('customers.stats.lastSeen')}
            value={s.lastSeenAt ? formatRelative(s.lastSeenAt, locale) : t('customers.never')}
            hint={s.lastSeenAt ? formatDateTime(s.lastSeenAt, locale) : undefined}
          />
          <Fact testId="fact-visits" label={t('customers.stats.visits')} value={formatCount(s.visitCount, locale)} />
          <Fact testId="fact-recharges" label={t('customers.stats.recharges')} value={formatCount(s.rechargeCount, locale)} hint={formatMoney(s.rechargeTotal, currency, locale)} />
          <Fact testId="fact-playtime" label={t('customers.stats.playtime')} value={t('customers.stats.hours', { n: formatHours(s.playtimeSeconds, locale) })} />
        </SimpleGrid>
      </Box>
    </Paper>
  );
}
