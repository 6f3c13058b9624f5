import type { FastifyInstance } from 'fastify';
import type { DomainEvents, EventName } from '../bus/events';
import { relayTicketEvents, TICKETS_TOPIC, type TicketLiveMessage } from './ticket-feed';

/** Bus events relayed to live clients: they all carry a storeId and a seatId. */
export const LIVE_EVENTS = ['seat.updated', 'session.started', 'session.updated', 'session.reminder', 'session.ended', 'reservation.changed'] as const;
export type LiveEventName = (typeof LIVE_EVENTS)[number];
export type StoreLiveMessage = { [N in LiveEventName]: { type: 'event'; name: N; payload: DomainEvents[N] } }[LiveEventName];
/** What a topic delivers: store and seat topics their venue events, `tickets` ticket events (ids and placement). */
export type LiveMessage = StoreLiveMessage | TicketLiveMessage;
type Listener = (message: LiveMessage) => void;

/** Topics and their listeners on one app instance; events arrive through the bus (Redis across instances). */
export interface LiveHub {
  /**
   * Listens on a topic (`store:<id>`, `seat:<id>`, `tickets`); answers the function that stops
   * listening. `accept`, when given, picks the messages this listener receives (a subscriber's scope).
   */
  listen(topic: string, listener: Listener, accept?: (message: LiveMessage) => boolean): () => void;
}

const hubs = new WeakMap<object, LiveHub>();

function createHub(app: FastifyInstance): LiveHub {
  const topics = new Map<string, Set<Listener>>();
  const deliver = (topic: string, message: LiveMessage) => {
    for (const listener of topics.get(topic) ?? []) listener(message);
  };
  const ticketRelay = relayTicketEvents(app, () => topics.has(TICKETS_TOPIC), (message) => deliver(TICKETS_TOPIC, message));
  const unsubscribers = LIVE_EVENTS.map((name) =>
    app.deps.bus.subscribe(name as EventName, (event) => {
      const payload = event.payload as { storeId: string; seatId: string };
      const message = { type: 'event', name, payload } as StoreLiveMessage;
      deliver(`store:${payload.storeId}`, message);
      deliver(`seat:${payload.seatId}`, message);
    }),
  );
  app.addHook('onClose', async () => {
    for (const stop of [...unsubscribers, ...ticketRelay]) stop();
  });
  return {
    listen(topic, listener, accept) {
      const set = topics.get(topic) ?? new Set();
      const own: Listener = accept
        ? (message) => {
            if (accept(message)) listener(message);
          }
        : listener;
      set.add(own);
      topics.set(topic, set);
      return () => {
        set.delete(own);
        if (set.size === 0) topics.delete(topic);
      };
    },
  };
}

/**
 * The live hub of this app (one per HTTP server, shared by every route plugin). Call it while
 * registering routes (it adds an onClose hook that stops listening to the bus).
 * @example const stop = liveHub(app).listen(`store:${id}`, (m) => socket.send(JSON.stringify(m)))
 */
export function liveHub(app: FastifyInstance): LiveHub {
  let hub = hubs.get(app.server);
  if (!hub) {
    hub = createHub(app);
    hubs.set(app.server, hub);
  }
  return hub;
}
