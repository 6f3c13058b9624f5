import { Badge, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconWallet } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../ui/empty-state';
import { ErrorAlert } from '../../ui/error-alert';
import { LoadMore } from '../../ui/load-more';
import { TableSkeleton } from '../../ui/table-skeleton';
import { formatDate } from '../customers/customer-format';
import { useMember, useWalletEntries } from './membership.api';
import { formatCents, formatMinutes } from './membership-format';
import { WalletEntriesTable } from './wallet-entries-table';

/** The customer 360 page's wallet: balances, packages, cards and the latest ledger entries. */
export function CustomerWalletPanel({ customerId }: { customerId: string }) {
  const { t, i18n } = useTranslation();
  const member = useMember(customerId);
  const entries = useWalletEntries(customerId);
  if (member.isLoading) return <TableSkeleton rows={3} />;
  if (member.error) return <ErrorAlert error={member.error} />;
  const m = member.data!;
  const rows = entries.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <Card withBorder>
    <Stack data-testid="customer-wallet-panel">
      <Title order={4}>{t('membership.walletTitle')}</Title>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <Card withBorder>
          <Text size="xs" c="dimmed">{t('membership.cash')}</Text>
          <Title order={3}>{formatCents(m.wallet.cashCents, i18n.language)}</Title>
        </Card>
        <Card withBorder>
          <Text size="xs" c="dimmed">{t('membership.bonus')}</Text>
          <Title order={3} c="grape">{formatCents(m.wallet.bonusCents, i18n.language)}</Title>
        </Card>
        <Card withBorder>
          <Text size="xs" c="dimmed">{t('membership.packages')}</Text>
          <Title order={3}>{formatMinutes(m.packages.reduce((s, p) => s + p.minutesLeft, 0), t)}</Title>
        </Card>
      </SimpleGrid>
      <Group gap="xs">
        {m.cards.length === 0 && <Text size="sm" c="dimmed">{t('membership.noCard')}</Text>}
        {m.cards.map((c) => (
          <Badge key={c.id} variant="light" color={c.status === 'active' ? 'teal' : 'gray'}>
            {c.number} · {t(`membership.cardKind.${c.kind}`)} · {t(`membership.cardStatus.${c.status}`)}
          </Badge>
        ))}
      </Group>
      {m.packages.map((p) => (
        <Text key={p.id} size="sm">
          {p.name}: {formatMinutes(p.minutesLeft, t)} / {formatMinutes(p.minutesTotal, t)}
          {p.validUntil ? ` · ${t('membership.validUntil', { date: formatDate(p.validUntil, i18n.language) })}` : ''}
        </Text>
      ))}
      <Title order={5}>{t('membership.entries')}</Title>
      {entries.isLoading && <TableSkeleton rows={4} />}
      {!entries.isLoading && rows.length === 0 && <EmptyState icon={<IconWallet size={28} />} title={t('membership.noEntries')} />}
      {rows.length > 0 && <WalletEntriesTable entries={rows} />}
      <LoadMore hasMore={Boolean(entries.hasNextPage)} loading={entries.isFetchingNextPage} onLoad={() => void entries.fetchNextPage()} />
    </Stack>
    </Card>
  );
}
