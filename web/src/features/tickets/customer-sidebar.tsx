import { Anchor, Badge, Divider, Group, Paper, SimpleGrid, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconCrown, IconEyeOff } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../ui/error-alert';
import { formatDateTime } from '../../ui/format';
import { formatCount, formatMoney } from '../customers/customer-format';
import { useOrganisation } from '../organisation/organisation.api';
import { StatusBadge } from './ticket-format';
import { useTicketSidebar } from './tickets.api';

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Stack gap={4}>
      <Text size="xs" fw={700} c="dimmed" tt="uppercase">
        {title}
      </Text>
      {children}
    </Stack>
  );
}

function Figure({ label, value }: { label: string; value: string }) {
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" fw={600}>
        {value}
      </Text>
    </Stack>
  );
}

/** The requester at a glance (GET /tickets/:id/sidebar): masked contacts, value and tier, recent activity, other tickets. */
export function CustomerSidebar({ ticketId, onOpenTicket }: { ticketId: string; onOpenTicket: (id: string) => void }) {
  const { t, i18n } = useTranslation();
  const sidebar = useTicketSidebar(ticketId);
  const currency = useOrganisation().data?.currency;
  const locale = i18n.language;
  const none = (
    <Text size="xs" c="dimmed">
      {t('tickets.sidebar.none')}
    </Text>
  );

  if (sidebar.isPending) return <Skeleton height={320} />;
  if (sidebar.isError) return <ErrorAlert error={sidebar.error} />;
  const s = sidebar.data;
  const c = s.customer;
  return (
    <Paper withBorder p="sm" radius="md" component="aside" aria-label={t('tickets.sidebar.title')} data-testid="customer-sidebar">
      <Stack gap="sm">
        <Stack gap={2}>
          <Group justify="space-between" wrap="nowrap">
            <Title order={5}>{c.displayName}</Title>
            {c.masked && (
              <Badge size="xs" variant="light" color="gray" leftSection={<IconEyeOff size={10} />}>
                {t('tickets.sidebar.masked')}
              </Badge>
            )}
          </Group>
          {c.realName && <Text size="sm">{c.realName}</Text>}
          {c.phone && (
            <Text size="sm" ff="monospace" data-testid="sidebar-phone">
              {c.phone}
            </Text>
          )}
          {c.email && (
            <Text size="sm" ff="monospace">
              {c.email}
            </Text>
          )}
          <Anchor component={Link} to={`/customers/${c.id}`} size="xs">
            {t('tickets.sidebar.openProfile')}
          </Anchor>
        </Stack>
        <Group gap={6}>
          {s.tier ? (
            <Badge color="grape" variant="light" leftSection={<IconCrown size={12} />}>
              {s.tier.name}
            </Badge>
          ) : (
            <Badge color="gray" variant="outline">
              {t('tickets.sidebar.noTier')}
            </Badge>
          )}
          {s.tier?.priorityService && (
            <Badge color="red" variant="light">
              {t('tickets.sidebar.priorityService')}
            </Badge>
          )}
        </Group>
        <SimpleGrid cols={2} spacing="xs">
          <Figure label={t('tickets.sidebar.totalSpend')} value={formatMoney(s.stats.totalSpend, currency, locale)} />
          <Figure label={t('tickets.sidebar.spend12m')} value={formatMoney(s.stats.spend12m, currency, locale)} />
          <Figure label={t('tickets.sidebar.recharges')} value={formatCount(s.stats.rechargeCount, locale)} />
          <Figure label={t('tickets.sidebar.lastLogin')} value={formatDateTime(s.stats.lastLoginAt, locale)} />
        </SimpleGrid>
        <Divider />
        <Section title={t('tickets.sidebar.openSessions')}>
          {s.openSessions.length === 0
            ? none
            : s.openSessions.map((o) => (
                <Group key={o.id} justify="space-between">
                  <Text size="sm">{t('tickets.sidebar.seat', { seat: o.seatLabel })}</Text>
                  {o.minutesLeft !== null && (
                    <Text size="xs" c="dimmed">
                      {t('tickets.sidebar.minutesLeft', { count: o.minutesLeft })}
                    </Text>
                  )}
                </Group>
              ))}
        </Section>
        <Section title={t('tickets.sidebar.recentRecharges')}>
          {s.recentRecharges.length === 0
            ? none
            : s.recentRecharges.map((e) => (
                <Group key={e.id} justify="space-between" wrap="nowrap">
                  <Text size="xs">{formatDateTime(e.at, locale)}</Text>
                  <Text size="xs" fw={600}>
                    {formatMoney(e.data.amount as string, (e.data.currency as string | undefined) ?? currency, locale)}
                  </Text>
                </Group>
              ))}
        </Section>
        <Section title={t('tickets.sidebar.recentLogins')}>
          {s.recentLogins.length === 0
            ? none
            : s.recentLogins.map((e) => (
                <Group key={e.id} justify="space-between" wrap="nowrap">
                  <Text size="xs">{formatDateTime(e.at, locale)}</Text>
                  <Text size="xs" c="dimmed" lineClamp={1}>
                    {[e.data.device, e.data.region, e.data.ip].filter(Boolean).join(' · ')}
                  </Text>
                </Group>
              ))}
        </Section>
        <Section title={t('tickets.sidebar.sanctions')}>
          {s.sanctions.warnings + s.sanctions.mutes + s.sanctions.bans === 0 ? (
            none
          ) : (
            <Text size="xs" data-testid="sidebar-sanctions">
              {t('tickets.sidebar.sanctionCounts', { warnings: s.sanctions.warnings, mutes: s.sanctions.mutes, bans: s.sanctions.bans })}
            </Text>
          )}
          {s.sanctions.inForce.map((x) => (
            <Group key={x.id} justify="space-between" wrap="nowrap">
              <Badge size="xs" color="red" variant="light">
                {t(`tickets.sidebar.sanctionKind.${x.kind as 'warning' | 'mute' | 'ban'}`)}
              </Badge>
              <Text size="xs" c="dimmed">
                {x.endsAt ? t('tickets.sidebar.until', { at: formatDateTime(x.endsAt, locale) }) : t('tickets.sidebar.noEnd')}
              </Text>
            </Group>
          ))}
        </Section>
        <Section title={t('tickets.sidebar.otherTickets')}>
          {s.otherTickets.length === 0
            ? none
            : s.otherTickets.map((o) => (
                <Group key={o.id} justify="space-between" wrap="nowrap" gap={4}>
                  <Anchor size="xs" component="button" onClick={() => onOpenTicket(o.id)} lineClamp={1} ta="left">
                    #{o.number} {o.subject}
                  </Anchor>
                  <StatusBadge status={o.status} />
                </Group>
              ))}
        </Section>
      </Stack>
    </Paper>
  );
}
