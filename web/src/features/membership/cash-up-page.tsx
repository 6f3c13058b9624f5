import { Card, Group, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { IconReceipt } from '@tabler/icons-react';
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../ui/empty-state';
import { ErrorAlert } from '../../ui/error-alert';
import { LoadMore } from '../../ui/load-more';
import { PageHeader } from '../../ui/page-header';
import { TableSkeleton } from '../../ui/table-skeleton';
import { useCurrentUser } from '../auth/auth.api';
import { useOrganisation } from '../organisation/organisation.api';
import { SpendChart } from '../customers/spend-chart';
import { DeskStorePicker } from '../front-desk/desk-store';
import { getCashUp, ledgersKey, listLedger } from './membership.api';
import { formatCents, formatMinutes, methodLabel } from './membership-format';
import { WalletEntriesTable } from './wallet-entries-table';

const COLORS = ['#2f9e44', '#1c7ed6', '#12b886', '#4263eb', '#868e96'];
/** Today's date (YYYY-MM-DD) in a time zone: the business day the report opens on. */
const todayIn = (timeZone?: string) => new Date().toLocaleDateString('sv-SE', timeZone ? { timeZone } : {});

/** /ledgers: a store's daily cash-up (by payment method, packages, bonus, sessions) and its ledger entries. */
export function CashUpPage() {
  const { t, i18n } = useTranslation();
  const me = useCurrentUser();
  const [picked, setPicked] = useState<string | null>(null);
  const org = useOrganisation();
  const storeId = me.storeId ?? picked ?? undefined;
  const [chosen, setDate] = useState<string | null>(null);
  const date = chosen ?? todayIn(org.data?.timezone);
  const valid = /^\d{4}-\d{2}-\d{2}$/.test(date);
  const report = useQuery({ queryKey: [...ledgersKey, 'cash-up', storeId, date], queryFn: () => getCashUp(date, storeId), enabled: valid && !org.isLoading });
  const range = report.data ? { from: report.data.from, to: report.data.to } : null;
  const entries = useInfiniteQuery({
    queryKey: [...ledgersKey, 'entries', storeId, range],
    queryFn: ({ pageParam }) => listLedger({ storeId, from: range!.from, to: range!.to, limit: 50, cursor: pageParam }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    enabled: Boolean(range),
  });
  const money = useMemo(() => (n: number) => formatCents(n, i18n.language), [i18n.language]);
  const bars = useMemo(() => (report.data?.byPaymentMethod ?? []).map((r, i) => ({ label: methodLabel(t, r.paymentMethod), value: r.netCents, color: COLORS[i % COLORS.length]! })), [report.data, t]);
  const c = report.data?.totals;
  const rows = entries.data?.pages.flatMap((p) => p.items) ?? [];

  const figures = c
    ? [
        [t('membership.cashUp.topUps'), money(c.topUpCents)],
        [t('membership.cashUp.refunds'), money(c.refundCents)],
        [t('membership.cashUp.packagesPaid'), money(c.packagePaidCents)],
        [t('membership.cashUp.net'), money(c.netCents)],
        [t('membership.cashUp.packagesSold'), String(c.packagesSold)],
        [t('membership.cashUp.packageWallet'), money(c.packageWalletCents)],
        [t('membership.cashUp.bonusGranted'), money(c.bonusGrantedCents)],
        [t('membership.cashUp.sessions'), `${money(c.sessionCashCents)} + ${money(c.sessionBonusCents)} · ${formatMinutes(c.sessionPackageMinutes, t)}`],
      ]
    : [];

  return (
    <Stack>
      <PageHeader
        title={t('membership.cashUp.title')}
        description={t('membership.cashUp.description')}
        actions={
          <Group>
            {!me.storeId && <DeskStorePicker value={picked} onChange={setPicked} />}
            <TextInput type="date" aria-label={t('membership.cashUp.date')} value={date} onChange={(e) => setDate(e.currentTarget.value)} />
          </Group>
        }
      />
      {!me.storeId && !picked && <Text c="dimmed" size="sm">{t('membership.cashUp.allStores')}</Text>}
      {report.error && <ErrorAlert error={report.error} />}
      {report.isLoading && <TableSkeleton rows={4} />}
      {c && (
        <>
          <SimpleGrid cols={{ base: 2, md: 4 }} data-testid="cash-up-figures">
            {figures.map(([label, value]) => (
              <Card withBorder key={label}>
                <Text size="xs" c="dimmed">{label}</Text>
                <Text fw={700} size="lg">{value}</Text>
              </Card>
            ))}
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, md: 2 }}>
            <Table data-testid="cash-up-methods">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('membership.paymentMethod')}</Table.Th>
                  <Table.Th ta="right">{t('membership.cashUp.topUps')}</Table.Th>
                  <Table.Th ta="right">{t('membership.cashUp.packagesPaid')}</Table.Th>
                  <Table.Th ta="right">{t('membership.cashUp.refunds')}</Table.Th>
                  <Table.Th ta="right">{t('membership.cashUp.net')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {report.data!.byPaymentMethod.map((r) => (
                  <Table.Tr key={r.paymentMethod}>
                    <Table.Td>{methodLabel(t, r.paymentMethod)}</Table.Td>
                    <Table.Td ta="right">{money(r.topUpCents)} ({r.topUpCount})</Table.Td>
                    <Table.Td ta="right">{money(r.packageCents)} ({r.packageCount})</Table.Td>
                    <Table.Td ta="right">{money(r.refundCents)} ({r.refundCount})</Table.Td>
                    <Table.Td ta="right" fw={600}>{money(r.netCents)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
            <SpendChart bars={bars} format={money} ariaLabel={t('membership.cashUp.chart')} />
          </SimpleGrid>
          {Object.entries(report.data!.sections).map(([name, values]) => (
            <Card withBorder key={name} data-testid={`cash-up-section-${name}`}>
              <Title order={6}>{name === 'points' ? t('loyalty.cashUp.title') : name}</Title>
              <Group>
                {Object.entries(values).map(([k, v]) => (
                  <Text key={k} size="sm">
                    {name === 'points' && (k === 'issued' || k === 'redeemed') ? t(`loyalty.cashUp.${k}`) : k}: <b>{v.toLocaleString(i18n.language)}</b>
                  </Text>
                ))}
              </Group>
            </Card>
          ))}
        </>
      )}
      <Title order={4}>{t('membership.entries')}</Title>
      {entries.isLoading && <TableSkeleton rows={5} />}
      {!entries.isLoading && rows.length === 0 && <EmptyState icon={<IconReceipt size={28} />} title={t('membership.noEntries')} />}
      {rows.length > 0 && <WalletEntriesTable entries={rows} />}
      <LoadMore hasMore={Boolean(entries.hasNextPage)} loading={entries.isFetchingNextPage} onLoad={() => void entries.fetchNextPage()} />
    </Stack>
  );
}
