import type { ServiceDeps } from '../../app';
import { AppError } from '../../platform/http/app-error';
import type { CustomerSummary } from '../customers/customers.contracts';
import { getCustomer } from '../customers/customers.service';
import { searchCustomers } from '../customers/customer-list.service';
import { viewerOf } from '../customers/customer-view';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const masked = viewerOf(null);

/**
 * The member's customer summary through the customers module, always masked. A merged
 * customer leads to the one it was merged into; an unknown one is 404 `member_not_found`.
 */
export async function memberSummary(deps: ServiceDeps, customerId: string): Promise<CustomerSummary> {
  try {
    const c = await getCustomer(deps, masked, customerId);
    const { stats } = c;
    return {
      id: c.id, displayName: c.displayName, realName: c.realName, phone: c.phone, email: c.email, tags: c.tags,
      homeStoreId: c.homeStoreId, source: c.source, status: c.status, createdAt: c.createdAt, masked: c.masked,
      stats: { totalSpend: stats.totalSpend, lastSeenAt: stats.lastSeenAt, visitCount: stats.visitCount },
    };
  } catch (err) {
    if (err instanceof AppError && err.code === 'customer_merged' && typeof err.extra.mergedInto === 'string' && err.extra.mergedInto !== customerId) {
      return memberSummary(deps, err.extra.mergedInto);
    }
    if (err instanceof AppError && err.code === 'customer_not_found') throw new AppError('member_not_found');
    throw err;
  }
}

/** A member whose wallet may change: exists, not merged away (409), not erased (409 `customer_erased`). */
export async function writableMember(deps: ServiceDeps, customerId: string): Promise<void> {
  let status: string;
  try {
    status = (await getCustomer(deps, masked, customerId)).status;
  } catch (err) {
    if (err instanceof AppError && err.code === 'customer_not_found') throw new AppError('member_not_found');
    throw err;
  }
  if (status === 'erased') throw new AppError('customer_erased');
}

/**
 * The customer a desk search text names exactly: a customer id, or a phone, email, card or
 * other identity (never a name: the desk must not pick the wrong 张伟). Null when none.
 */
export async function customerIdFor(deps: ServiceDeps, q: string): Promise<string | null> {
  const text = q.trim();
  if (UUID.test(text)) return text.toLowerCase();
  const found = await searchCustomers(deps, masked, { q: text, limit: 5 });
  const exact = found.items.find((i) => i.matchedBy !== 'name');
  return exact?.customer.id ?? null;
}
