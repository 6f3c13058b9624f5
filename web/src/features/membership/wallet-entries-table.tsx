import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { WalletEntry } from '../../api/types';
import { formatDateTime } from '../../ui/format';
import { formatCents, formatMinutes, methodLabel } from './membership-format';

/** Ledger rows: time, kind, amount (money or minutes), balance after, payment method, note. */
export function WalletEntriesTable({ entries }: { entries: WalletEntry[] }) {
  const { t, i18n } = useTranslation();
  const amount = (e: WalletEntry, n: number) => (e.asset === 'package' ? formatMinutes(Math.abs(n), t) : formatCents(Math.abs(n), i18n.language));
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table striped data-testid="wallet-entries">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('membership.entry.at')}</Table.Th>
            <Table.Th>{t('membership.entry.kind')}</Table.Th>
            <Table.Th>{t('membership.entry.asset')}</Table.Th>
            <Table.Th ta="right">{t('membership.entry.amount')}</Table.Th>
            <Table.Th ta="right">{t('membership.entry.balanceAfter')}</Table.Th>
            <Table.Th>{t('membership.paymentMethod')}</Table.Th>
            <Table.Th>{t('membership.entry.note')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {entries.map((e) => (
            <Table.Tr key={e.id}>
              <Table.Td>{formatDateTime(e.at, i18n.language)}</Table.Td>
              <Table.Td>{t(`membership.kind.${e.kind}`)}</Table.Td>
              <Table.Td>{t(`membership.asset.${e.asset}`)}</Table.Td>
              <Table.Td ta="right">
                <Text span c={e.amount < 0 ? 'red' : 'teal'} size="sm">
                  {e.amount < 0 ? '−' : '+'}
                  {amount(e, e.amount)}
                </Text>
              </Table.Td>
              <Table.Td ta="right">{amount(e, e.balanceAfter)}</Table.Td>
              <Table.Td>{e.paymentMethod ? methodLabel(t, e.paymentMethod) : '—'}</Table.Td>
              <Table.Td>{e.note ?? ''}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
