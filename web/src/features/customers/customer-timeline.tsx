import { Button, Chip, Group, Paper, Skeleton, Stack, Text, TextInput, ThemeIcon, Timeline, Title, Tooltip } from '@mantine/core';
import {
  IconCalendarEvent,
  IconCoin,
  IconDeviceGamepad2,
  IconHistory,
  IconLogin,
  IconLogout,
  IconMapPin,
  IconNote,
  IconShoppingCart,
  IconSparkles,
  IconStar,
  IconUserEdit,
  type Icon,
} from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TimelineItem } from '../../api/types';
import { EmptyState } from '../../ui/empty-state';
import { ErrorAlert } from '../../ui/error-alert';
import { formatDateTime } from '../../ui/format';
import { LoadMore } from '../../ui/load-more';
import { useStoreOptions } from '../stores/stores.api';
import { dayBound, formatRelative } from './customer-format';
import { useCustomFields, useTimelineInfinite } from './customers.api';
import { timelineText } from './timeline-text';

/** The filter chips; "login" stands for logins and logouts. */
const chips = ['recharge', 'purchase', 'login', 'play_session', 'level_up', 'visit', 'custom', 'note', 'profile'] as const;
type ChipValue = (typeof chips)[number];
const chipTypes = (c: ChipValue): string[] => (c === 'login' ? ['login', 'logout'] : [c]);

const look: Record<string, { icon: Icon; color: string }> = {
  recharge: { icon: IconCoin, color: 'teal' },
  purchase: { icon: IconShoppingCart, color: 'cyan' },
  login: { icon: IconLogin, color: 'gray' },
  logout: { icon: IconLogout, color: 'gray' },
  play_session: { icon: IconDeviceGamepad2, color: 'violet' },
  level_up: { icon: IconStar, color: 'yellow' },
  visit: { icon: IconMapPin, color: 'orange' },
  custom: { icon: IconSparkles, color: 'pink' },
  note: { icon: IconNote, color: 'blue' },
  profile: { icon: IconUserEdit, color: 'indigo' },
};
const lookOf = (item: TimelineItem) => (item.kind === 'event' ? look[item.type] : look[item.kind]) ?? { icon: IconCalendarEvent, color: 'gray' };

/** Who or what is behind an item, when the data says: a note's author, a profile change's actor, an order id. */
function secondary(item: TimelineItem): string {
  const d = item.data ?? {};
  const s = (v: unknown) => (typeof v === 'string' ? v : '');
  if (item.kind === 'note') return s(d.authorLabel);
  if (item.kind === 'profile') return s(d.actorLabel);
  if (item.type === 'recharge') return s(d.orderId);
  return '';
}

export function CustomerTimeline({ customerId, currency }: { customerId: string; currency: string | undefined }) {
  const { t, i18n } = useTranslation();
  const stores = useStoreOptions();
  const fields = useCustomFields();
  const [selected, setSelected] = useState<ChipValue[]>([]);
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const rangeInvalid = Boolean(from && to && from > to);
  const timeline = useTimelineInfinite(customerId, {
    types: selected.length ? selected.flatMap(chipTypes).join(',') : undefined,
    from: rangeInvalid ? undefined : dayBound(from, false),
    to: rangeInvalid ? undefined : dayBound(to, true),
  });
  const items = timeline.data?.pages.flatMap((p) => p.items) ?? [];
  const filtered = selected.length > 0 || Boolean(from || to);
  const ctx = {
    locale: i18n.language,
    currency,
    storeName: (id: string) => stores.data?.items.find((s) => s.id === id)?.name,
    fieldLabel: (key: string) => fields.data?.find((f) => f.key === key)?.label,
  };

  return (
    <Paper withBorder p="lg" radius="md" data-testid="customer-timeline">
      <Group justify="space-between" mb="sm">
        <Title order={4}>{t('customers.timeline.title')}</Title>
        {filtered && (
          <Button
            size="xs"
            variant="subtle"
            onClick={() => {
              setSelected([]);
              setFrom('');
              setTo('');
            }}
          >
            {t('common.clearFilters')}
          </Button>
        )}
      </Group>
      <Stack gap="sm" mb="md">
        <Chip.Group multiple value={selected} onChange={(v) => setSelected(v as ChipValue[])}>
          <Group gap={6} role="group" aria-label={t('customers.timeline.types')}>
            {chips.map((c) => (
              <Chip key={c} value={c} size="xs" variant="outline" color={look[c]?.color}>
                {t(`customers.timeline.chips.${c}`)}
              </Chip>
            ))}
          </Group>
        </Chip.Group>
        <Group gap="sm" align="flex-start">
          <TextInput size="xs" label={t('audit.fields.from')} type="date" value={from} onChange={(e) => setFrom(e.currentTarget.value)} w={150} />
          <TextInput
            size="xs"
            label={t('audit.fields.to')}
            type="date"
            value={to}
            onChange={(e) => setTo(e.currentTarget.value)}
            error={rangeInvalid ? t('audit.rangeInvalid') : undefined}
            w={150}
          />
        </Group>
      </Stack>
      {timeline.isPending ? (
        <Stack gap="md" aria-busy="true">
          {[0, 1, 2, 3].map((i) => (
            <Group key={i} gap="sm" wrap="nowrap">
              <Skeleton circle height={28} />
              <Stack gap={4} flex={1}>
                <Skeleton height={12} width="60%" />
                <Skeleton height={10} width="30%" />
              </Stack>
            </Group>
          ))}
        </Stack>
      ) : timeline.error ? (
        <ErrorAlert error={timeline.error} />
      ) : items.length === 0 ? (
        <EmptyState icon={<IconHistory size={28} />} title={filtered ? t('common.noMatches') : t('customers.timeline.empty')} description={filtered ? undefined : t('customers.timeline.emptyHint')} />
      ) : (
        <Timeline bulletSize={28} lineWidth={2} opacity={timeline.isPlaceholderData ? 0.6 : 1} data-testid="timeline-items">
          {items.map((item) => {
            const { icon: ItemIcon, color } = lookOf(item);
            const sub = secondary(item);
            return (
              <Timeline.Item
                key={item.id}
                data-type={item.kind === 'event' ? item.type : item.kind}
                bullet={
                  <ThemeIcon size={28} radius="xl" variant="light" color={color}>
                    <ItemIcon size={15} />
                  </ThemeIcon>
                }
              >
                <Text size="sm" fw={500} style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                  {timelineText(t, item, ctx)}
                </Text>
                <Group gap={6} mt={2}>
                  <Tooltip label={formatRelative(item.at, i18n.language)}>
                    <Text size="xs" c="dimmed" component="time" dateTime={item.at}>
                      {formatDateTime(item.at, i18n.language)}
                    </Text>
                  </Tooltip>
                  {sub && (
                    <Text size="xs" c="dimmed">
                      · {sub}
                    </Text>
                  )}
                </Group>
              </Timeline.Item>
            );
          })}
        </Timeline>
      )}
      <LoadMore hasMore={Boolean(timeline.hasNextPage)} loading={timeline.isFetchingNextPage} onLoad={() => void timeline.fetchNextPage()} />
    </Paper>
  );
}
