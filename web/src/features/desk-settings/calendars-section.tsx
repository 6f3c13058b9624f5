import { ActionIcon, Badge, Button, Card, Group, Paper, SimpleGrid, Stack, Text, Title, Tooltip } from '@mantine/core';
import { IconCalendarTime, IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../ui/empty-state';
import { toDayRows } from './calendar-hours';
import type { BusinessCalendar } from './desk-settings.types';
import { IconAction } from '../../ui/icon-action';

function HoursList({ calendar }: { calendar: BusinessCalendar }) {
  const { t } = useTranslation();
  if (calendar.is24x7) {
    return (
      <Text size="sm" c="dimmed">
        {t('deskSettings.calendars.alwaysOpen')}
      </Text>
    );
  }
  return (
    <Stack gap={0}>
      {toDayRows(calendar.weeklyHours).map((row) => (
        <Group key={row.day} gap="xs" wrap="nowrap">
          <Text size="xs" w={40} c="dimmed">
            {t(`weekdays.short.${row.day}` as 'weekdays.short.0')}
          </Text>
          <Text size="xs" c={row.intervals.length ? undefined : 'dimmed'}>
            {row.intervals.length ? row.intervals.map((i) => `${i.open}–${i.close}`).join(', ') : t('deskSettings.calendars.closed')}
          </Text>
        </Group>
      ))}
    </Stack>
  );
}

/** Business-hours calendars: weekly hours and holidays in a time zone; one is the default. */
export function CalendarsSection(props: { calendars: BusinessCalendar[]; onEdit: (c: BusinessCalendar | null) => void; onDelete: (c: BusinessCalendar) => void }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="md" radius="md">
      <Group justify="space-between" mb="sm">
        <div>
          <Title order={4}>{t('deskSettings.calendars.title')}</Title>
          <Text size="sm" c="dimmed">
            {t('deskSettings.calendars.description')}
          </Text>
        </div>
        <Button variant="light" leftSection={<IconPlus size={16} />} onClick={() => props.onEdit(null)}>
          {t('deskSettings.calendars.create')}
        </Button>
      </Group>
      {props.calendars.length === 0 ? (
        <EmptyState icon={<IconCalendarTime size={28} />} title={t('deskSettings.calendars.empty')} />
      ) : (
        <SimpleGrid cols={{ base: 1, md: 2, xl: 3 }}>
          {props.calendars.map((c) => (
            <Card key={c.id} withBorder radius="md" data-calendar={c.name}>
              <Group justify="space-between" align="flex-start" wrap="nowrap" mb="xs">
                <div>
                  <Text fw={600}>{c.name}</Text>
                  <Group gap={4} mt={4}>
                    <Badge size="xs" variant="outline" color="gray">
                      {c.timeZone}
                    </Badge>
                    {c.isDefault && (
                      <Badge size="xs" color="blue" variant="light">
                        {t('deskSettings.calendars.default')}
                      </Badge>
                    )}
                    {c.is24x7 && (
                      <Badge size="xs" color="teal" variant="light">
                        7×24
                      </Badge>
                    )}
                  </Group>
                </div>
                <Group gap={2} wrap="nowrap">
                  <IconAction label={t('common.edit')} ariaLabel={t('deskSettings.editNamed', { name: c.name })} onClick={() => props.onEdit(c)}>
                    <IconPencil size={16} />
                  </IconAction>
                  <Tooltip label={c.isDefault ? t('deskSettings.calendars.defaultNoDelete') : t('common.delete')}>
                    <ActionIcon variant="subtle" color="red" disabled={c.isDefault} aria-label={t('deskSettings.deleteNamed', { name: c.name })} onClick={() => props.onDelete(c)}>
                      <IconTrash size={16} />
                    </ActionIcon>
                  </Tooltip>
                </Group>
              </Group>
              <HoursList calendar={c} />
              {!c.is24x7 && (
                <Text size="xs" c="dimmed" mt="xs" lineClamp={2}>
                  {c.holidays.length ? t('deskSettings.calendars.holidayList', { count: c.holidays.length, dates: c.holidays.slice(0, 6).join(', ') + (c.holidays.length > 6 ? ' …' : '') }) : t('deskSettings.calendars.noHolidays')}
                </Text>
              )}
            </Card>
          ))}
        </SimpleGrid>
      )}
    </Paper>
  );
}
