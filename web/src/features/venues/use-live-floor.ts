import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { API_BASE } from '../../api/client';
import type { LiveMessage } from '../../api/types';
import { floorKey, venuesKey } from './venues.api';

type Reminder = Extract<LiveMessage, { name: 'session.reminder' }>['payload'];

/** Backoff between reconnects: 1 s, 2 s, 4 s … at most 30 s. */
export function reconnectDelay(attempt: number): number {
  return Math.min(30_000, 1000 * 2 ** attempt);
}

/**
 * Listens to the store's live channel: every seat, session or reservation event refreshes the
 * floor; reminders and ends are handed to the callbacks. Reconnects with backoff and refreshes
 * on reconnect (events may have been missed). Answers whether the channel is connected.
 */
export function useLiveFloor(storeId: string | null, handlers: { onReminder: (r: Reminder) => void; onEnded: (seatId: string) => void }): boolean {
  const queryClient = useQueryClient();
  const [connected, setConnected] = useState(false);
  const handlersRef = useRef(handlers);
  handlersRef.current = handlers;

  useEffect(() => {
    if (!storeId) return;
    let socket: WebSocket | null = null;
    let attempt = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stopped = false;
    const url = `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}${API_BASE}/live`;
    const refresh = () => void queryClient.invalidateQueries({ queryKey: floorKey(storeId) });

    const connect = () => {
      socket = new WebSocket(url);
      socket.onopen = () => socket?.send(JSON.stringify({ type: 'subscribe', topic: `store:${storeId}` }));
      socket.onmessage = (e) => {
        const m = JSON.parse(String(e.data)) as LiveMessage;
        if (m.type === 'subscribed') {
          attempt = 0;
          setConnected(true);
          refresh();
        }
        if (m.type !== 'event') return;
        refresh();
        void queryClient.invalidateQueries({ queryKey: [...venuesKey, 'member-sessions'] });
        if (m.name === 'session.reminder') handlersRef.current.onReminder(m.payload);
        if (m.name === 'session.ended') handlersRef.current.onEnded(m.payload.seatId);
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
      socket?.close();
      setConnected(false);
    };
  }, [storeId, queryClient]);
  return connected;
}
