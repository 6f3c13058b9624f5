import type { AppDeps } from '../app';
import { systemContext } from '../platform/audit/audit.service';
import { identityOwner } from '../modules/customers/identities.service';
import { issueCard } from '../modules/membership/cards.service';
import { sellPackage } from '../modules/membership/packages.service';
import { topUp } from '../modules/membership/topups.service';
import { createProduct, createPromotion, listPromotions } from '../modules/membership/wallet-products.service';
import { checkIn } from '../modules/venues/check-in.service';
import { createRate } from '../modules/venues/rates.service';
import { createSeats, createZone } from '../modules/venues/setup.service';
import type { VenueContext } from '../modules/venues/venue-context';
import { generateDemoCustomers } from './demo-customers';

/** Members per store that get a card, a wallet and top-ups in the demo (the others keep a card number on file). */
const MEMBERS_PER_STORE = 24;
/** Members per store sitting at a seat when the demo starts. */
const SEATED_PER_STORE = 6;

const chain: VenueContext = { ...systemContext, principal: null };
const customerCtx = { ...systemContext, viewer: { pii: false }, author: { id: null, label: 'demo' } };

/** The demo chain's zones: a hall with a night rate, an esports zone with a weekend peak, VIP rooms. */
const zones = [
  { code: 'HALL', name: '大厅', baseCentsPerHour: 500, seats: { prefix: 'A', count: 24 }, rates: [{ days: [0, 1, 2, 3, 4, 5, 6], startTime: '23:00', endTime: '08:00', centsPerHour: 300 }] },
  { code: 'ESPORTS', name: '电竞区', baseCentsPerHour: 800, seats: { prefix: 'E', count: 10 }, rates: [{ days: [0, 6], startTime: '12:00', endTime: '23:00', centsPerHour: 1000 }] },
  { code: 'VIP', name: 'VIP 包间', baseCentsPerHour: 1500, seats: { prefix: 'V', count: 4 }, rates: [] },
] as const;

/**
 * The cafés' front-desk data: top-up promotions and time packages, each store's zones, seats
 * and rates, cards and wallets for the first members of each store (top-ups recorded with
 * their recharge events), and a few members checked in. Skipped when promotions exist.
 */
export async function seedDemoCafe(deps: AppDeps, storeIds: Map<string, string>): Promise<{ members: number; seated: number }> {
  if ((await listPromotions(deps, { limit: 1 })).items.length > 0) return { members: 0, seated: 0 };
  await createPromotion(deps, systemContext, { name: '充 100 送 20', minAmountCents: 10_000, bonusCents: 2_000 });
  await createPromotion(deps, systemContext, { name: '充 200 送 50', minAmountCents: 20_000, bonusCents: 5_000 });
  const threeHours = await createProduct(deps, systemContext, { name: '3 小时畅玩', minutes: 180, priceCents: 1_300, validDays: 30 });
  await createProduct(deps, systemContext, { name: '包夜 (23:00–08:00)', minutes: 540, priceCents: 2_500, windowStart: '23:00', windowEnd: '08:00', validDays: 30 });

  const seatsByStore = new Map<string, string[]>();
  for (const [, storeId] of storeIds) seatsByStore.set(storeId, await seedFloor(deps, storeId));

  const { customers } = generateDemoCustomers({ now: deps.clock.now(), storeIds: Object.fromEntries(storeIds) });
  const perStore = new Map<string, number>();
  let members = 0;
  let seated = 0;
  for (const c of customers) {
    const storeId = c.homeStore ? storeIds.get(c.homeStore) : undefined;
    if (!c.memberCard || !storeId) continue;
    const n = perStore.get(storeId) ?? 0;
    if (n >= MEMBERS_PER_STORE) continue;
    const customerId = await identityOwner(deps, 'member_card', c.memberCard);
    if (!customerId) continue;
    perStore.set(storeId, n + 1);
    await issueCard(deps, customerCtx, customerId, { number: c.memberCard, kind: n % 3 === 0 ? 'virtual' : 'physical' });
    const method = (['wechat_pay', 'alipay', 'cash', 'bank_card'] as const)[n % 4]!;
    await topUp(deps, systemContext, customerId, storeId, { amountCents: [5_000, 10_000, 20_000, 3_000][n % 4]!, paymentMethod: method });
    if (n % 4 === 1) await sellPackage(deps, systemContext, customerId, storeId, { productId: threeHours.id, payWith: 'wallet' });
    members++;
    const seats = seatsByStore.get(storeId) ?? [];
    if (n < SEATED_PER_STORE && seats[n * 3]) {
      await checkIn(deps, chain, { seatId: seats[n * 3]!, customerId });
      seated++;
    }
  }
  return { members, seated };
}

/** One store's zones, rate windows and seats; answers the seat ids, hall first. */
async function seedFloor(deps: AppDeps, storeId: string): Promise<string[]> {
  const ids: string[] = [];
  for (const [sort, z] of zones.entries()) {
    const zone = await createZone(deps, chain, { storeId, code: z.code, name: z.name, sort, baseCentsPerHour: z.baseCentsPerHour });
    for (const rate of z.rates) await createRate(deps, chain, zone.id, { ...rate, days: [...rate.days] });
    const seats = await createSeats(deps, chain, { zoneId: zone.id, prefix: z.seats.prefix, from: 1, to: z.seats.count });
    ids.push(...seats.map((s) => s.id));
  }
  return ids;
}
