import { Button, Group, Switch, Table, Text, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { IconCopy } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { allDay, pastMidnight, type DayHours } from './opening-hours';

type Form = UseFormReturnType<{ hours: DayHours[] } & Record<string, unknown>, any>;

/** Per weekday: open or closed, and the opening and closing time. */
export function OpeningHoursEditor({ form }: { form: Form }) {
  const { t } = useTranslation();
  const rows = form.values.hours;
  const copyFirst = () => {
    const first = rows[0];
    if (!first) return;
    form.setFieldValue(
      'hours',
      rows.map((r) => ({ ...r, isOpen: first.isOpen, open: first.open, close: first.close })),
    );
  };
  return (
    <div>
      <Group justify="space-between" mb={4}>
        <Text size="sm" fw={500}>
          {t('stores.fields.openingHours')}
        </Text>
        <Button size="compact-xs" variant="subtle" leftSection={<IconCopy size={12} />} onClick={copyFirst}>
          {t('stores.copyMonday')}
        </Button>
      </Group>
      <Table verticalSpacing={4} withRowBorders={false}>
        <Table.Tbody>
          {rows.map((row, i) => (
            <Table.Tr key={row.day}>
              <Table.Td w={110}>
                <Switch
                  size="sm"
                  label={t(`weekdays.${row.day}` as 'weekdays.0')}
                  {...form.getInputProps(`hours.${i}.isOpen`, { type: 'checkbox' })}
                />
              </Table.Td>
              {row.isOpen ? (
                <>
                  <Table.Td>
                    <TextInput
                      type="time"
                      size="xs"
                      aria-label={t('stores.opensAt', { day: t(`weekdays.${row.day}` as 'weekdays.0') })}
                      {...form.getInputProps(`hours.${i}.open`)}
                    />
                  </Table.Td>
                  <Table.Td w={20} ta="center">
                    –
                  </Table.Td>
                  <Table.Td>
                    <TextInput
                      type="time"
                      size="xs"
                      aria-label={t('stores.closesAt', { day: t(`weekdays.${row.day}` as 'weekdays.0') })}
                      {...form.getInputProps(`hours.${i}.close`)}
                    />
                  </Table.Td>
                  <Table.Td w={90}>
                    {(pastMidnight(row) || allDay(row)) && (
                      <Text size="xs" c="dimmed">
                        {allDay(row) ? t('stores.allDay') : t('stores.nextDay')}
                      </Text>
                    )}
                  </Table.Td>
                </>
              ) : (
                <Table.Td colSpan={4}>
                  <Text size="sm" c="dimmed">
                    {t('stores.closed')}
                  </Text>
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </div>
  );
}
