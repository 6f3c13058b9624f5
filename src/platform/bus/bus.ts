import type { DomainEvents, EventEnvelope, EventName } from './events';

export type Handler<N extends EventName> = (event: EventEnvelope<N>) => void | Promise<void>;

/** Publishes domain events to every app instance (in-process, or through Redis). */
export interface Bus {
  publish<N extends EventName>(name: N, payload: DomainEvents[N]): Promise<void>;
  /** Publishes several events in order, as one message where the transport allows (a transaction's outbox). */
  publishAll?(events: PendingEvent[]): Promise<void>;
  /** Subscribes to one event name; returns the unsubscribe function. */
  subscribe<N extends EventName>(name: N, handler: Handler<N>): () => void;
  close(): Promise<void>;
}

/** An event not yet published. */
export interface PendingEvent {
  name: EventName;
  payload: unknown;
}

/** Events collected during a transaction and published once it has committed. */
export interface Outbox {
  add<N extends EventName>(name: N, payload: DomainEvents[N]): void;
}
