import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { OpeningHoursEntry } from '../../api/types';
import { weekOrder } from './opening-hours';

/** "Daily 10:00–02:00", or the open days listed when they differ. */
export function HoursSummary({ hours }: { hours: OpeningHoursEntry[] }) {
  const { t } = useTranslation();
  if (hours.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('stores.noHours')}
      </Text>
    );
  }
  const first = hours[0]!;
  const same = hours.every((h) => h.open === first.open && h.close === first.close);
  if (same && hours.length === 7) return <Text size="sm">{t('stores.daily', { open: first.open, close: first.close })}</Text>;
  const sorted = weekOrder.flatMap((d) => hours.filter((h) => h.day === d));
  return (
    <Text size="sm" lineClamp={2}>
      {sorted.map((h) => `${t(`weekdays.short.${h.day}` as 'weekdays.short.0')} ${h.open}–${h.close}`).join(', ')}
    </Text>
  );
}
