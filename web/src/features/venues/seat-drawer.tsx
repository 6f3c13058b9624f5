import { Badge, Button, Divider, Drawer, Group, NumberInput, Stack, Text, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FloorSeat, MemberView } from '../../api/types';
import { formatDateTime } from '../../ui/format';
import { notifyError, notifySuccess } from '../../ui/notify';
import { usePermissions } from '../auth/auth.api';
import { MemberLookup } from './member-lookup';
import { SeatCheckIn } from './seat-check-in';
import { stateColor } from './seat-tile';
import { SessionControls } from './session-controls';
import { cancelReservation, createReservation, updateSeat, venuesKey } from './venues.api';

/** `datetime-local` value of a date, in the browser's time. */
function localInput(d: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

function ReserveForm({ seat, onDone }: { seat: FloorSeat; onDone: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [member, setMember] = useState<MemberView | null>(null);
  const [from, setFrom] = useState(() => localInput(new Date(Date.now() + 30 * 60_000)));
  const [minutes, setMinutes] = useState<number | string>(120);
  const reserve = useMutation({
    mutationFn: () => {
      const startsAt = new Date(from);
      return createReservation({ seatId: seat.id, customerId: member!.customer.id, startsAt: startsAt.toISOString(), endsAt: new Date(startsAt.getTime() + Number(minutes) * 60_000).toISOString() });
    },
    onSuccess: () => {
      notifySuccess(t('venues.drawer.reserved'));
      void queryClient.invalidateQueries({ queryKey: venuesKey });
      onDone();
    },
    onError: (e) => notifyError(t, e),
  });
  return (
    <Stack gap="xs">
      <Text fw={600} size="sm">
        {t('venues.drawer.reserve')}
      </Text>
      <MemberLookup label={t('venues.drawer.reserveMember')} onFound={setMember} />
      {member && <Text size="sm">{member.customer.displayName}</Text>}
      <Group grow>
        <TextInput type="datetime-local" label={t('venues.drawer.reserveFrom')} value={from} onChange={(e) => setFrom(e.currentTarget.value)} />
        <NumberInput label={t('venues.drawer.reserveMinutes')} min={15} max={1440} step={30} value={minutes} onChange={setMinutes} />
      </Group>
      <Button variant="light" disabled={!member} loading={reserve.isPending} onClick={() => reserve.mutate()}>
        {t('venues.drawer.reserve')}
      </Button>
    </Stack>
  );
}

/** The drawer of one seat: check in, manage the session, reserve, maintenance. Esc closes. */
export function SeatDrawer({ seat, seats, onClose }: { seat: FloorSeat | null; seats: FloorSeat[]; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const can = usePermissions();
  const queryClient = useQueryClient();
  const refresh = () => void queryClient.invalidateQueries({ queryKey: venuesKey });
  const maintenance = useMutation({
    mutationFn: (on: boolean) => updateSeat(seat!.id, { maintenance: on }),
    onSuccess: refresh,
    onError: (e) => notifyError(t, e),
  });
  const cancel = useMutation({ mutationFn: cancelReservation, onSuccess: refresh, onError: (e) => notifyError(t, e) });
  return (
    <Drawer opened={seat !== null} onClose={onClose} position="right" title={seat ? t('venues.drawer.seat', { label: seat.label }) : ''}>
      {seat && (
        <Stack gap="md">
          <Badge color={stateColor[seat.state]}>{t(`venues.state.${seat.state}`)}</Badge>
          {seat.session ? (
            <SessionControls seat={seat} session={seat.session} seats={seats} onDone={onClose} />
          ) : seat.state !== 'maintenance' ? (
            <SeatCheckIn seat={seat} onDone={onClose} />
          ) : null}
          {seat.nextReservation && (
            <Group justify="space-between">
              <Text size="sm">
                {t('venues.drawer.nextReservation')}: {seat.nextReservation.memberName} · {formatDateTime(seat.nextReservation.startsAt, i18n.language)}
              </Text>
              <Button size="xs" variant="subtle" color="red" loading={cancel.isPending} onClick={() => cancel.mutate(seat.nextReservation!.id)}>
                {t('venues.drawer.cancelReservation')}
              </Button>
            </Group>
          )}
          <Divider />
          {seat.state !== 'maintenance' && <ReserveForm seat={seat} onDone={onClose} />}
          {can('venues:manage') && !seat.session && (
            <Button variant="default" loading={maintenance.isPending} onClick={() => maintenance.mutate(seat.state !== 'maintenance')}>
              {seat.state === 'maintenance' ? t('venues.drawer.maintenanceOff') : t('venues.drawer.maintenanceOn')}
            </Button>
          )}
        </Stack>
      )}
    </Drawer>
  );
}
