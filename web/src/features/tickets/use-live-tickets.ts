import { useQueryClient } from '@tanstack/react-query';
import { useLiveTopic } from '../../api/use-live-topic';
import { ticketKey, ticketListKey, ticketViewsKey } from './tickets.api';
import type { TicketLiveMessage } from './tickets.types';

/**
 * Subscribes to the `tickets` live topic: each event (ids and placement only) refreshes the
 * lists, the view counts and that ticket's queries; a (re)subscription refreshes the lists
 * (events may have been missed). Answers whether the channel is connected.
 */
export function useLiveTickets(): boolean {
  const queryClient = useQueryClient();
  const refreshLists = () => {
    void queryClient.invalidateQueries({ queryKey: ticketListKey });
    void queryClient.invalidateQueries({ queryKey: ticketViewsKey });
  };
  return useLiveTopic<TicketLiveMessage>('tickets', {
    onSubscribed: refreshLists,
    onEvent: (m) => {
      refreshLists();
      void queryClient.invalidateQueries({ queryKey: ticketKey(m.payload.ticketId) });
    },
  });
}
