import { ActionIcon, Button, Group, Stack, Table, Text, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { IconCopy, IconPlus, IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { DayRow } from './calendar-hours';

type Form = UseFormReturnType<{ hours: DayRow[] } & Record<string, unknown>, any>;

/** Per weekday: closed, or one or more open intervals (a lunch break is two); 24:00 closes at midnight. */
export function WeeklyHoursEditor({ form }: { form: Form }) {
  const { t } = useTranslation();
  const rows = form.values.hours;
  const dayName = (day: number) => t(`weekdays.${day}` as 'weekdays.0');
  const copyMonday = () => {
    const first = rows[0];
    if (!first) return;
    form.setFieldValue(
      'hours',
      rows.map((r) => (r.day === 0 || r.day === 6 ? r : { ...r, intervals: first.intervals.map((i) => ({ ...i })) })),
    );
  };
  return (
    <div>
      <Group justify="space-between" mb={4}>
        <Text size="sm" fw={500}>
          {t('deskSettings.calendars.weeklyHours')}
        </Text>
        <Button size="compact-xs" variant="subtle" leftSection={<IconCopy size={12} />} onClick={copyMonday}>
          {t('deskSettings.calendars.copyMonday')}
        </Button>
      </Group>
      <Table verticalSpacing={4} withRowBorders={false}>
        <Table.Tbody>
          {rows.map((row, r) => (
            <Table.Tr key={row.day} data-day={row.day}>
              <Table.Td w={110} valign="top" pt={10}>
                <Text size="sm">{dayName(row.day)}</Text>
              </Table.Td>
              <Table.Td>
                <Stack gap={4}>
                  {row.intervals.length === 0 && (
                    <Text size="sm" c="dimmed" pt={6}>
                      {t('deskSettings.calendars.closed')}
                    </Text>
                  )}
                  {row.intervals.map((_, i) => (
                    <Group key={i} gap={6} wrap="nowrap" align="flex-start">
                      <TextInput size="xs" w={90} placeholder="09:00" aria-label={t('deskSettings.calendars.opensAt', { day: dayName(row.day) })} {...form.getInputProps(`hours.${r}.intervals.${i}.open`)} />
                      <Text size="sm" pt={4}>
                        –
                      </Text>
                      <TextInput size="xs" w={90} placeholder="18:00" aria-label={t('deskSettings.calendars.closesAt', { day: dayName(row.day) })} {...form.getInputProps(`hours.${r}.intervals.${i}.close`)} />
                      <ActionIcon variant="subtle" color="gray" mt={2} aria-label={t('deskSettings.calendars.removeInterval', { day: dayName(row.day) })} onClick={() => form.removeListItem(`hours.${r}.intervals`, i)}>
                        <IconX size={14} />
                      </ActionIcon>
                    </Group>
                  ))}
                </Stack>
              </Table.Td>
              <Table.Td w={40} valign="top">
                <ActionIcon
                  variant="subtle"
                  mt={4}
                  aria-label={t('deskSettings.calendars.addInterval', { day: dayName(row.day) })}
                  onClick={() => {
                    const last = row.intervals[row.intervals.length - 1];
                    form.insertListItem(`hours.${r}.intervals`, last ? { open: last.close, close: last.close < '18:00' ? '18:00' : '24:00' } : { open: '09:00', close: '18:00' });
                  }}
                >
                  <IconPlus size={14} />
                </ActionIcon>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </div>
  );
}
