import type { FastifyInstance } from 'fastify';
import type { WebSocket } from '@fastify/websocket';
import { isAllowed } from '../auth/auth.plugin';
import { principalStoreId } from '../auth/principal';
import { liveHub, type LiveMessage } from './live-hub';
import { TICKETS_TOPIC, ticketTopicFilter, type TicketLiveMessage } from './ticket-feed';

const STORE_TOPIC = /^store:([0-9a-f-]{36})$/i;
const MAX_TOPICS = 20;
const PING_MS = 25_000;

type ClientMessage = { type: 'subscribe' | 'unsubscribe'; topic: string };

function parse(raw: unknown): ClientMessage | null {
  try {
    const m = JSON.parse(String(raw)) as Partial<ClientMessage>;
    return (m.type === 'subscribe' || m.type === 'unsubscribe') && typeof m.topic === 'string' ? (m as ClientMessage) : null;
  } catch {
    return null;
  }
}

/** Pings the client so proxies keep the connection; stops with the socket. */
export function keepAlive(socket: WebSocket): void {
  const timer = setInterval(() => socket.ping(), PING_MS);
  socket.on('close', () => clearInterval(timer));
}

/**
 * GET /api/v1/live: the staff live channel (WebSocket, cookie session). The client sends
 * `{"type":"subscribe","topic":"store:<id>"}` and receives `{"type":"event","name","payload"}`
 * for seat, session and reservation events of that store. Subscribing needs `sessions:operate`
 * (`{"type":"error","code":"forbidden"}` otherwise); store-bound users may subscribe
 * only to their own store (`{"type":"error","code":"store_scope"}` otherwise).
 *
 * The `tickets` topic (needs `tickets:read`) carries `ticket.created`, `ticket.updated` and
 * `ticket.message_added` with ids and placement only, for the tickets in the subscriber's
 * scope (ticket-feed.ts).
 */
export async function liveRoutes(app: FastifyInstance): Promise<void> {
  const hub = liveHub(app);
  app.get('/live', { websocket: true, config: { access: 'authenticated' } }, (socket, request) => {
    const own = principalStoreId(request.principal);
    const subscriptions = new Map<string, () => void>();
    const send = (message: object) => {
      if (socket.readyState === socket.OPEN) socket.send(JSON.stringify(message));
    };
    keepAlive(socket);
    const subscribeTickets = async () => {
      const accept = await ticketTopicFilter(app, request);
      if (!accept) return send({ type: 'error', code: 'forbidden', topic: TICKETS_TOPIC });
      if (!subscriptions.has(TICKETS_TOPIC)) {
        if (subscriptions.size >= MAX_TOPICS) return send({ type: 'error', code: 'too_many_topics', topic: TICKETS_TOPIC });
        subscriptions.set(TICKETS_TOPIC, hub.listen(TICKETS_TOPIC, send, (m: LiveMessage) => 'topic' in m && accept(m as TicketLiveMessage)));
      }
      send({ type: 'subscribed', topic: TICKETS_TOPIC });
    };
    socket.on('message', (raw: unknown) => {
      const m = parse(raw);
      if (m?.topic === TICKETS_TOPIC) {
        if (m.type === 'subscribe') return void subscribeTickets().catch(() => send({ type: 'error', code: 'internal', topic: TICKETS_TOPIC }));
        subscriptions.get(TICKETS_TOPIC)?.();
        subscriptions.delete(TICKETS_TOPIC);
        return send({ type: 'unsubscribed', topic: TICKETS_TOPIC });
      }
      const storeId = m ? STORE_TOPIC.exec(m.topic)?.[1]?.toLowerCase() : undefined;
      if (!m || !storeId) return send({ type: 'error', code: 'invalid_message', topic: m?.topic ?? null });
      const topic = `store:${storeId}`;
      if (m.type === 'unsubscribe') {
        subscriptions.get(topic)?.();
        subscriptions.delete(topic);
        return send({ type: 'unsubscribed', topic });
      }
      // Store topics carry what the floor shows: only those who may see the floor, at their own store.
      if (!request.principal || !isAllowed(request.principal, 'sessions:operate')) return send({ type: 'error', code: 'forbidden', topic });
      if (own && own !== storeId) return send({ type: 'error', code: 'store_scope', topic });
      if (!subscriptions.has(topic)) {
        if (subscriptions.size >= MAX_TOPICS) return send({ type: 'error', code: 'too_many_topics', topic });
        subscriptions.set(topic, hub.listen(topic, send));
      }
      send({ type: 'subscribed', topic });
    });
    socket.on('close', () => {
      for (const stop of subscriptions.values()) stop();
      subscriptions.clear();
    });
  });
}
