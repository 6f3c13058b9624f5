import type { Bus, Outbox, PendingEvent } from '../bus/bus';
import type { DomainEvents, EventName } from '../bus/events';
import type { Database, Tx } from './database';

/**
 * Runs `fn` in one transaction and publishes the events it added to the outbox only after
 * the commit: a rolled-back change announces nothing.
 * @example await inTransaction(deps, async (tx, outbox) => { await repo.insert(tx, row); outbox.add('store.created', {...}); })
 */
export async function inTransaction<T>(
  deps: { database: Database; bus: Bus },
  fn: (tx: Tx, outbox: Outbox) => Promise<T>,
): Promise<T> {
  const pending: PendingEvent[] = [];
  const outbox: Outbox = {
    add<N extends EventName>(name: N, payload: DomainEvents[N]) {
      pending.push({ name, payload });
    },
  };
  const result = await deps.database.db.transaction((tx) => fn(tx, outbox));
  if (pending.length > 1 && deps.bus.publishAll) await deps.bus.publishAll(pending);
  else for (const event of pending) await deps.bus.publish(event.name, event.payload as DomainEvents[typeof event.name]);
  return result;
}
