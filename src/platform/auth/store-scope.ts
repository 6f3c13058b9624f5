import { AppError } from '../http/app-error';
import { principalStoreId, type Principal } from './principal';

/**
 * The store an action happens at. A store-bound caller (store staff, a store's API key) acts
 * only at its own store: naming another answers 403 `store_scope`, naming none means its own.
 * A chain-wide caller must name the store.
 * @example actingStoreId(request.principal, body.storeId) // the store to record the top-up at
 */
export function actingStoreId(principal: Principal | null, requested: string | null | undefined): string {
  const own = principalStoreId(principal);
  if (own) {
    if (requested && requested !== own) throw new AppError('store_scope', 'You can act only at your own store');
    return own;
  }
  if (!requested) throw new AppError('store_required', 'Name the store this happens at (storeId)');
  return requested;
}

/**
 * Which stores' ledgers and reports a caller may read: its own store when store-bound, else the
 * one asked for (or every store when `requested` is empty: answers null).
 */
export function readableStoreId(principal: Principal | null, requested: string | null | undefined): string | null {
  const own = principalStoreId(principal);
  if (own) {
    if (requested && requested !== own) throw new AppError('store_scope', 'You can see only your own store');
    return own;
  }
  return requested ?? null;
}
