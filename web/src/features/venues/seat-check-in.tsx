import { Button, Group, Stack, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FloorSeat, MemberView } from '../../api/types';
import { notifyError, notifySuccess } from '../../ui/notify';
import { formatCents } from '../membership/membership-format';
import { MemberLookup } from './member-lookup';
import { checkIn, venuesKey } from './venues.api';

/** Finds a member and checks them in on this seat (claiming their reservation if it is theirs). */
export function SeatCheckIn({ seat, onDone }: { seat: FloorSeat; onDone: () => void }) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const [member, setMember] = useState<MemberView | null>(null);
  const start = useMutation({
    mutationFn: (m: MemberView) =>
      checkIn({
        seatId: seat.id,
        customerId: m.customer.id,
        ...(seat.nextReservation?.customerId === m.customer.id ? { reservationId: seat.nextReservation.id } : {}),
      }),
    onSuccess: (s) => {
      notifySuccess(t('venues.drawer.checkedIn', { name: s.memberName, seat: s.seatLabel }));
      void queryClient.invalidateQueries({ queryKey: venuesKey });
      onDone();
    },
    onError: (e) => notifyError(t, e),
  });
  return (
    <Stack gap="sm">
      <MemberLookup autoFocus onFound={setMember} />
      {member && (
        <Group justify="space-between">
          <Stack gap={0}>
            <Text fw={600}>{member.customer.displayName}</Text>
            <Text size="xs" c="dimmed">
              {formatCents(member.wallet.cashCents, i18n.language)} · {member.packages.reduce((n, p) => n + p.minutesLeft, 0)} {t('venues.drawer.minutes')}
            </Text>
          </Stack>
          <Button onClick={() => start.mutate(member)} loading={start.isPending} data-autofocus>
            {t('venues.drawer.checkIn')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
