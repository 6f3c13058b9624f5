import { useQueryClient } from '@tanstack/react-query';
import { useLiveTopic } from '../../api/use-live-topic';
import type { LiveMessage } from '../../api/types';
import { floorKey, venuesKey } from './venues.api';

type Reminder = Extract<LiveMessage, { name: 'session.reminder' }>['payload'];

/**
 * Listens to the store's live topic: every seat, session or reservation event refreshes the
 * floor; reminders and ends are handed to the callbacks. A (re)subscription refreshes the floor
 * (events may have been missed). Answers whether the channel is connected.
 */
export function useLiveFloor(storeId: string | null, handlers: { onReminder: (r: Reminder) => void; onEnded: (seatId: string) => void }): boolean {
  const queryClient = useQueryClient();
  const refresh = () => {
    if (storeId) void queryClient.invalidateQueries({ queryKey: floorKey(storeId) });
  };
  return useLiveTopic<LiveMessage>(storeId ? `store:${storeId}` : null, {
    onSubscribed: refresh,
    onEvent: (m) => {
      refresh();
      void queryClient.invalidateQueries({ queryKey: [...venuesKey, 'member-sessions'] });
      if (m.name === 'session.reminder') handlers.onReminder(m.payload);
      if (m.name === 'session.ended') handlers.onEnded(m.payload.seatId);
    },
  });
}
