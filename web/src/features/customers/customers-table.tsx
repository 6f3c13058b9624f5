import { Anchor, Avatar, Badge, Group, Stack, Table, Text, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { CustomerSummary, SearchMatch } from '../../api/types';
import { formatDateTime } from '../../ui/format';
import { formatCount, formatMoney, formatRelative } from './customer-format';
import { maskEmail, maskPhone, maskRealName } from './display-mask';
import { MaskedValue } from './masked-value';

export const matchColors: Record<SearchMatch, string> = { phone: 'teal', email: 'blue', identity: 'grape', name: 'gray' };

export interface CustomerRow {
  customer: CustomerSummary;
  matchedBy?: SearchMatch;
}

/** Customers as rows; a click anywhere on a row opens the profile. */
export function CustomersTable({
  rows,
  storeName,
  currency,
  testId,
}: {
  rows: CustomerRow[];
  storeName: (id: string | null) => string;
  currency: string | undefined;
  testId: string;
}) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const withMatch = rows.some((r) => r.matchedBy);
  return (
    <Table.ScrollContainer minWidth={980}>
      <Table highlightOnHover verticalSpacing="sm" data-testid={testId}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('customers.fields.displayName')}</Table.Th>
            {withMatch && <Table.Th>{t('customers.search.matchedBy')}</Table.Th>}
            <Table.Th>{t('customers.fields.contact')}</Table.Th>
            <Table.Th>{t('customers.fields.tags')}</Table.Th>
            <Table.Th>{t('customers.fields.homeStore')}</Table.Th>
            <Table.Th ta="right">{t('customers.stats.totalSpend')}</Table.Th>
            <Table.Th ta="right">{t('customers.stats.visits')}</Table.Th>
            <Table.Th>{t('customers.stats.lastSeen')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map(({ customer: c, matchedBy }) => (
            <Table.Tr key={c.id} style={{ cursor: 'pointer' }} onClick={() => void navigate(`/customers/${c.id}`)}>
              <Table.Td>
                <Group gap="sm" wrap="nowrap">
                  <Avatar size={34} radius="xl" color="indigo" variant="light">
                    {c.displayName.slice(0, 1).toUpperCase()}
                  </Avatar>
                  <Stack gap={0}>
                    <Anchor component={Link} to={`/customers/${c.id}`} size="sm" fw={600} onClick={(e) => e.stopPropagation()}>
                      {c.displayName}
                    </Anchor>
                    {c.realName && <MaskedValue value={c.masked ? c.realName : maskRealName(c.realName)} masked size="xs" c="dimmed" />}
                  </Stack>
                  {c.status !== 'active' && (
                    <Badge size="xs" color="gray" variant="outline">
                      {t(`customers.status.${c.status}`)}
                    </Badge>
                  )}
                </Group>
              </Table.Td>
              {withMatch && (
                <Table.Td>
                  {matchedBy && (
                    <Badge variant="light" color={matchColors[matchedBy]} data-testid="matched-by">
                      {t(`customers.search.match.${matchedBy}`)}
                    </Badge>
                  )}
                </Table.Td>
              )}
              <Table.Td>
                <Stack gap={0}>
                  <MaskedValue value={c.phone ? (c.masked ? c.phone : maskPhone(c.phone)) : null} masked ff="monospace" />
                  {c.email && <MaskedValue value={c.masked ? c.email : maskEmail(c.email)} masked size="xs" c="dimmed" />}
                </Stack>
              </Table.Td>
              <Table.Td>
                <Group gap={4} maw={220}>
                  {c.tags.slice(0, 4).map((tag) => (
                    <Badge key={tag} size="sm" variant="light" tt="none">
                      {tag}
                    </Badge>
                  ))}
                  {c.tags.length > 4 && (
                    <Tooltip label={c.tags.slice(4).join(', ')}>
                      <Badge size="sm" variant="outline" color="gray">
                        +{c.tags.length - 4}
                      </Badge>
                    </Tooltip>
                  )}
                </Group>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{storeName(c.homeStoreId)}</Text>
              </Table.Td>
              <Table.Td ta="right">
                <Text size="sm" fw={500} style={{ fontVariantNumeric: 'tabular-nums' }}>
                  {formatMoney(c.stats.totalSpend, currency, i18n.language)}
                </Text>
              </Table.Td>
              <Table.Td ta="right">
                <Text size="sm" style={{ fontVariantNumeric: 'tabular-nums' }}>
                  {formatCount(c.stats.visitCount, i18n.language)}
                </Text>
              </Table.Td>
              <Table.Td>
                <Tooltip label={formatDateTime(c.stats.lastSeenAt, i18n.language)} disabled={!c.stats.lastSeenAt}>
                  <Text size="sm" c="dimmed">
                    {c.stats.lastSeenAt ? formatRelative(c.stats.lastSeenAt, i18n.language) : t('customers.neverSeen')}
                  </Text>
                </Tooltip>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
