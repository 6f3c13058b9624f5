import type { ServiceDeps } from '../../app';
import type { Outbox } from '../../platform/bus/bus';
import type { Tx } from '../../platform/db/database';
import { ingestEventsInTransaction } from '../events/ingest.service';
import { formatCents } from '../events/rules/money';
import { getOrganisationSettings } from '../organisation/organisation.service';

/** The money a desk payment recorded on the customer's timeline: a `recharge` event. */
export interface DeskRecharge {
  /** Event id, unique: `topup:<entryId>`, `refund:<entryId>`, `package:<packageId>`. */
  id: string;
  customerId: string;
  storeId: string;
  at: Date;
  amountCents: number;
  channel: string;
  status: 'paid' | 'refunded';
  item?: string;
  actor: string;
}

/** The organisation's currency, read before a write transaction opens. */
export async function currencyOf(deps: Pick<ServiceDeps, 'database' | 'clock'>): Promise<string> {
  return (await getOrganisationSettings(deps)).currency;
}

/**
 * Records a desk payment as a `recharge` event in the caller's transaction, so customer
 * aggregates, the timeline and loyalty points see it exactly when the wallet change commits.
 */
export async function recordDeskRecharge(tx: Tx, outbox: Outbox, deps: Pick<ServiceDeps, 'clock' | 'ids'>, currency: string, r: DeskRecharge): Promise<void> {
  const result = await ingestEventsInTransaction(
    tx,
    outbox,
    deps,
    [
      {
        id: r.id,
        type: 'recharge',
        occurredAt: r.at.toISOString(),
        customer: { customerId: r.customerId },
        storeId: r.storeId,
        data: { orderId: r.id, amount: formatCents(r.amountCents), currency, channel: r.channel, status: r.status, ...(r.item ? { item: r.item } : {}) },
      },
    ],
    { source: r.actor, createUnknownCustomers: false },
  );
  // A rejected event would leave the wallet and the timeline disagreeing: fail the whole change.
  if (result.rejected > 0) throw new Error(`recharge event ${r.id} rejected: ${result.errors.map((e) => e.reason).join('; ')}`);
}
