import { Button, Group, NumberInput, SegmentedControl, Select, Stack, Text, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FloorSeat, OverrideRequest } from '../../api/types';
import { formatDateTime } from '../../ui/format';
import { notifyError, notifySuccess } from '../../ui/notify';
import { usePermissions } from '../auth/auth.api';
import { changeSeat, endSession, overrideSession, venuesKey } from './venues.api';

type ActiveSession = NonNullable<FloorSeat['session']>;

/** What staff do with a running session: end it, move it, or override it with a reason. */
export function SessionControls({ seat, session, seats, onDone }: { seat: FloorSeat; session: ActiveSession; seats: FloorSeat[]; onDone: () => void }) {
  const { t, i18n } = useTranslation();
  const can = usePermissions();
  const queryClient = useQueryClient();
  const [target, setTarget] = useState<string | null>(null);
  const [action, setAction] = useState<OverrideRequest['action']>('grant_minutes');
  const [minutes, setMinutes] = useState<number | string>(30);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);
  const done = (message: string) => {
    notifySuccess(message);
    void queryClient.invalidateQueries({ queryKey: venuesKey });
    onDone();
  };
  const end = useMutation({ mutationFn: () => endSession(session.id), onSuccess: () => done(t('venues.drawer.endedOk')), onError: (e) => notifyError(t, e) });
  const move = useMutation({
    mutationFn: (seatId: string) => changeSeat(session.id, { seatId }),
    onSuccess: (s) => done(t('venues.drawer.moved', { seat: s.seatLabel })),
    onError: (e) => notifyError(t, e),
  });
  const override = useMutation({
    mutationFn: (body: OverrideRequest) => overrideSession(session.id, body),
    onSuccess: () => done(t('venues.drawer.overrideDone')),
    onError: (e) => notifyError(t, e),
  });
  const submitOverride = () => {
    if (!reason.trim()) return setReasonError(t('venues.drawer.reasonRequired'));
    override.mutate({ action, reason: reason.trim(), ...(action === 'grant_minutes' ? { minutes: Number(minutes) } : {}) });
  };
  const free = seats.filter((s) => s.state === 'free' && s.id !== seat.id);

  return (
    <Stack gap="md">
      <Stack gap={2}>
        <Text fw={600}>{session.memberName}</Text>
        <Text size="sm" c="dimmed">
          {t('venues.drawer.started')}: {formatDateTime(session.startedAt, i18n.language)}
        </Text>
        <Text size="sm">
          {t('venues.drawer.left')}: {session.exhaustedAt ? t('venues.floor.exhausted') : t('venues.floor.minutesLeft', { minutes: session.minutesLeft ?? 0 })}
        </Text>
      </Stack>
      <Button color="red" onClick={() => end.mutate()} loading={end.isPending}>
        {t('venues.drawer.end')}
      </Button>
      <Group align="flex-end" gap="xs">
        <Select
          label={t('venues.drawer.targetSeat')}
          placeholder={t('venues.sessions.pickSeat')}
          nothingFoundMessage={t('venues.sessions.noFreeSeat')}
          data={free.map((s) => ({ value: s.id, label: s.label }))}
          value={target}
          onChange={setTarget}
          searchable
          flex={1}
        />
        <Button variant="light" disabled={!target} loading={move.isPending} onClick={() => target && move.mutate(target)}>
          {t('venues.drawer.changeSeat')}
        </Button>
      </Group>
      {can('sessions:override') && (
        <Stack gap="xs">
          <Text fw={600} size="sm">
            {t('venues.drawer.override')}
          </Text>
          <SegmentedControl
            value={action}
            onChange={(v) => setAction(v as OverrideRequest['action'])}
            data={[
              { value: 'grant_minutes', label: t('venues.drawer.grantMinutes') },
              { value: 'end_free', label: t('venues.drawer.endFree') },
            ]}
          />
          {action === 'grant_minutes' && <NumberInput label={t('venues.drawer.minutes')} min={1} max={1440} value={minutes} onChange={setMinutes} />}
          <TextInput
            label={t('venues.drawer.reason')}
            value={reason}
            error={reasonError}
            onChange={(e) => {
              setReason(e.currentTarget.value);
              setReasonError(null);
            }}
            onKeyDown={(e) => e.key === 'Enter' && submitOverride()}
          />
          <Button variant="default" onClick={submitOverride} loading={override.isPending}>
            {t('venues.drawer.override')}
          </Button>
        </Stack>
      )}
    </Stack>
  );
}
