import { Badge, Card, Group, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MemberView } from '../../api/types';
import { formatDate } from '../customers/customer-format';
import { formatCents, formatMinutes } from '../membership/membership-format';

const statusColor = { active: 'teal', frozen: 'blue', lost: 'red', replaced: 'gray' } as const;

/** The member found at the desk: masked name, cards, balances and packages. */
export function MemberCard({ member }: { member: MemberView }) {
  const { t, i18n } = useTranslation();
  const { customer, wallet, cards, packages } = member;
  const liveCards = cards.filter((c) => c.status !== 'replaced');
  return (
    <Card withBorder padding="lg" data-testid="member-card">
      <Group justify="space-between" align="flex-start">
        <Stack gap={2}>
          <Title order={3}>{customer.displayName}</Title>
          <Text size="sm" c="dimmed">
            {[customer.realName, customer.phone].filter(Boolean).join(' · ') || '—'}
          </Text>
        </Stack>
        <Group gap="xs">
          {liveCards.map((c) => (
            <Badge key={c.id} color={statusColor[c.status]} variant="light" size="lg">
              {c.number} · {t(`membership.cardStatus.${c.status}`)}
            </Badge>
          ))}
          {liveCards.length === 0 && <Badge color="gray">{t('membership.noCard')}</Badge>}
        </Group>
      </Group>
      <SimpleGrid cols={{ base: 2, sm: 3 }} mt="md">
        <Stack gap={0}>
          <Text size="xs" c="dimmed">{t('membership.cash')}</Text>
          <Text size="xl" fw={700} data-testid="wallet-cash">{formatCents(wallet.cashCents, i18n.language)}</Text>
        </Stack>
        <Stack gap={0}>
          <Text size="xs" c="dimmed">{t('membership.bonus')}</Text>
          <Text size="xl" fw={700} c="grape" data-testid="wallet-bonus">{formatCents(wallet.bonusCents, i18n.language)}</Text>
        </Stack>
        <Stack gap={0}>
          <Text size="xs" c="dimmed">{t('membership.packages')}</Text>
          <Text size="xl" fw={700}>{formatMinutes(packages.reduce((s, p) => s + p.minutesLeft, 0), t)}</Text>
        </Stack>
      </SimpleGrid>
      {packages.length > 0 && (
        <Table mt="md" data-testid="member-packages">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('membership.packageName')}</Table.Th>
              <Table.Th>{t('membership.packageLeft')}</Table.Th>
              <Table.Th>{t('membership.packageWhen')}</Table.Th>
              <Table.Th>{t('membership.packageValidity')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {packages.map((p) => (
              <Table.Tr key={p.id}>
                <Table.Td>{p.name}</Table.Td>
                <Table.Td>{formatMinutes(p.minutesLeft, t)}</Table.Td>
                <Table.Td>{p.windowStart ? `${p.windowStart}–${p.windowEnd}` : t('membership.anyTime')}</Table.Td>
                <Table.Td>{p.validUntil ? t('membership.validUntil', { date: formatDate(p.validUntil, i18n.language) }) : t('membership.noExpiry')}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Card>
  );
}
