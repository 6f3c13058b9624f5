import { recordAudit } from '../../platform/audit/audit.service';
import { inTransaction } from '../../platform/db/unit-of-work';
import { scrubCustomerEvents } from '../events/customer-events.service';
import { emptyCustomerStats, getCustomerStats } from '../events/customer-stats.service';
import type { Customer } from './customers.contracts';
import * as repo from './customers.repository';
import * as erasure from './customer-erasure.repository';
import { presentCustomer } from './customer-view';
import { lockWritable, recordHistory, type CustomerContext, type CustomerDeps } from './service-context';

/**
 * Erases a customer's personal data (right to erasure): the profile becomes a neutral stub
 * (status `erased`), identities and notes are deleted, history keeps its entries without
 * values, events stay for the aggregates with their personal properties scrubbed. Profiles
 * merged into this one are anonymised too. Audited `customer.erased` with the reason only.
 */
export async function eraseCustomer(deps: CustomerDeps, ctx: CustomerContext, customerId: string, reason: string): Promise<Customer> {
  return inTransaction(deps, async (tx, outbox) => {
    await lockWritable(tx, customerId);
    const now = deps.clock.now();
    const all = [customerId, ...(await erasure.mergedInto(tx, customerId))];
    await erasure.anonymiseProfiles(tx, all, now);
    const removed = {
      identities: await erasure.deleteIdentities(tx, all),
      notes: await erasure.deleteNotes(tx, all),
      history: await erasure.clearHistoryValues(tx, all),
      events: await scrubCustomerEvents(tx, customerId),
      mergedProfiles: all.length - 1,
    };
    const row = await repo.updateCustomer(tx, customerId, { status: 'erased', erasedAt: now, updatedAt: now });
    await recordHistory(tx, deps, ctx, now, customerId, 'erased', {});
    await recordAudit(tx, {
      at: now,
      actor: ctx.actor,
      action: 'customer.erased',
      targetType: 'customer',
      targetId: customerId,
      ip: ctx.ip,
      requestId: ctx.requestId,
      details: { reason: reason.trim(), removed },
    });
    outbox.add('customer.erased', { customerId });
    const stats = (await getCustomerStats(tx, [customerId], now)).get(customerId) ?? { ...emptyCustomerStats };
    return presentCustomer(row, [], stats, ctx.viewer);
  });
}
