import { Badge, Button, Group, Select, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notifyError, notifySuccess } from '../../ui/notify';
import { usePermissions } from '../auth/auth.api';
import { useDeskStore } from '../front-desk/desk-store';
import { checkIn, endSession, useFloor, useMemberSessions, venuesKey } from './venues.api';

/** On the front desk, under the member found: their running session (with End), or check-in to a free seat. */
export function FrontDeskSessionActions({ customerId }: { customerId: string }) {
  return usePermissions()('sessions:operate') ? <SessionActions customerId={customerId} /> : null;
}

function SessionActions({ customerId }: { customerId: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [picked, setPicked] = useState<string | null>(null);
  const { storeId } = useDeskStore(picked, setPicked);
  const sessions = useMemberSessions(customerId);
  const active = sessions.data?.items.find((s) => s.status === 'active');
  const floor = useFloor(active ? null : storeId);
  const [seatId, setSeatId] = useState<string | null>(null);
  const refresh = () => void queryClient.invalidateQueries({ queryKey: venuesKey });
  const start = useMutation({
    mutationFn: () => checkIn({ seatId: seatId!, customerId }),
    onSuccess: (s) => {
      notifySuccess(t('venues.drawer.checkedIn', { name: s.memberName, seat: s.seatLabel }));
      setSeatId(null);
      refresh();
    },
    onError: (e) => notifyError(t, e),
  });
  const end = useMutation({
    mutationFn: () => endSession(active!.id),
    onSuccess: () => {
      notifySuccess(t('venues.drawer.endedOk'));
      refresh();
    },
    onError: (e) => notifyError(t, e),
  });

  if (sessions.isPending) return null;
  if (active) {
    return (
      <Group gap="sm">
        <Badge color="blue">{t('venues.sessions.active')}</Badge>
        <Text size="sm">
          {active.seatLabel} · {active.exhaustedAt ? t('venues.floor.exhausted') : t('venues.floor.minutesLeft', { minutes: active.minutesLeft ?? 0 })}
        </Text>
        <Button size="xs" color="red" variant="light" loading={end.isPending} onClick={() => end.mutate()}>
          {t('venues.drawer.end')}
        </Button>
      </Group>
    );
  }
  if (!storeId) return null;
  const free = (floor.data?.seats ?? []).filter((s) => s.state === 'free');
  return (
    <Group gap="xs" align="flex-end">
      <Select
        aria-label={t('venues.sessions.freeSeat')}
        placeholder={t('venues.sessions.pickSeat')}
        nothingFoundMessage={t('venues.sessions.noFreeSeat')}
        data={free.map((s) => ({ value: s.id, label: s.label }))}
        value={seatId}
        onChange={setSeatId}
        searchable
        size="xs"
        w={160}
      />
      <Button size="xs" disabled={!seatId} loading={start.isPending} onClick={() => start.mutate()}>
        {t('venues.drawer.checkIn')}
      </Button>
    </Group>
  );
}
