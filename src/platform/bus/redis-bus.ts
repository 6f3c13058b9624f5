import { Redis } from 'ioredis';
import type { Bus, Handler, PendingEvent } from './bus';
import type { EventEnvelope, EventName } from './events';
import type { Logger } from '../logger';
import { MemoryBus } from './memory-bus';

export const EVENTS_CHANNEL = 'guildhall:events';

export interface RedisBusDeps {
  newId: () => string;
  now: () => Date;
  logger: Pick<Logger, 'error' | 'warn'>;
  /** Pub/sub channel; every instance of one deployment must use the same one. */
  channel?: string;
}

/**
 * Fans domain events out to every app instance through Redis pub/sub. The publisher gets its own
 * events back through the subscription like everyone else, so all instances see one order.
 * Payloads travel as JSON: keep them to plain JSON values (no Dates, no class instances).
 * @example const bus = await RedisBus.connect('redis://127.0.0.1:6379', { newId, now, logger });
 */
export class RedisBus implements Bus {
  private readonly local: MemoryBus;
  private readonly channel: string;
  private readonly logger: RedisBusDeps['logger'];
  private closed = false;

  private constructor(
    private readonly publisher: Redis,
    private readonly subscriber: Redis,
    deps: RedisBusDeps,
  ) {
    this.local = new MemoryBus(deps.newId, deps.now, deps.logger);
    this.channel = deps.channel ?? EVENTS_CHANNEL;
    this.logger = deps.logger;
    subscriber.on('message', (from: string, message: string) => {
      if (from === this.channel) this.receive(message);
    });
  }

  /** Connects both connections and resolves once the subscription is active. */
  static async connect(url: string, deps: RedisBusDeps): Promise<RedisBus> {
    // A publish waits at most a few reconnect attempts: it runs after a commit and must not hang a request.
    const publisher = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 3 });
    const subscriber = new Redis(url, { lazyConnect: true });
    for (const [role, connection] of [['publisher', publisher], ['subscriber', subscriber]] as const) {
      connection.on('error', (err: Error) => deps.logger.warn({ err, role }, 'redis bus connection error'));
    }
    const bus = new RedisBus(publisher, subscriber, deps);
    try {
      await Promise.all([publisher.connect(), subscriber.connect()]);
      await subscriber.subscribe(bus.channel);
    } catch (err) {
      publisher.disconnect();
      subscriber.disconnect();
      throw new Error(`Could not connect the event bus to Redis (REDIS_URL): ${(err as Error).message}`, { cause: err });
    }
    return bus;
  }

  async publish<N extends EventName>(name: N, payload: EventEnvelope<N>['payload']): Promise<void> {
    const event = this.local.envelope(name, payload);
    try {
      await this.publisher.publish(this.channel, JSON.stringify(event));
    } catch (err) {
      // Publishing happens after commit: failing the caller would report an error for a saved change.
      this.logger.error({ err, event: event.name, eventId: event.id }, 'event lost: redis publish failed');
    }
  }

  /** One Redis message for the lot (a JSON array of envelopes): a batch of 50 tickets is one PUBLISH, not 50. */
  async publishAll(events: PendingEvent[]): Promise<void> {
    const envelopes = events.map((e) => this.local.envelope(e.name, e.payload as never));
    try {
      await this.publisher.publish(this.channel, JSON.stringify(envelopes));
    } catch (err) {
      this.logger.error({ err, events: envelopes.map((e) => `${e.name}:${e.id}`) }, 'events lost: redis publish failed');
    }
  }

  subscribe<N extends EventName>(name: N, handler: Handler<N>): () => void {
    return this.local.subscribe(name, handler);
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.local.close();
    await Promise.all([shut(this.publisher), shut(this.subscriber)]);
  }

  private receive(message: string): void {
    let parsed: unknown;
    try {
      parsed = JSON.parse(message);
    } catch (err) {
      this.logger.warn({ err }, 'ignored a malformed event from redis');
      return;
    }
    for (const event of (Array.isArray(parsed) ? parsed : [parsed]) as EventEnvelope[]) {
      if (typeof event?.name !== 'string' || typeof event.id !== 'string') {
        this.logger.warn({ message: message.slice(0, 200) }, 'ignored a malformed event from redis');
        continue;
      }
      this.local.deliver(event);
    }
  }
}

/** Quits politely when connected (disconnects otherwise) and waits until the socket is gone. */
async function shut(connection: Redis): Promise<void> {
  if (connection.status === 'end') return;
  const ended = new Promise<void>((resolve) => connection.once('end', () => resolve()));
  if (connection.status === 'ready') await connection.quit().catch(() => connection.disconnect());
  else connection.disconnect();
  await ended;
}
