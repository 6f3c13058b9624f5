import type { Db } from '../../platform/db/database';
import { listCustomerEvents, type TimelineEvent } from '../events/events-query.service';
import { parseCents } from '../events/rules/money';
import type { OrderEvent } from './rules/recharge-claim';

/** How far around the time the player gives the events are read: players misremember by days, rarely by weeks. */
const WINDOW_MS = 14 * 24 * 3600 * 1000;
const CUSTOM_KINDS: Record<string, OrderEvent['kind']> = { recharge_credited: 'credited', recharge_pending: 'pending' };

function orderEvent(customerId: string, e: TimelineEvent): OrderEvent | null {
  const d = e.data;
  if (e.type === 'recharge') {
    return {
      id: e.id,
      customerId,
      occurredAt: new Date(e.at),
      kind: 'recharge',
      orderId: String(d.orderId ?? ''),
      amountCents: parseCents(d.amount),
      currency: typeof d.currency === 'string' ? d.currency : null,
      channel: typeof d.channel === 'string' ? d.channel : null,
      status: d.status === 'paid' || d.status === 'failed' || d.status === 'refunded' ? d.status : null,
    };
  }
  const kind = typeof d.name === 'string' ? CUSTOM_KINDS[d.name] : undefined;
  const props = (d.properties ?? {}) as Record<string, unknown>;
  if (!kind || props.orderId === undefined) return null;
  return { id: e.id, customerId, occurredAt: new Date(e.at), kind, orderId: String(props.orderId), amountCents: null, currency: null, channel: null, status: null };
}

/**
 * The customer's events of one order, read through the events module: `recharge` events and
 * the `recharge_credited` / `recharge_pending` custom markers within two weeks either side of
 * the time the player gives.
 */
export async function orderEvents(db: Db, customerId: string, orderId: string, around: Date): Promise<OrderEvent[]> {
  const events = await listCustomerEvents(db, customerId, {
    types: ['recharge', 'custom'],
    from: new Date(around.getTime() - WINDOW_MS).toISOString(),
    to: new Date(around.getTime() + WINDOW_MS).toISOString(),
    limit: 1000,
  });
  return events.map((e) => orderEvent(customerId, e)).filter((e): e is OrderEvent => e !== null && e.orderId === orderId);
}
