import { useEffect, useRef, useState } from 'react';
import { API_BASE } from './client';

/** Backoff between reconnects: 1 s, 2 s, 4 s … at most 30 s. */
export function reconnectDelay(attempt: number): number {
  return Math.min(30_000, 1000 * 2 ** attempt);
}

/** What a page does with one topic of the staff live channel; `M` is the union of the frames it may receive. */
export interface LiveTopicHandlers<M extends { type: string }> {
  /** The subscription is in place (first time or after a reconnect): events may have been missed, so refresh. */
  onSubscribed(): void;
  onEvent(event: Extract<M, { type: 'event' }>): void;
}

/**
 * Subscribes to `topic` on the staff live channel (GET /api/v1/live) while it is set, handing
 * each event to `onEvent`. Reconnects with backoff and calls `onSubscribed` on every
 * (re)subscription. Answers whether the channel is connected. The handlers may change on
 * each render; only a change of topic reconnects.
 *
 * @example
 * const live = useLiveTopic<TicketLiveMessage>('tickets', { onSubscribed: refresh, onEvent: (e) => refreshTicket(e.payload.ticketId) });
 */
export function useLiveTopic<M extends { type: string }>(topic: string | null, handlers: LiveTopicHandlers<M>): boolean {
  const [connected, setConnected] = useState(false);
  const handlersRef = useRef(handlers);
  handlersRef.current = handlers;

  useEffect(() => {
    if (!topic) return;
    let socket: WebSocket | null = null;
    let attempt = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stopped = false;
    const url = `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}${API_BASE}/live`;

    const connect = () => {
      socket = new WebSocket(url);
      socket.onopen = () => socket?.send(JSON.stringify({ type: 'subscribe', topic }));
      socket.onmessage = (e) => {
        const m = JSON.parse(String(e.data)) as M;
        if (m.type === 'subscribed') {
          attempt = 0;
          setConnected(true);
          handlersRef.current.onSubscribed();
        }
        if (m.type === 'event') handlersRef.current.onEvent(m as Extract<M, { type: 'event' }>);
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
  }, [topic]);
  return connected;
}
