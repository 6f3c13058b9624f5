import { describe, expect, it, vi } from 'vitest';
import type { EventEnvelope } from './events';
import { MemoryBus } from './memory-bus';

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

function makeBus() {
  let n = 0;
  const logger = { error: vi.fn() };
  const bus = new MemoryBus(() => `id-${++n}`, () => new Date('2026-03-01T10:00:00Z'), logger);
  return { bus, logger };
}

describe('MemoryBus', () => {
  it('delivers the typed payload in an envelope with id, name and time', async () => {
    const { bus } = makeBus();
    const seen: EventEnvelope<'store.created'>[] = [];
    bus.subscribe('store.created', (event) => {
      seen.push(event);
    });
    await bus.publish('store.created', { storeId: 's1', code: 'SH01' });
    await settle();
    expect(seen).toEqual([
      { id: 'id-1', name: 'store.created', at: '2026-03-01T10:00:00.000Z', payload: { storeId: 's1', code: 'SH01' } },
    ]);
  });

  it('delivers only to handlers of that event name', async () => {
    const { bus } = makeBus();
    const created = vi.fn();
    const updated = vi.fn();
    bus.subscribe('store.created', created);
    bus.subscribe('store.updated', updated);
    await bus.publish('store.updated', { storeId: 's1' });
    await settle();
    expect(created).not.toHaveBeenCalled();
    expect(updated).toHaveBeenCalledTimes(1);
  });

  it('stops delivering after unsubscribe', async () => {
    const { bus } = makeBus();
    const handler = vi.fn();
    const unsubscribe = bus.subscribe('user.deactivated', handler);
    await bus.publish('user.deactivated', { userId: 'u1' });
    await settle();
    unsubscribe();
    await bus.publish('user.deactivated', { userId: 'u2' });
    await settle();
    expect(handler).toHaveBeenCalledTimes(1);
    expect(handler.mock.calls[0]?.[0].payload).toEqual({ userId: 'u1' });
  });

  it('logs a failing handler and still delivers to the others, without failing the publisher', async () => {
    const { bus, logger } = makeBus();
    const other = vi.fn();
    bus.subscribe('apikey.revoked', () => {
      throw new Error('boom');
    });
    bus.subscribe('apikey.revoked', async () => {
      throw new Error('async boom');
    });
    bus.subscribe('apikey.revoked', other);
    await expect(bus.publish('apikey.revoked', { apiKeyId: 'k1' })).resolves.toBeUndefined();
    await settle();
    expect(other).toHaveBeenCalledTimes(1);
    expect(logger.error).toHaveBeenCalledTimes(2);
    expect(logger.error.mock.calls.map((call) => (call[0] as { err: Error }).err.message).sort()).toEqual([
      'async boom',
      'boom',
    ]);
  });

  it('drops every handler on close', async () => {
    const { bus } = makeBus();
    const handler = vi.fn();
    bus.subscribe('store.updated', handler);
    await bus.close();
    await bus.publish('store.updated', { storeId: 's1' });
    await settle();
    expect(handler).not.toHaveBeenCalled();
  });
});
