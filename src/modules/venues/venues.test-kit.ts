import type { ServiceDeps } from '../../app';
import { systemContext } from '../../platform/audit/audit.service';
import { createCustomer } from '../customers/customers.service';
import { topUp } from '../membership/topups.service';
import { createStore } from '../organisation/stores.service';
import { createRate } from './rates.service';
import { createSeats, createZone } from './setup.service';
import type { VenueContext } from './venue-context';

// Shared by the venues integration tests and the floor e2e test (not itself a test file).

/** Acts as the system with chain-wide scope. */
export const chainContext: VenueContext = { ...systemContext, principal: null };

let n = 0;

/** A store in Shanghai with one hall zone at `centsPerHour` (no windows) and `seats` seats A01…; answers the ids. */
export async function seedVenue(deps: ServiceDeps, options: { centsPerHour?: number; seats?: number; nightCentsPerHour?: number } = {}) {
  const k = ++n;
  const store = await createStore(deps, systemContext, { code: `VEN-${k}-${deps.ids.secret(3)}`.replace(/[^A-Za-z0-9_-]/g, 'x'), name: `网咖 ${k}`, timezone: 'Asia/Shanghai' });
  const zone = await createZone(deps, chainContext, { storeId: store.id, code: 'HALL', name: '大厅', baseCentsPerHour: options.centsPerHour ?? 600 });
  if (options.nightCentsPerHour !== undefined) {
    await createRate(deps, chainContext, zone.id, { days: [0, 1, 2, 3, 4, 5, 6], startTime: '22:00', endTime: '08:00', centsPerHour: options.nightCentsPerHour });
  }
  const seats = await createSeats(deps, chainContext, { zoneId: zone.id, prefix: 'A', from: 1, to: options.seats ?? 3 });
  return { storeId: store.id, zoneId: zone.id, seatIds: seats.map((s) => s.id) };
}

/** A member with `cashCents` topped up in cash at the store. */
export async function seedMember(deps: ServiceDeps, storeId: string, cashCents: number, displayName = '张伟'): Promise<string> {
  const customer = await createCustomer(deps, { ...systemContext, viewer: { pii: false }, author: { id: null, label: 'test' } }, { displayName });
  if (cashCents > 0) await topUp(deps, systemContext, customer.id, storeId, { amountCents: cashCents, paymentMethod: 'cash' });
  return customer.id;
}
