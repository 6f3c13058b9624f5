import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../test/helpers/test-database';
import { stores } from '../../modules/organisation/organisation.schema';
import type { Bus } from '../bus/bus';
import type { DomainEvents, EventName } from '../bus/events';
import type { Database } from './database';
import { inTransaction } from './unit-of-work';

/** Records what was published, and whether the store was visible from outside at that moment. */
class RecordingBus implements Bus {
  published: { name: EventName; payload: unknown; storeVisible: boolean }[] = [];

  constructor(private readonly database: Database) {}

  async publish<N extends EventName>(name: N, payload: DomainEvents[N]): Promise<void> {
    const storeId = (payload as { storeId?: string }).storeId;
    this.published.push({ name, payload, storeVisible: storeId ? await this.visible(storeId) : false });
  }

  subscribe(): () => void {
    return () => {};
  }

  async close(): Promise<void> {}

  /** A read outside the transaction; on PGlite it would wait for an open transaction, so give up after 2 s. */
  private async visible(storeId: string): Promise<boolean> {
    const read = this.database.query('select 1 from stores where id = $1', [storeId]).then((rows) => rows.length === 1);
    const timeout = new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 2000).unref());
    return Promise.race([read, timeout]);
  }
}

let database: Database;

beforeAll(async () => {
  database = await createTestDatabase();
});

afterAll(async () => {
  await database?.close();
});

const newStore = (code: string) => ({ id: randomUUID(), code, name: `Store ${code}`, createdAt: new Date(), updatedAt: new Date() });

describe('inTransaction', () => {
  it('publishes the events after the commit, in the order they were added', async () => {
    const bus = new RecordingBus(database);
    const store = newStore('UOW1');
    const result = await inTransaction({ database, bus }, async (tx, outbox) => {
      await tx.insert(stores).values(store);
      outbox.add('store.created', { storeId: store.id, code: store.code });
      outbox.add('store.updated', { storeId: store.id });
      expect(bus.published).toEqual([]);
      return 'done';
    });
    expect(result).toBe('done');
    expect(bus.published).toEqual([
      { name: 'store.created', payload: { storeId: store.id, code: 'UOW1' }, storeVisible: true },
      { name: 'store.updated', payload: { storeId: store.id }, storeVisible: true },
    ]);
  });

  it('publishes nothing and keeps nothing when the transaction throws', async () => {
    const bus = new RecordingBus(database);
    const store = newStore('UOW2');
    await expect(
      inTransaction({ database, bus }, async (tx, outbox) => {
        await tx.insert(stores).values(store);
        outbox.add('store.created', { storeId: store.id, code: store.code });
        throw new Error('validation failed after insert');
      }),
    ).rejects.toThrow('validation failed after insert');
    expect(bus.published).toEqual([]);
    expect(await database.query('select 1 from stores where id = $1', [store.id])).toHaveLength(0);
  });

  it('publishes nothing when the database rejects a statement', async () => {
    const bus = new RecordingBus(database);
    const first = newStore('UOW3');
    await inTransaction({ database, bus }, async (tx) => {
      await tx.insert(stores).values(first);
    });
    await expect(
      inTransaction({ database, bus }, async (tx, outbox) => {
        outbox.add('store.created', { storeId: first.id, code: 'UOW3' });
        await tx.insert(stores).values(newStore('UOW3')); // duplicate code
      }),
    ).rejects.toThrow();
    expect(bus.published).toEqual([]);
  });
});
