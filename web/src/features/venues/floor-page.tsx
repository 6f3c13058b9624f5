import { Badge, Group, Paper, SimpleGrid, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconArmchair } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FloorSeat, MemberView } from '../../api/types';
import { EmptyState } from '../../ui/empty-state';
import { ErrorAlert } from '../../ui/error-alert';
import { PageHeader } from '../../ui/page-header';
import { DeskStorePicker, useDeskStore } from '../front-desk/desk-store';
import { FrontDeskSessionActions } from './front-desk-session-actions';
import { MemberLookup } from './member-lookup';
import { SeatDrawer } from './seat-drawer';
import { SeatTile } from './seat-tile';
import { useLiveFloor } from './use-live-floor';
import { useFloor } from './venues.api';

/** The smallest reminder threshold a session has reached, from the floor data or a live reminder. */
function reminderOf(seat: FloorSeat, live: Map<string, number>): number | null {
  if (!seat.session) return null;
  const fromLive = live.get(seat.id);
  if (fromLive !== undefined) return fromLive;
  return seat.session.remindersSent.length > 0 ? Math.min(...seat.session.remindersSent) : null;
}

/** The live floor map of a store (/venues). */
export function FloorPage() {
  const { t } = useTranslation();
  const [picked, setPicked] = useState<string | null>(null);
  const { storeId, bound } = useDeskStore(picked, setPicked);
  const floor = useFloor(storeId);
  const [openSeatId, setOpenSeatId] = useState<string | null>(null);
  const [reminders, setReminders] = useState(new Map<string, number>());
  const [member, setMember] = useState<MemberView | null>(null);
  const lookupRef = useRef<HTMLInputElement>(null);
  const labelOf = (seatId: string) => floor.data?.seats.find((s) => s.id === seatId)?.label ?? '';

  const connected = useLiveFloor(storeId, {
    onReminder: (r) => {
      setReminders((m) => new Map(m).set(r.seatId, r.minutesLeft));
      const seat = floor.data?.seats.find((s) => s.id === r.seatId);
      notifications.show({
        color: 'orange',
        title: t('venues.floor.reminderTitle', { seat: seat?.label ?? '' }),
        message: t('venues.floor.reminderBody', { name: seat?.session?.memberName ?? '', minutes: r.minutesLeft }),
        autoClose: 15_000,
      });
    },
    onEnded: (seatId) => {
      setReminders((m) => {
        const next = new Map(m);
        next.delete(seatId);
        return next;
      });
      notifications.show({ color: 'gray', message: t('venues.floor.ended', { seat: labelOf(seatId) }), autoClose: 8000 });
    },
  });
  useHotkeys([['/', () => lookupRef.current?.focus()]]);

  const zones = floor.data?.zones ?? [];
  const seats = floor.data?.seats ?? [];
  const openSeat = seats.find((s) => s.id === openSeatId) ?? null;
  return (
    <>
      <PageHeader
        title={t('venues.floor.title')}
        description={t('venues.floor.description')}
        actions={
          <Group gap="sm">
            {storeId && <Badge color={connected ? 'teal' : 'gray'} variant="dot">{connected ? t('venues.floor.live') : t('venues.floor.offline')}</Badge>}
            {!bound && <DeskStorePicker value={storeId} onChange={setPicked} />}
          </Group>
        }
      />
      {!storeId ? (
        <EmptyState icon={<IconArmchair size={28} />} title={t('venues.floor.pickStore')} />
      ) : (
        <Stack gap="md">
          <Paper withBorder p="md" radius="md">
            <Group align="flex-end" wrap="wrap">
              <MemberLookup inputRef={lookupRef} onFound={setMember} />
              <Text size="xs" c="dimmed">
                {t('venues.floor.shortcuts')}
              </Text>
            </Group>
            {member && (
              <Group mt="sm" gap="md">
                <Text fw={600}>{member.customer.displayName}</Text>
                <FrontDeskSessionActions customerId={member.customer.id} />
              </Group>
            )}
          </Paper>
          {floor.isPending ? (
            <SimpleGrid cols={8}>{Array.from({ length: 16 }, (_, i) => <Skeleton key={i} h={92} radius="md" />)}</SimpleGrid>
          ) : floor.error ? (
            <ErrorAlert error={floor.error} />
          ) : seats.length === 0 ? (
            <EmptyState icon={<IconArmchair size={28} />} title={t('venues.floor.noSeats')} description={t('venues.floor.noSeatsHint')} />
          ) : (
            zones.map((zone) => {
              const inZone = seats.filter((s) => s.zoneId === zone.id);
              if (inZone.length === 0) return null;
              const origin = { x: Math.min(...inZone.map((s) => s.x)), y: Math.min(...inZone.map((s) => s.y)) };
              const cols = Math.max(...inZone.map((s) => s.x)) - origin.x + 1;
              return (
                <Paper key={zone.id} withBorder p="md" radius="md">
                  <Title order={4} mb="sm">
                    {zone.name}
                  </Title>
                  <div style={{ display: 'grid', gridTemplateColumns: `repeat(${cols}, minmax(88px, 120px))`, gap: 8, overflowX: 'auto' }}>
                    {inZone.map((seat) => (
                      <SeatTile key={seat.id} seat={seat} origin={origin} reminder={reminderOf(seat, reminders)} onOpen={() => setOpenSeatId(seat.id)} />
                    ))}
                  </div>
                </Paper>
              );
            })
          )}
        </Stack>
      )}
      <SeatDrawer seat={openSeat} seats={seats} onClose={() => setOpenSeatId(null)} />
    </>
  );
}
