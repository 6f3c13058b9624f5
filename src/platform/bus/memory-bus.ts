import type { Bus, Handler } from './bus';
import type { EventEnvelope, EventName } from './events';
import type { Logger } from '../logger';

type AnyHandler = (event: EventEnvelope) => void | Promise<void>;

/**
 * Delivers events to handlers in this process only (embedded mode and unit tests).
 * RedisBus reuses it as its local dispatcher: envelopes arriving from Redis go through `deliver`.
 */
export class MemoryBus implements Bus {
  private handlers = new Map<EventName, Set<AnyHandler>>();

  constructor(
    private readonly newId: () => string,
    private readonly now: () => Date,
    private readonly logger?: Pick<Logger, 'error'>,
  ) {}

  async publish<N extends EventName>(name: N, payload: EventEnvelope<N>['payload']): Promise<void> {
    this.deliver(this.envelope(name, payload));
  }

  /** Wraps a payload with a fresh id and the current time. */
  envelope<N extends EventName>(name: N, payload: EventEnvelope<N>['payload']): EventEnvelope {
    return { id: this.newId(), name, at: this.now().toISOString(), payload } as EventEnvelope;
  }

  /** Hands an envelope to local handlers; a failing handler is logged, never breaks the publisher. */
  deliver(event: EventEnvelope): void {
    for (const handler of this.handlers.get(event.name) ?? []) {
      Promise.resolve()
        .then(() => handler(event))
        .catch((err) => this.logger?.error({ err, event: event.name }, 'event handler failed'));
    }
  }

  subscribe<N extends EventName>(name: N, handler: Handler<N>): () => void {
    const set = this.handlers.get(name) ?? new Set();
    set.add(handler as AnyHandler);
    this.handlers.set(name, set);
    return () => set.delete(handler as AnyHandler);
  }

  async close(): Promise<void> {
    this.handlers.clear();
  }
}
