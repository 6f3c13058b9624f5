import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createIdGenerator } from '../ids';
import { systemClock } from '../clock';
import type { Logger } from '../logger';
import type { EventEnvelope } from './events';
import { createBus } from './create-bus';
import { MemoryBus } from './memory-bus';
import { RedisBus } from './redis-bus';

const redisUrl = process.env.REDIS_URL;
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

function testLogger() {
  return { error: vi.fn(), warn: vi.fn() };
}

it('fails fast with a clear error when Redis cannot be reached', async () => {
  await expect(
    RedisBus.connect('redis://127.0.0.1:1', { newId: randomUUID, now: () => new Date(), logger: testLogger() }),
  ).rejects.toThrow(/Could not connect the event bus to Redis/);
});

if (!redisUrl) {
  // Embedded mode (the PGlite project runs without Redis): the in-process bus.
  it('createBus returns the in-process bus without REDIS_URL and delivers locally', async () => {
    const logger = testLogger() as unknown as Logger;
    const bus = await createBus({ redisUrl: undefined, eventsChannel: 'unused' }, { ids: createIdGenerator(), clock: systemClock, logger });
    expect(bus).toBeInstanceOf(MemoryBus);
    const seen: string[] = [];
    bus.subscribe('store.updated', (event) => {
      seen.push(event.payload.storeId);
    });
    await bus.publish('store.updated', { storeId: 's1' });
    await settle();
    expect(seen).toEqual(['s1']);
    await bus.close();
  });
} else {
  describe('RedisBus', () => {
    const channel = `guildhall:test:${randomUUID()}`;
    const deps = (logger = testLogger()) => ({ newId: randomUUID, now: () => new Date(), logger, channel });
    let admin: Redis;

    beforeAll(() => {
      admin = new Redis(redisUrl);
    });
    afterAll(async () => {
      await admin?.quit();
    });

    const subscribers = async () => ((await admin.pubsub('NUMSUB', channel)) as [string, number])[1];

    it('delivers an event published on one instance to the handlers of every instance, itself included', async () => {
      const a = await RedisBus.connect(redisUrl, deps());
      const b = await RedisBus.connect(redisUrl, deps());
      try {
        const onA: EventEnvelope<'store.created'>[] = [];
        const onB: EventEnvelope<'store.created'>[] = [];
        a.subscribe('store.created', (event) => void onA.push(event));
        b.subscribe('store.created', (event) => void onB.push(event));
        const ignored = vi.fn();
        b.subscribe('store.updated', ignored);
        await a.publish('store.created', { storeId: 's1', code: 'SH01' });
        await vi.waitFor(() => expect(onA).toHaveLength(1));
        await vi.waitFor(() => expect(onB).toHaveLength(1));
        expect(onB[0]).toEqual(onA[0]);
        expect(onB[0]).toMatchObject({ id: expect.any(String), name: 'store.created', payload: { storeId: 's1', code: 'SH01' } });
        expect(new Date(onB[0]!.at).toISOString()).toBe(onB[0]!.at);
        expect(ignored).not.toHaveBeenCalled();
      } finally {
        await a.close();
        await b.close();
      }
    });

    it('publishes a transaction outbox as one message, delivered everywhere in order', async () => {
      const a = await RedisBus.connect(redisUrl, deps());
      const b = await RedisBus.connect(redisUrl, deps());
      const raw = new Redis(redisUrl);
      try {
        const messages: string[] = [];
        await raw.subscribe(channel);
        raw.on('message', (_from: string, message: string) => void messages.push(message));
        const onB: string[] = [];
        b.subscribe('store.created', (event) => void onB.push(`created:${event.payload.code}`));
        b.subscribe('store.updated', (event) => void onB.push(`updated:${event.payload.storeId}`));
        await a.publishAll([
          { name: 'store.created', payload: { storeId: 's1', code: 'SH01' } },
          { name: 'store.updated', payload: { storeId: 's1' } },
          { name: 'store.created', payload: { storeId: 's2', code: 'SH02' } },
        ]);
        await vi.waitFor(() => expect(onB).toEqual(['created:SH01', 'updated:s1', 'created:SH02']));
        await vi.waitFor(() => expect(messages).toHaveLength(1));
        expect(JSON.parse(messages[0]!)).toHaveLength(3);
      } finally {
        await raw.quit();
        await a.close();
        await b.close();
      }
    });

    it('logs a failing handler and keeps delivering, and ignores malformed messages', async () => {
      const logger = testLogger();
      const bus = await RedisBus.connect(redisUrl, deps(logger));
      try {
        const seen: string[] = [];
        bus.subscribe('user.deactivated', () => {
          throw new Error('handler broke');
        });
        bus.subscribe('user.deactivated', (event) => void seen.push(event.payload.userId));
        await admin.publish(channel, 'not json');
        await admin.publish(channel, JSON.stringify({ hello: 'world' }));
        await bus.publish('user.deactivated', { userId: 'u1' });
        await bus.publish('user.deactivated', { userId: 'u2' });
        await vi.waitFor(() => expect(seen).toEqual(['u1', 'u2']));
        await vi.waitFor(() => expect(logger.error).toHaveBeenCalledTimes(2));
        expect(logger.error).toHaveBeenCalledWith(expect.objectContaining({ event: 'user.deactivated' }), 'event handler failed');
        expect(logger.warn).toHaveBeenCalledTimes(2);
      } finally {
        await bus.close();
      }
    });

    it('unsubscribes handlers, and close() releases both connections', async () => {
      const bus = await RedisBus.connect(redisUrl, deps());
      const handler = vi.fn();
      const unsubscribe = bus.subscribe('store.updated', handler);
      unsubscribe();
      expect(await subscribers()).toBe(1);
      await bus.publish('store.updated', { storeId: 's1' });
      await bus.close();
      await bus.close(); // idempotent
      expect(handler).not.toHaveBeenCalled();
      expect(await subscribers()).toBe(0);
      const { publisher, subscriber } = bus as unknown as Record<'publisher' | 'subscriber', Redis>;
      expect([publisher.status, subscriber.status]).toEqual(['end', 'end']);
    });

    it('createBus returns a subscribed Redis bus when REDIS_URL is set', async () => {
      const logger = testLogger() as unknown as Logger;
      const bus = await createBus({ redisUrl, eventsChannel: `guildhall:test:${process.pid}:createBus` }, { ids: createIdGenerator(), clock: systemClock, logger });
      try {
        expect(bus).toBeInstanceOf(RedisBus);
        const seen: string[] = [];
        bus.subscribe('apikey.created', (event) => void seen.push(event.payload.apiKeyId));
        await bus.publish('apikey.created', { apiKeyId: `k-${randomUUID()}` });
        await vi.waitFor(() => expect(seen).toHaveLength(1));
      } finally {
        await bus.close();
      }
    });
  });
}
