import { ActionIcon, Badge, Button, Chip, Code, Group, NumberInput, Paper, Stack, Switch, Table, Text, TextInput, Title } from '@mantine/core';
import { IconKey, IconTrash } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Seat, Zone } from '../../api/types';
import { notifyError, notifySuccess } from '../../ui/notify';
import { formatCents, yuanToCents } from '../membership/membership-format';
import { createRate, createSeats, deleteRate, deleteZone, issueSeatToken, updateSeat, useRates, venuesKey } from './venues.api';

const days = [1, 2, 3, 4, 5, 6, 0];

function RatesEditor({ zone }: { zone: Zone }) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const rates = useRates(zone.id);
  const [picked, setPicked] = useState<string[]>(['5', '6']);
  const [start, setStart] = useState('22:00');
  const [end, setEnd] = useState('08:00');
  const [rate, setRate] = useState('');
  const refresh = () => void queryClient.invalidateQueries({ queryKey: venuesKey });
  const add = useMutation({
    mutationFn: () => createRate(zone.id, { days: picked.map(Number), startTime: start, endTime: end, centsPerHour: yuanToCents(rate) ?? 0 }),
    onSuccess: refresh,
    onError: (e) => notifyError(t, e),
  });
  const remove = useMutation({ mutationFn: (id: string) => deleteRate(zone.id, id), onSuccess: refresh, onError: (e) => notifyError(t, e) });
  return (
    <Stack gap="xs">
      <Text fw={600} size="sm">
        {t('venues.setup.rates')}
      </Text>
      {(rates.data ?? []).length === 0 && <Text size="sm" c="dimmed">{t('venues.setup.noRates')}</Text>}
      {(rates.data ?? []).map((r) => (
        <Group key={r.id} gap="xs">
          <Text size="sm">
            {r.days.map((d) => t(`venues.weekdays.${d as 0 | 1 | 2 | 3 | 4 | 5 | 6}`)).join(' ')} {r.startTime}–{r.endTime} · {formatCents(r.centsPerHour, i18n.language)}
          </Text>
          <ActionIcon variant="subtle" color="red" aria-label={t('common.delete')} onClick={() => remove.mutate(r.id)}>
            <IconTrash size={14} />
          </ActionIcon>
        </Group>
      ))}
      <Chip.Group multiple value={picked} onChange={setPicked}>
        <Group gap={4}>
          {days.map((d) => (
            <Chip key={d} value={String(d)} size="xs">
              {t(`venues.weekdays.${d as 0 | 1 | 2 | 3 | 4 | 5 | 6}`)}
            </Chip>
          ))}
        </Group>
      </Chip.Group>
      <Group align="flex-end" gap="xs">
        <TextInput label={t('venues.setup.start')} type="time" value={start} onChange={(e) => setStart(e.currentTarget.value)} w={140} />
        <TextInput label={t('venues.setup.end')} type="time" value={end} onChange={(e) => setEnd(e.currentTarget.value)} w={140} />
        <TextInput label={t('venues.setup.rate')} value={rate} onChange={(e) => setRate(e.currentTarget.value)} w={120} />
        <Button variant="light" disabled={picked.length === 0 || yuanToCents(rate) === null} loading={add.isPending} onClick={() => add.mutate()}>
          {t('venues.setup.addRate')}
        </Button>
      </Group>
    </Stack>
  );
}

function SeatsEditor({ zone, seats }: { zone: Zone; seats: Seat[] }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [prefix, setPrefix] = useState(zone.code.slice(0, 1));
  const [from, setFrom] = useState<number | string>(1);
  const [to, setTo] = useState<number | string>(10);
  const [token, setToken] = useState<{ label: string; token: string } | null>(null);
  const refresh = () => void queryClient.invalidateQueries({ queryKey: venuesKey });
  const add = useMutation({
    mutationFn: () => createSeats({ zoneId: zone.id, prefix, from: Number(from), to: Number(to), originY: Math.max(0, ...seats.map((s) => s.y + 1)) }),
    onSuccess: (rows) => {
      notifySuccess(t('venues.setup.seatsCreated', { count: rows.length }));
      refresh();
    },
    onError: (e) => notifyError(t, e),
  });
  const maintenance = useMutation({ mutationFn: (s: Seat) => updateSeat(s.id, { maintenance: !s.maintenance }), onSuccess: refresh, onError: (e) => notifyError(t, e) });
  const issue = useMutation({
    mutationFn: (s: Seat) => issueSeatToken(s.id).then((r) => ({ label: s.label, token: r.token })),
    onSuccess: (r) => {
      setToken(r);
      refresh();
    },
    onError: (e) => notifyError(t, e),
  });
  return (
    <Stack gap="xs">
      <Text fw={600} size="sm">
        {t('venues.setup.seats')}
      </Text>
      {token && (
        <Paper withBorder p="xs" bg="var(--mantine-color-yellow-light)">
          <Text size="xs">{t('venues.setup.tokenShown')}</Text>
          <Code>{`${token.label}: ${token.token}`}</Code>
        </Paper>
      )}
      {seats.length > 0 && (
        <Table>
          <Table.Tbody>
            {seats.map((s) => (
              <Table.Tr key={s.id}>
                <Table.Td>{s.label}</Table.Td>
                <Table.Td>
                  <Switch size="xs" label={t('venues.setup.maintenance')} checked={s.maintenance} onChange={() => maintenance.mutate(s)} />
                </Table.Td>
                <Table.Td>
                  {s.hasClientToken && <Badge size="xs" variant="light">{t('venues.setup.token')}</Badge>}
                  <Button size="compact-xs" variant="subtle" leftSection={<IconKey size={12} />} onClick={() => issue.mutate(s)}>
                    {t('venues.setup.issueToken')}
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Group align="flex-end" gap="xs">
        <TextInput label={t('venues.setup.prefix')} value={prefix} onChange={(e) => setPrefix(e.currentTarget.value.replace(/[^A-Za-z]/g, '').slice(0, 4))} w={80} />
        <NumberInput label={t('venues.setup.from')} min={0} value={from} onChange={setFrom} w={100} />
        <NumberInput label={t('venues.setup.to')} min={0} value={to} onChange={setTo} w={100} />
        <Button variant="light" loading={add.isPending} onClick={() => add.mutate()}>
          {t('venues.setup.addSeats')}
        </Button>
      </Group>
    </Stack>
  );
}

/** One zone: its base rate, rate windows and seats. */
export function ZoneCard({ zone, seats }: { zone: Zone; seats: Seat[] }) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const remove = useMutation({
    mutationFn: () => deleteZone(zone.id),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: venuesKey }),
    onError: (e) => notifyError(t, e),
  });
  return (
    <Paper withBorder p="md" radius="md">
      <Group justify="space-between" mb="sm">
        <Title order={4}>
          {zone.name} <Badge variant="light">{zone.code}</Badge>
        </Title>
        <Group gap="xs">
          <Text size="sm">
            {t('venues.setup.baseRate')}: {formatCents(zone.baseCentsPerHour, i18n.language)}
          </Text>
          {seats.length === 0 && (
            <ActionIcon variant="subtle" color="red" aria-label={t('venues.setup.deleteZone')} onClick={() => remove.mutate()}>
              <IconTrash size={16} />
            </ActionIcon>
          )}
        </Group>
      </Group>
      <Stack gap="md">
        <RatesEditor zone={zone} />
        <SeatsEditor zone={zone} seats={seats} />
      </Stack>
    </Paper>
  );
}
