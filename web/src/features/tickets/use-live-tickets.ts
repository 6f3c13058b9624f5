import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useLiveTopic } from '../../api/use-live-topic';
import { ticketKey, ticketListKey, ticketViewsKey } from './tickets.api';
import type { TicketLiveMessage } from './tickets.types';

/** Lists and view counts refresh at most this often however busy the desk is (the last event is never lost). */
const LIST_REFRESH_MS = 1_000;

/**
 * Subscribes to the `tickets` live topic: each event (ids and placement only) refreshes that
 * ticket's queries at once and the lists and view counts at most once a second (a burst of
 * events is one refresh at its start and one at its end); a (re)subscription refreshes the
 * lists (events may have been missed). Answers whether the channel is connected.
 */
export function useLiveTickets(): boolean {
  const queryClient = useQueryClient();
  const last = useRef(0);
  const pending = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(() => () => {
    if (pending.current) clearTimeout(pending.current);
  }, []);
  const refreshNow = () => {
    last.current = Date.now();
    pending.current = null;
    void queryClient.invalidateQueries({ queryKey: ticketListKey });
    void queryClient.invalidateQueries({ queryKey: ticketViewsKey });
  };
  const refreshLists = () => {
    const wait = last.current + LIST_REFRESH_MS - Date.now();
    if (wait <= 0) refreshNow();
    else pending.current ??= setTimeout(refreshNow, wait);
  };
  return useLiveTopic<TicketLiveMessage>('tickets', {
    onSubscribed: refreshNow,
    onEvent: (m) => {
      refreshLists();
      void queryClient.invalidateQueries({ queryKey: ticketKey(m.payload.ticketId) });
    },
  });
}
