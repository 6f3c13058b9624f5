import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { API_BASE } from '../../api/client';
import { reconnectDelay } from '../venues/use-live-floor';
import { ticketKey, ticketListKey, ticketViewsKey } from './tickets.api';
import type { TicketLiveMessage } from './tickets.types';

/**
 * Subscribes to the `tickets` live topic: each event (ids and placement only) refreshes the
 * lists, the view counts and that ticket's queries. Reconnects with backoff and refreshes
 * on reconnect (events may have been missed). Answers whether the channel is connected.
 */
export function useLiveTickets(): boolean {
  const queryClient = useQueryClient();
  const [connected, setConnected] = useState(false);

  useEffect(() => {
    let socket: WebSocket | null = null;
    let attempt = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stopped = false;
    const url = `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}${API_BASE}/live`;
    const refreshLists = () => {
      void queryClient.invalidateQueries({ queryKey: ticketListKey });
      void queryClient.invalidateQueries({ queryKey: ticketViewsKey });
    };

    const connect = () => {
      socket = new WebSocket(url);
      socket.onopen = () => socket?.send(JSON.stringify({ type: 'subscribe', topic: 'tickets' }));
      socket.onmessage = (e) => {
        const m = JSON.parse(String(e.data)) as TicketLiveMessage;
        if (m.type === 'subscribed') {
          attempt = 0;
          setConnected(true);
          refreshLists();
        }
        if (m.type !== 'event') return;
        refreshLists();
        void queryClient.invalidateQueries({ queryKey: ticketKey(m.payload.ticketId) });
      };
      socket.onclose = () => {
        setConnected(false);
        if (stopped) return;
        timer = setTimeout(connect, reconnectDelay(attempt++));
      };
    };
    connect();
    return () => {
      stopped = true;
      clearTimeout(timer);
      // Closing a socket still connecting logs an error in the browser: close it once open.
      if (socket?.readyState === WebSocket.CONNECTING) socket.onopen = () => socket?.close();
      else socket?.close();
      setConnected(false);
    };
  }, [queryClient]);
  return connected;
}
