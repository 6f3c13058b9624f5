import { Badge, Paper, Stack, Text, UnstyledButton } from '@mantine/core';
import { IconBellRinging } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { FloorSeat, SeatState } from '../../api/types';

export const stateColor: Record<SeatState, string> = { free: 'teal', in_use: 'blue', reserved: 'yellow', maintenance: 'gray' };

/** One seat on the floor map: label, state colour, member and time left, and a reminder flag. */
export function SeatTile({ seat, reminder, origin, onOpen }: { seat: FloorSeat; reminder: number | null; origin: { x: number; y: number }; onOpen: () => void }) {
  const { t, i18n } = useTranslation();
  const color = stateColor[seat.state];
  const left = seat.session?.minutesLeft;
  return (
    <UnstyledButton onClick={onOpen} aria-label={`${seat.label} ${t(`venues.state.${seat.state}`)}`} data-seat={seat.label} data-state={seat.state} style={{ gridColumn: seat.x - origin.x + 1, gridRow: seat.y - origin.y + 1 }}>
      <Paper
        withBorder
        p={6}
        radius="md"
        h={92}
        bg={`var(--mantine-color-${color}-light)`}
        style={{ borderColor: reminder !== null ? 'var(--mantine-color-orange-6)' : `var(--mantine-color-${color}-outline)`, borderWidth: reminder !== null ? 2 : 1 }}
      >
        <Stack gap={2}>
          <Text fw={700} size="sm">
            {seat.label}
          </Text>
          {seat.session ? (
            <>
              <Text size="xs" truncate>
                {seat.session.memberName}
              </Text>
              <Text size="xs" c={seat.session.exhaustedAt ? 'red' : 'dimmed'}>
                {seat.session.exhaustedAt ? t('venues.floor.exhausted') : left != null ? t('venues.floor.minutesLeft', { minutes: left }) : ''}
              </Text>
            </>
          ) : seat.nextReservation && seat.state === 'reserved' ? (
            <Text size="xs" c="dimmed" truncate>
              {t('venues.floor.reservedAt', { time: new Date(seat.nextReservation.startsAt).toLocaleTimeString(i18n.language, { hour: '2-digit', minute: '2-digit' }) })}
            </Text>
          ) : (
            <Text size="xs" c="dimmed">
              {t(`venues.state.${seat.state}`)}
            </Text>
          )}
          {reminder !== null && (
            <Badge size="xs" color="orange" leftSection={<IconBellRinging size={10} />} data-testid="seat-reminder">
              {t('venues.floor.reminder', { minutes: reminder })}
            </Badge>
          )}
        </Stack>
      </Paper>
    </UnstyledButton>
  );
}
